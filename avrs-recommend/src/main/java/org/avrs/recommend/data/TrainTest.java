package org.avrs.recommend.data;

import java.util.Objects;

/**
 * A training log and a test log that share one numbering of viewers and videos (so an index means
 * the same viewer or video in both; a test-only id simply has no training rows).
 */
public record TrainTest(InteractionLog train, InteractionLog test) {

    public TrainTest {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (!train.viewers().equals(test.viewers()) || !train.videos().equals(test.videos())) {
            throw new IllegalArgumentException("train and test logs must share their id maps");
        }
    }
}
