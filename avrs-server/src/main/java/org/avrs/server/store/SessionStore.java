package org.avrs.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Viewing sessions. Every lookup names the owning viewer: another viewer's session is not found. */
public final class SessionStore {

    private static final String COLUMNS = "id, viewer_id, video_id, started_at, ended_at, watched_seconds, skipped, rating";

    public void insert(Connection c, ViewingSession s) throws SQLException {
        Columns.update(c, "INSERT INTO sessions (id, viewer_id, video_id, started_at) VALUES (?, ?, ?, ?)",
                s.id(), s.viewerId(), s.videoId(), s.startedAt());
    }

    /** The session with this id if it belongs to this viewer. */
    public Optional<ViewingSession> find(Connection c, String id, String viewerId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM sessions WHERE id = ? AND viewer_id = ?")) {
            p.setString(1, id);
            p.setString(2, viewerId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /** A viewer's sessions, newest first, at most {@code limit}. */
    public List<ViewingSession> listByViewer(Connection c, String viewerId, int limit) throws SQLException {
        List<ViewingSession> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                + " FROM sessions WHERE viewer_id = ? ORDER BY started_at DESC, id LIMIT ?")) {
            p.setString(1, viewerId);
            p.setInt(2, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(read(r));
                }
            }
        }
        return out;
    }

    /** The videos a viewer has had a session with (watched, skipped or still open). */
    public Set<Long> videosOf(Connection c, String viewerId) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT video_id FROM sessions WHERE viewer_id = ?")) {
            p.setString(1, viewerId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * Ends an open session.
     *
     * @return false when the session was already ended (nothing changed)
     */
    public boolean end(Connection c, String id, long endedAt, double watchedSeconds, boolean skipped, Double rating)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE sessions SET ended_at = ?, watched_seconds = ?, "
                + "skipped = ?, rating = ? WHERE id = ? AND ended_at IS NULL")) {
            p.setLong(1, endedAt);
            p.setDouble(2, watchedSeconds);
            p.setBoolean(3, skipped);
            Columns.setDouble(p, 4, rating);
            p.setString(5, id);
            return p.executeUpdate() == 1;
        }
    }

    private static ViewingSession read(ResultSet r) throws SQLException {
        return new ViewingSession(r.getString("id"), r.getString("viewer_id"), r.getLong("video_id"),
                r.getLong("started_at"), Columns.getLong(r, "ended_at"), Columns.getDouble(r, "watched_seconds"),
                Columns.getBoolean(r, "skipped"), Columns.getDouble(r, "rating"));
    }
}
