package org.avrs.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.avrs.core.Vad;

/** The catalog: videos with their affective profiles, searchable by title and genre. */
public final class VideoStore {

    /** One page of a catalog search and the number of matches in all pages. */
    public record Page(List<CatalogVideo> items, long total) {
        public Page {
            items = List.copyOf(items);
        }
    }

    private static final String COLUMNS = "id, title, year, genres, tags, valence, arousal, dominance, "
            + "profile_confidence, profile_source, popularity";
    private static final int BATCH = 500;

    public long count(Connection c) throws SQLException {
        return Columns.count(c, "SELECT COUNT(*) FROM videos");
    }

    /** Inserts videos in batches (the caller's transaction makes it all or nothing). */
    public void insertAll(Connection c, List<CatalogVideo> videos) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO videos (id, title, title_lower, year, genres, tags, "
                + "valence, arousal, dominance, profile_confidence, profile_source, popularity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (CatalogVideo v : videos) {
                p.setLong(1, v.id());
                p.setString(2, v.title());
                p.setString(3, v.title().toLowerCase(Locale.ROOT));
                p.setInt(4, v.year());
                p.setString(5, joinList(v.genres()));
                p.setString(6, joinList(v.tags()));
                Vad profile = v.profile();
                Columns.setDouble(p, 7, profile == null ? null : profile.valence());
                Columns.setDouble(p, 8, profile == null ? null : profile.arousal());
                Columns.setDouble(p, 9, profile == null ? null : profile.dominance());
                p.setDouble(10, v.profileConfidence());
                p.setString(11, v.profileSource());
                p.setInt(12, v.popularity());
                p.addBatch();
                if (++pending == BATCH) {
                    p.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                p.executeBatch();
            }
        }
    }

    public Optional<CatalogVideo> find(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM videos WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /** Every video in id order. */
    public List<CatalogVideo> all(Connection c) throws SQLException {
        List<CatalogVideo> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM videos ORDER BY id");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(read(r));
            }
        }
        return out;
    }

    /**
     * Videos whose title contains {@code query} (any case) and whose genres include {@code genre}, most
     * popular first (then by title).
     *
     * @param query a title fragment, or blank for any
     * @param genre a genre name as stored (e.g. "Comedy"), or blank for any
     */
    public Page search(Connection c, String query, String genre, int offset, int limit) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> params = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            where.append(" AND title_lower LIKE ? ESCAPE '\\'");
            params.add("%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (genre != null && !genre.isBlank()) {
            where.append(" AND genres LIKE ? ESCAPE '\\'");
            params.add("%|" + escapeLike(genre.strip()) + "|%");
        }
        long total = Columns.count(c, "SELECT COUNT(*) FROM videos" + where, params.toArray());
        List<CatalogVideo> items = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM videos" + where
                + " ORDER BY popularity DESC, title_lower, id LIMIT ? OFFSET ?")) {
            int i = 1;
            for (String param : params) {
                p.setString(i++, param);
            }
            p.setInt(i++, limit);
            p.setInt(i, offset);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    items.add(read(r));
                }
            }
        }
        return new Page(items, total);
    }

    /** The distinct genres of the catalog, sorted. */
    public List<String> genres(Connection c) throws SQLException {
        TreeSet<String> genres = new TreeSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT genres FROM videos");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                genres.addAll(splitList(r.getString(1)));
            }
        }
        return List.copyOf(genres);
    }

    private static CatalogVideo read(ResultSet r) throws SQLException {
        Double v = Columns.getDouble(r, "valence");
        Double a = Columns.getDouble(r, "arousal");
        Double d = Columns.getDouble(r, "dominance");
        Vad profile = v == null || a == null || d == null ? null : new Vad(v, a, d);
        Double confidence = Columns.getDouble(r, "profile_confidence");
        return new CatalogVideo(r.getLong("id"), r.getString("title"), r.getInt("year"), splitList(r.getString("genres")),
                splitList(r.getString("tags")), profile, confidence == null ? 0 : confidence, r.getString("profile_source"),
                r.getInt("popularity"));
    }

    private static String joinList(List<String> items) {
        StringBuilder s = new StringBuilder("|");
        for (String item : items) {
            s.append(item.replace('|', '/')).append('|');
        }
        return s.toString();
    }

    private static List<String> splitList(String stored) {
        return Arrays.stream(stored.split("\\|")).filter(x -> !x.isEmpty()).toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
