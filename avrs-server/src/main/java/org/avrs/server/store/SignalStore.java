package org.avrs.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Raw uploads kept by consent. */
public final class SignalStore {

    public void insert(Connection c, RawSignal s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO signals (id, session_id, viewer_id, kind, content_type, "
                + "bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.id());
            p.setString(2, s.sessionId());
            p.setString(3, s.viewerId());
            p.setString(4, s.kind());
            p.setString(5, s.contentType());
            p.setBytes(6, s.bytes());
            p.setLong(7, s.createdAt());
            p.executeUpdate();
        }
    }

    public long countBySession(Connection c, String sessionId) throws SQLException {
        return Columns.count(c, "SELECT COUNT(*) FROM signals WHERE session_id = ?", sessionId);
    }

    public long countAll(Connection c) throws SQLException {
        return Columns.count(c, "SELECT COUNT(*) FROM signals");
    }
}
