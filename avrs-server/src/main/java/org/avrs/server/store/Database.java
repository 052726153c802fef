package org.avrs.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A small pool of JDBC connections to one database, with read and write units of work.
 *
 * <p>A {@link #write} runs in one transaction: it commits when the work returns and rolls back when
 * it throws, so that a failed request leaves nothing behind. On SQLite, writes are serialised by a
 * lock in this process (SQLite has one writer at a time; waiting here instead of in SQLite's busy
 * handler avoids failed lock upgrades), readers go on in parallel thanks to WAL, and every commit is
 * synced to disk ({@code synchronous=FULL}): an acknowledged write survives a crash of the process
 * and of the machine.
 */
public final class Database implements AutoCloseable {

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * @param url the JDBC URL ({@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB?user=…})
     * @param poolSize connections kept open, ≥ 1
     * @param acquireTimeoutMillis how long a request waits for a free connection, ≥ 1
     */
    public record Config(String url, int poolSize, long acquireTimeoutMillis) {
        public Config {
            Dialect.of(url);
            if (poolSize < 1) {
                throw new IllegalArgumentException("poolSize " + poolSize + " must be >= 1");
            }
            if (acquireTimeoutMillis < 1) {
                throw new IllegalArgumentException("acquireTimeoutMillis " + acquireTimeoutMillis + " must be >= 1");
            }
        }

        /** Eight connections, 10 s to get one. */
        public static Config of(String url) {
            return new Config(url, 8, 10_000);
        }
    }

    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    private final Config config;
    private final Dialect dialect;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private final ReentrantLock writer = new ReentrantLock();
    private int opened;
    private boolean closed;

    private Database(Config config) {
        this.config = config;
        this.dialect = Dialect.of(config.url());
        this.idle = new ArrayBlockingQueue<>(config.poolSize());
    }

    /**
     * Opens the database (creating an SQLite file's folder), checks that it answers and applies the
     * pending {@link Migrations}.
     *
     * @throws StorageException if it cannot be reached or migrated
     */
    public static Database open(Config config) {
        Database db = new Database(config);
        try {
            db.createSqliteFolder();
            db.read(c -> c.isValid(5));
            Migrations.apply(db);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL without its password, for printing. */
    public String describe() {
        return redact(config.url());
    }

    /** A JDBC URL with its password parameter masked. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Runs read-only work on a pooled connection in auto-commit mode. */
    public <T> T read(Work<T> work) {
        Connection c = acquire();
        boolean broken = false;
        try {
            return work.run(c);
        } catch (SQLException e) {
            broken = isConnectionFailure(e);
            throw new StorageException("database read failed: " + e.getMessage(), e);
        } finally {
            release(c, broken);
        }
    }

    /** Runs work in one transaction; commits when it returns, rolls back when it throws. */
    public <T> T write(Work<T> work) {
        boolean serialise = dialect == Dialect.SQLITE;
        if (serialise) {
            writer.lock();
        }
        Connection c = null;
        boolean broken = false;
        try {
            c = acquire();
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            broken = isConnectionFailure(e);
            rollback(c);
            throw new StorageException("database write failed: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            rollback(c);
            throw e;
        } finally {
            if (c != null) {
                restoreAutoCommit(c);
                release(c, broken);
            }
            if (serialise) {
                writer.unlock();
            }
        }
    }

    private static void rollback(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction went with it
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a broken connection is discarded by release
        }
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("08");
    }

    private Connection acquire() {
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (closed) {
                throw new StorageException("database " + describe() + " is closed", null);
            }
            if (opened < config.poolSize()) {
                Connection fresh = connect();
                opened++;
                all.add(fresh);
                return fresh;
            }
        }
        try {
            c = idle.poll(config.acquireTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for a database connection", e);
        }
        if (c == null) {
            throw new StorageException("no database connection free within " + config.acquireTimeoutMillis() + " ms", null);
        }
        return c;
    }

    private void release(Connection c, boolean broken) {
        boolean discard = broken;
        if (!discard) {
            try {
                discard = c.isClosed();
            } catch (SQLException e) {
                discard = true;
            }
        }
        synchronized (this) {
            if (discard || closed) {
                closeQuietly(c);
                all.remove(c);
                opened--;
                return;
            }
        }
        idle.offer(c);
    }

    private Connection connect() {
        try {
            Connection c = DriverManager.getConnection(config.url());
            if (dialect == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=FULL");
                    s.execute("PRAGMA foreign_keys=ON");
                    s.execute("PRAGMA busy_timeout=" + SQLITE_BUSY_TIMEOUT_MS);
                }
            }
            return c;
        } catch (SQLException e) {
            throw new StorageException("cannot connect to " + describe() + ": " + e.getMessage(), e);
        }
    }

    private void createSqliteFolder() {
        if (dialect != Dialect.SQLITE) {
            return;
        }
        String file = config.url().substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StorageException("cannot create the database folder " + parent + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c : all) {
            closeQuietly(c);
        }
        all.clear();
        idle.clear();
        opened = 0;
    }
}
