package org.avrs.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.Modality;
import org.avrs.core.TimeSpan;
import org.avrs.core.Vad;

/**
 * The affect timelines. An affect's distribution is stored as a JSON array of probabilities in the
 * label order of its emotion set (one of the predefined sets, by name); the VAD point and the
 * confidence are columns of their own.
 */
public final class AffectStore {

    private static final String COLUMNS = "id, session_id, viewer_id, received_at, t_start, t_end, modality, source, "
            + "valence, arousal, dominance, confidence, emotion_set, distribution, signal_id";

    public void insert(Connection c, AffectEntry e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO affects (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Affect a = e.affect();
            p.setString(1, e.id());
            p.setString(2, e.sessionId());
            p.setString(3, e.viewerId());
            p.setLong(4, e.receivedAt());
            p.setDouble(5, e.span().start());
            p.setDouble(6, e.span().end());
            p.setString(7, e.modality().name());
            p.setString(8, e.source());
            p.setDouble(9, a.valence());
            p.setDouble(10, a.arousal());
            p.setDouble(11, a.dominance());
            p.setDouble(12, a.confidence());
            p.setString(13, a.emotions().map(EmotionSet::name).orElse(null));
            p.setString(14, a.distribution().map(AffectStore::toJson).orElse(null));
            p.setString(15, e.signalId());
            p.executeUpdate();
        }
    }

    /** A session's timeline in time order. */
    public List<AffectEntry> bySession(Connection c, String sessionId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM affects WHERE session_id = ? ORDER BY t_end, received_at, id",
                sessionId);
    }

    /** A viewer's entries received at or after {@code sinceMillis}, oldest first, at most {@code limit} (newest kept). */
    public List<AffectEntry> recentByViewer(Connection c, String viewerId, long sinceMillis, int limit) throws SQLException {
        List<AffectEntry> newestFirst = query(c, "SELECT " + COLUMNS + " FROM affects WHERE viewer_id = ? AND received_at >= ? "
                + "ORDER BY received_at DESC, id LIMIT " + limit, viewerId, sinceMillis);
        List<AffectEntry> out = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }

    /** How many entries a session has. */
    public long countBySession(Connection c, String sessionId) throws SQLException {
        return Columns.count(c, "SELECT COUNT(*) FROM affects WHERE session_id = ?", sessionId);
    }

    private static List<AffectEntry> query(Connection c, String sql, Object... params) throws SQLException {
        List<AffectEntry> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(read(r));
                }
            }
        }
        return out;
    }

    private static AffectEntry read(ResultSet r) throws SQLException {
        Vad vad = new Vad(r.getDouble("valence"), r.getDouble("arousal"), r.getDouble("dominance"));
        double confidence = r.getDouble("confidence");
        String set = r.getString("emotion_set");
        String distribution = r.getString("distribution");
        Affect affect = set == null || distribution == null ? Affect.ofVad(vad, confidence)
                : Affect.of(EmotionSet.named(set), fromJson(distribution), vad, confidence);
        return new AffectEntry(r.getString("id"), r.getString("session_id"), r.getString("viewer_id"),
                r.getLong("received_at"), new TimeSpan(r.getDouble("t_start"), r.getDouble("t_end")),
                Modality.valueOf(r.getString("modality")), r.getString("source"), affect, r.getString("signal_id"));
    }

    static String toJson(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(",", "[", "]"));
    }

    static double[] fromJson(String json) {
        String body = json.strip();
        if (!body.startsWith("[") || !body.endsWith("]")) {
            throw new IllegalStateException("stored distribution is not a JSON array: " + json);
        }
        body = body.substring(1, body.length() - 1).strip();
        return body.isEmpty() ? new double[0] : Arrays.stream(body.split(",")).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
    }
}
