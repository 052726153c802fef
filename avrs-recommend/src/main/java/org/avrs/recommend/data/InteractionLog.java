package org.avrs.recommend.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.avrs.recommend.Context;

/**
 * Interactions (viewer, video, value, time, context) held in primitive columns with dense id maps,
 * so that a 25-million-row log costs about 20 bytes a row (int viewer, int video, float value, long
 * time) plus two sparse-row indices (by viewer and by video, 12 bytes a row each).
 *
 * <p>The value is a rating (explicit feedback, e.g. 0.5–5 stars) or a count / 1 for an implicit
 * event; algorithms state which they use. Time is Unix seconds (0 when unknown). Contexts are kept
 * in a table of distinct instances with one index per row (-1 = no context).
 *
 * <p>Immutable. Row subsets ({@link #subset}) share this log's id maps, so that a train and a test
 * part of one log number viewers and videos alike; an id may then have no row in a subset.
 */
public final class InteractionLog {

    private final IdMap viewers;
    private final IdMap videos;
    private final int[] viewer;
    private final int[] video;
    private final float[] value;
    private final long[] time;
    private final int[] contextIndex;
    private final List<Context> contexts;
    private final SparseRows byViewer;
    private final SparseRows byVideo;

    private InteractionLog(IdMap viewers, IdMap videos, int[] viewer, int[] video, float[] value, long[] time,
            int[] contextIndex, List<Context> contexts) {
        this.viewers = viewers;
        this.videos = videos;
        this.viewer = viewer;
        this.video = video;
        this.value = value;
        this.time = time;
        this.contextIndex = contextIndex;
        this.contexts = List.copyOf(contexts);
        this.byViewer = SparseRows.build(viewers.size(), viewer, video, value, null, viewer.length);
        this.byVideo = SparseRows.build(videos.size(), video, viewer, value, null, video.length);
    }

    /** A builder that numbers ids as they come. */
    public static Builder builder() {
        return new Builder(IdMap.builder(), IdMap.builder());
    }

    /** The number of interactions. */
    public int size() {
        return viewer.length;
    }

    public boolean isEmpty() {
        return viewer.length == 0;
    }

    /** Every viewer id the log numbers (possibly more than appear in its rows, for a subset). */
    public IdMap viewers() {
        return viewers;
    }

    /** Every video id the log numbers. */
    public IdMap videos() {
        return videos;
    }

    public int viewer(int row) {
        return viewer[row];
    }

    public int video(int row) {
        return video[row];
    }

    public float value(int row) {
        return value[row];
    }

    public long time(int row) {
        return time[row];
    }

    /** The context of a row ({@link Context#none()} when it has none). */
    public Context context(int row) {
        int c = contextIndex == null ? -1 : contextIndex[row];
        return c < 0 ? Context.none() : contexts.get(c);
    }

    /** Whether any row carries a context. */
    public boolean hasContexts() {
        return !contexts.isEmpty();
    }

    /** The interactions grouped by viewer (columns are videos), sorted by video. */
    public SparseRows byViewer() {
        return byViewer;
    }

    /** The interactions grouped by video (columns are viewers), sorted by viewer. */
    public SparseRows byVideo() {
        return byVideo;
    }

    /** The mean value over all rows, NaN when empty. */
    public double meanValue() {
        double sum = 0;
        for (float v : value) {
            sum += v;
        }
        return value.length == 0 ? Double.NaN : sum / value.length;
    }

    /** The smallest and largest value, {NaN, NaN} when empty. */
    public double[] valueRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float v : value) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return value.length == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }

    /**
     * The rows at the given positions (in that order) as a new log with the same id maps.
     *
     * @throws IndexOutOfBoundsException for a row outside the log
     */
    public InteractionLog subset(int[] rows) {
        int n = rows.length;
        int[] vr = new int[n];
        int[] vd = new int[n];
        float[] val = new float[n];
        long[] t = new long[n];
        int[] ci = contextIndex == null ? null : new int[n];
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            vr[i] = viewer[r];
            vd[i] = video[r];
            val[i] = value[r];
            t[i] = time[r];
            if (ci != null) {
                ci[i] = contextIndex[r];
            }
        }
        return new InteractionLog(viewers, videos, vr, vd, val, t, ci, contexts);
    }

    /** This log with every value replaced by 1 (an implicit "interacted" signal). */
    public InteractionLog binarized() {
        float[] ones = new float[value.length];
        Arrays.fill(ones, 1f);
        return new InteractionLog(viewers, videos, viewer, video, ones, time, contextIndex, contexts);
    }

    @Override
    public String toString() {
        return "InteractionLog[" + size() + " rows, " + viewers.size() + " viewers, " + videos.size() + " videos]";
    }

    /** Appends interactions into growing primitive columns. Not thread-safe. */
    public static final class Builder {
        private final IdMap.Builder viewers;
        private final IdMap.Builder videos;
        private int[] viewer = new int[1024];
        private int[] video = new int[1024];
        private float[] value = new float[1024];
        private long[] time = new long[1024];
        private int[] contextIndex;
        private final List<Context> contexts = new ArrayList<>();
        private final Map<Context, Integer> contextIds = new IdentityHashMap<>();
        private int size;

        private Builder(IdMap.Builder viewers, IdMap.Builder videos) {
            this.viewers = viewers;
            this.videos = videos;
        }

        /** Adds an interaction without context. */
        public Builder add(long viewerId, long videoId, double value, long time) {
            return add(viewerId, videoId, value, time, null);
        }

        /**
         * Adds an interaction.
         *
         * @param context the context, or null for none (instances are stored once each, by identity:
         *     reuse one instance for rows that share a context)
         * @throws IllegalArgumentException if the value is not finite
         */
        public Builder add(long viewerId, long videoId, double value, long time, Context context) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("interaction value " + value + " must be finite");
            }
            if (size == viewer.length) {
                grow();
            }
            viewer[size] = viewers.add(viewerId);
            video[size] = videos.add(videoId);
            this.value[size] = (float) value;
            this.time[size] = time;
            if (context != null && context != Context.none()) {
                if (contextIndex == null) {
                    contextIndex = new int[viewer.length];
                    Arrays.fill(contextIndex, 0, size, -1);
                }
                contextIndex[size] = contextIds.computeIfAbsent(context, c -> {
                    contexts.add(c);
                    return contexts.size() - 1;
                });
            } else if (contextIndex != null) {
                contextIndex[size] = -1;
            }
            size++;
            return this;
        }

        /** Registers a viewer id without an interaction (e.g. a known viewer with no history yet). */
        public int addViewer(long viewerId) {
            return viewers.add(viewerId);
        }

        /** Registers a video id without an interaction (e.g. a catalog entry nobody rated). */
        public int addVideo(long videoId) {
            return videos.add(videoId);
        }

        private void grow() {
            int n = (int) Math.min(Integer.MAX_VALUE - 8, viewer.length * 2L);
            viewer = Arrays.copyOf(viewer, n);
            video = Arrays.copyOf(video, n);
            value = Arrays.copyOf(value, n);
            time = Arrays.copyOf(time, n);
            if (contextIndex != null) {
                contextIndex = Arrays.copyOf(contextIndex, n);
            }
        }

        public int size() {
            return size;
        }

        public InteractionLog build() {
            Objects.requireNonNull(viewers);
            return new InteractionLog(viewers.build(), videos.build(), Arrays.copyOf(viewer, size),
                    Arrays.copyOf(video, size), Arrays.copyOf(value, size), Arrays.copyOf(time, size),
                    contextIndex == null ? null : Arrays.copyOf(contextIndex, size), contexts);
        }
    }
}
