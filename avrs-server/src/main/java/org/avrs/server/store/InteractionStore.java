package org.avrs.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What viewers did with videos (one row per ended session). */
public final class InteractionStore {

    public void insert(Connection c, String id, ViewerInteraction i) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO interactions (id, viewer_id, session_id, video_id, rating, "
                + "watched_seconds, skipped, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, i.viewerId());
            p.setString(3, i.sessionId());
            p.setLong(4, i.videoId());
            Columns.setDouble(p, 5, i.rating());
            p.setDouble(6, i.watchedSeconds());
            p.setBoolean(7, i.skipped());
            p.setLong(8, i.createdAt());
            p.executeUpdate();
        }
    }

    /** Every rated interaction of every viewer, oldest first: what the collaborative model learns from. */
    public List<ViewerInteraction> allRated(Connection c) throws SQLException {
        List<ViewerInteraction> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT viewer_id, session_id, video_id, rating, watched_seconds, "
                + "skipped, created_at FROM interactions WHERE rating IS NOT NULL ORDER BY created_at, id");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new ViewerInteraction(r.getString(1), r.getString(2), r.getLong(3), r.getDouble(4), r.getDouble(5),
                        r.getBoolean(6), r.getLong(7)));
            }
        }
        return out;
    }

    public long countByViewer(Connection c, String viewerId) throws SQLException {
        return Columns.count(c, "SELECT COUNT(*) FROM interactions WHERE viewer_id = ?", viewerId);
    }
}
