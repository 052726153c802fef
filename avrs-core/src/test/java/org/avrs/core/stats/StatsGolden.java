package org.avrs.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;

/** The statistics fixture and its comparison: NaN and ±∞ must match exactly, finite values relatively. */
final class StatsGolden {

    /** Written by {@code tools/golden/core_metrics.py}; each section's call is in its "sources". */
    static final JsonNode FIXTURE = Golden.load("golden/core_stats.json");

    private StatsGolden() {
    }

    static void assertClose(String what, double actual, JsonNode expectedNode, double relative) {
        double expected = expectedNode.asDouble(); // "NaN" / "Infinity" strings parse as such
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else if (Double.isInfinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(relative * Math.abs(expected) + 1e-300));
        }
    }
}
