package org.avrs.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Viewers and their token hashes. */
public final class ViewerStore {

    public void insert(Connection c, Viewer viewer, String tokenHash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO viewers (id, token_hash, created_at, keep_raw_signals) VALUES (?, ?, ?, ?)")) {
            p.setString(1, viewer.id());
            p.setString(2, tokenHash);
            p.setLong(3, viewer.createdAt());
            p.setBoolean(4, viewer.keepRawSignals());
            p.executeUpdate();
        }
    }

    /** The viewer whose token has this hash. */
    public Optional<Viewer> findByTokenHash(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, created_at, keep_raw_signals FROM viewers WHERE token_hash = ?")) {
            p.setString(1, tokenHash);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new Viewer(r.getString(1), r.getLong(2), r.getBoolean(3)))
                        : Optional.empty();
            }
        }
    }

    public void setKeepRawSignals(Connection c, String viewerId, boolean keep) throws SQLException {
        Columns.update(c, "UPDATE viewers SET keep_raw_signals = ? WHERE id = ?", keep, viewerId);
    }

    /** How many viewers there are. */
    public long count(Connection c) throws SQLException {
        return Columns.count(c, "SELECT COUNT(*) FROM viewers");
    }

    /**
     * Erases a viewer and everything recorded about them: raw signals, the affect timeline,
     * interactions, sessions, then the viewer (and with it the token).
     *
     * @return how many rows of each kind were erased, in that order
     */
    public Map<String, Integer> erase(Connection c, String viewerId) throws SQLException {
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("signals", Columns.update(c, "DELETE FROM signals WHERE viewer_id = ?", viewerId));
        erased.put("affects", Columns.update(c, "DELETE FROM affects WHERE viewer_id = ?", viewerId));
        erased.put("interactions", Columns.update(c, "DELETE FROM interactions WHERE viewer_id = ?", viewerId));
        erased.put("sessions", Columns.update(c, "DELETE FROM sessions WHERE viewer_id = ?", viewerId));
        erased.put("viewers", Columns.update(c, "DELETE FROM viewers WHERE id = ?", viewerId));
        return erased;
    }
}
