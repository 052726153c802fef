package org.avrs.recommend.data;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The videos that can be recommended, by id, in the order they were added. Immutable. */
public final class Catalog {

    private final Map<Long, Video> videos;

    private Catalog(Map<Long, Video> videos) {
        this.videos = Collections.unmodifiableMap(videos);
    }

    /**
     * A catalog of the given videos.
     *
     * @throws IllegalArgumentException when an id repeats
     */
    public static Catalog of(Collection<Video> videos) {
        Map<Long, Video> map = new LinkedHashMap<>();
        for (Video v : videos) {
            if (map.put(v.id(), v) != null) {
                throw new IllegalArgumentException("video id " + v.id() + " repeats in the catalog");
            }
        }
        return new Catalog(map);
    }

    public int size() {
        return videos.size();
    }

    /** The video with an id, if any. */
    public Optional<Video> find(long id) {
        return Optional.ofNullable(videos.get(id));
    }

    /**
     * The video with an id.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public Video get(long id) {
        Video v = videos.get(id);
        if (v == null) {
            throw new IllegalArgumentException("unknown video id " + id + " (catalog has " + videos.size() + " videos)");
        }
        return v;
    }

    public boolean contains(long id) {
        return videos.containsKey(id);
    }

    /** The videos in catalog order. */
    public Collection<Video> videos() {
        return videos.values();
    }

    /** The title of a video, or "video ID" when the catalog does not know it. */
    public String titleOf(long id) {
        Video v = videos.get(id);
        return v == null ? "video " + id : v.title();
    }
}
