package org.avrs.recommend.io;

import java.util.Objects;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;

/** A loaded (or generated) CoMoDa-format data set: items and context-annotated ratings. */
public record CoMoDaData(Catalog catalog, InteractionLog log) {
    public CoMoDaData {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(log, "log");
    }
}
