package org.avrs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void tokensAreWellFormedDistinctAndStoredAsSha256() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = Tokens.generate();
            assertThat(Tokens.wellFormed(t)).as(t).isTrue();
            assertThat(seen.add(t)).isTrue();
        }
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(Tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void malformedTokensAreRecognised() {
        String good = Tokens.generate();
        assertThat(Tokens.wellFormed(null)).isFalse();
        assertThat(Tokens.wellFormed("")).isFalse();
        assertThat(Tokens.wellFormed(good.substring(1))).isFalse();
        assertThat(Tokens.wellFormed(good + "x")).isFalse();
        assertThat(Tokens.wellFormed("avrx_" + good.substring(5))).isFalse();
        assertThat(Tokens.wellFormed(good.substring(0, 10) + "!" + good.substring(11))).isFalse();
    }
}
