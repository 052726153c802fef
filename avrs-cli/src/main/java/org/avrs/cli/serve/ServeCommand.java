package org.avrs.cli.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.avrs.cli.Locations;
import org.avrs.core.InvalidInputException;
import org.avrs.server.AvrsServer;
import org.avrs.server.ServerConfig;
import org.avrs.server.ServerResources;
import org.avrs.server.store.Database;
import org.avrs.server.store.Dialect;
import org.avrs.server.store.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code avrs serve}: the AVRS service — the HTTP API and the web UI — until stopped (Ctrl-C). With no
 * options: 127.0.0.1:8080, an SQLite database in {@code avrs-data/}, the demo catalog (MovieLens
 * ml-latest-small) and the shipped speech model.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the AVRS service: the web UI and the JSON API (live affect sessions, recommendations).",
            "Stop it with Ctrl-C. The API is described at /api/openapi.json."})
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0: any free one); default ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on; 0.0.0.0 serves other machines too; default ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = {"database: jdbc:sqlite:FILE or "
            + "jdbc:postgresql://HOST/DB?user=…&password=…", "default jdbc:sqlite:DATA_DIR/avrs.db"})
    String database;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "avrs-data",
            description = "where the default SQLite database lives; default ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--catalog", paramLabel = "DIR",
            description = "MovieLens folder with the catalog and its ratings; default the shipped ml-latest-small")
    Path catalog;

    @Option(names = "--speech-model", paramLabel = "FILE",
            description = "speech emotion model; default the shipped data/models/speech-emodb-svm.avrs")
    Path speechModel;

    @Option(names = "--eeg-model", paramLabel = "FILE",
            description = {"EEG model (written by avrs eeg train) to recognise live EEG uploads (EDF/BDF) with;",
                "without it, eeg uploads are refused with 501"})
    Path eegModel;

    /** Released to stop a running server (tests); a JVM shutdown also stops it. */
    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() {
        ServerConfig config = config();
        Path catalogDir = catalog != null ? catalog : Locations.sample("movielens");
        Path model = speechModel != null ? speechModel : Locations.model("speech-emodb-svm.avrs");
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "avrs serve: loading the catalog (%s) and the speech model (%s)...%n", catalogDir,
                model.getFileName());
        out.flush();
        ServerResources resources = ServerResources.load(catalogDir, model);
        if (eegModel != null) {
            out.printf(Locale.ROOT, "avrs serve: loading the EEG model (%s)...%n", eegModel.getFileName());
            out.flush();
            resources = resources.withEeg(eegModel);
        }
        AvrsServer server = start(config, resources);
        Thread hook = new Thread(() -> {
            stop.countDown();
            server.close();
        }, "avrs-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf(Locale.ROOT, "AVRS is serving at %s  (database %s, %d videos; API at %sapi/openapi.json; "
                + "Ctrl-C stops it)%n", server.url(), server.database(), server.catalogSize(), server.url());
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook closes the server
        }
        return 0;
    }

    /** Stops a server started by {@link #call()} (for tests; Ctrl-C does it otherwise). */
    public void stop() {
        stop.countDown();
    }

    private ServerConfig config() {
        String url = database != null ? database : "jdbc:sqlite:" + dataDir.resolve("avrs.db");
        try {
            Dialect.of(url);
            return ServerConfig.defaults().withHost(host).withPort(port).withDatabase(url);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static AvrsServer start(ServerConfig config, ServerResources resources) {
        try {
            return AvrsServer.start(config, resources);
        } catch (StorageException e) {
            throw new InvalidInputException("--db " + Database.redact(config.databaseUrl()),
                    null, e.getMessage(), e);
        } catch (RuntimeException e) {
            if (isBindFailure(e)) {
                throw new InvalidInputException("--host " + config.host() + " --port " + config.port(), null,
                        "cannot listen there (in use, or not an address of this machine)", e);
            }
            throw e;
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t.getClass().getSimpleName().contains("Bind")) {
                return true;
            }
        }
        return false;
    }
}
