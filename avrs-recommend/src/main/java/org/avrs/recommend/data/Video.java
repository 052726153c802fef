package org.avrs.recommend.data;

import java.util.List;
import java.util.Objects;

/**
 * A catalog entry.
 *
 * @param id the external video id (e.g. a MovieLens movieId)
 * @param title the title without the year suffix, e.g. "Toy Story"
 * @param year the release year, 0 when unknown
 * @param genres genre names as the source spells them, e.g. "Comedy", "Sci-Fi" (none: empty)
 * @param tags distinct free-text tags, lower-case, most frequent first
 */
public record Video(long id, String title, int year, List<String> genres, List<String> tags) {

    public Video {
        Objects.requireNonNull(title, "title");
        genres = List.copyOf(genres);
        tags = List.copyOf(tags);
        if (year < 0) {
            throw new IllegalArgumentException("year " + year + " must be >= 0 (0 = unknown)");
        }
    }

    /** The title with the year in parentheses when known, e.g. "Toy Story (1995)". */
    public String displayTitle() {
        return year == 0 ? title : title + " (" + year + ")";
    }
}
