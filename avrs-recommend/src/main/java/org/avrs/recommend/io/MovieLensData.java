package org.avrs.recommend.io;

import java.util.Objects;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;

/** A loaded MovieLens data set: the movies with their genres and tags, and the ratings. */
public record MovieLensData(Catalog catalog, InteractionLog log) {
    public MovieLensData {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(log, "log");
    }
}
