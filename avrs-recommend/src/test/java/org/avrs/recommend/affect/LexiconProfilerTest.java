package org.avrs.recommend.affect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.avrs.core.Affect;
import org.avrs.recommend.data.Video;
import org.junit.jupiter.api.Test;

class LexiconProfilerTest {

    private final LexiconProfiler profiler = new LexiconProfiler(LexiconProfiler.Config.defaults());

    private Affect profile(List<String> genres, List<String> tags) {
        return profiler.profile(new Video(1, "x", 2000, genres, tags));
    }

    @Test
    void genresPlaceVideosWhereTheElicitationStudiesPutThem() {
        Affect comedy = profile(List.of("Comedy"), List.of());
        Affect horror = profile(List.of("Horror"), List.of());
        Affect drama = profile(List.of("Drama"), List.of());
        assertThat(comedy.valence()).isGreaterThan(0.5);
        assertThat(comedy.dominantLabel()).contains("happiness");
        assertThat(horror.valence()).isLessThan(-0.5);
        assertThat(horror.arousal()).isGreaterThan(0.5);
        assertThat(horror.dominantLabel()).contains("fear");
        assertThat(drama.dominantLabel()).contains("sadness");
        assertThat(comedy.confidence()).isEqualTo(0.5);
    }

    @Test
    void genresAreAveragedAndTagsWeighHalfEachUpToACap() {
        Affect mixed = profile(List.of("Comedy", "Horror"), List.of());
        Affect comedy = profile(List.of("Comedy"), List.of());
        Affect horror = profile(List.of("Horror"), List.of());
        assertThat(mixed.valence()).isCloseTo((comedy.valence() + horror.valence()) / 2, org.assertj.core.data.Offset.offset(1e-12));
        // genre weight 1 + tag weight 0.5: v = (1·v_comedy + 0.5·v_sad) / 1.5
        Affect sadComedy = profile(List.of("Comedy"), List.of("sad", "pixar"));
        double vSad = AffectLexicon.tag("sad").orElseThrow().vad().valence();
        assertThat(sadComedy.valence()).isCloseTo((comedy.valence() + 0.5 * vSad) / 1.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(sadComedy.confidence()).isCloseTo(1.5 / 2.5, org.assertj.core.data.Offset.offset(1e-12));
        Affect manyTags = profile(List.of("Comedy"), List.of("sad", "depressing", "tearjerker", "death", "holocaust"));
        assertThat(manyTags.confidence()).isCloseTo(2.5 / 3.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(manyTags.valence()).isCloseTo((comedy.valence() + 1.5 * vSad) / 2.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void noEvidenceIsNeutralWithZeroConfidence() {
        Affect none = profile(List.of("IMAX"), List.of("in netflix queue"));
        assertThat(none.confidence()).isZero();
        assertThat(none.valence()).isZero();
        assertThat(none.dominantLabel()).contains("neutral");
    }

    @Test
    void configRejectsBadWeights() {
        assertThatThrownBy(() -> new LexiconProfiler.Config(Double.NaN, 0.5, 1)).hasMessageContaining("genreWeight");
        assertThatThrownBy(() -> new LexiconProfiler.Config(1, -1, 1)).hasMessageContaining("tagWeight");
    }
}
