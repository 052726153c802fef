package org.avrs.server.store;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Vad;

/**
 * A catalog entry as the service stores it, with its affective profile.
 *
 * @param profile the video's VAD profile, or null when it has none
 * @param profileConfidence the profile's confidence in [0, 1] (0 without profile)
 * @param profileSource what made the profile (e.g. "genres and tags"), or null
 * @param popularity how many ratings the catalog's source data has for it (the default browsing order)
 */
public record CatalogVideo(long id, String title, int year, List<String> genres, List<String> tags, Vad profile,
        double profileConfidence, String profileSource, int popularity) {

    public CatalogVideo {
        Objects.requireNonNull(title, "title");
        genres = List.copyOf(genres);
        tags = List.copyOf(tags);
    }
}
