package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.avrs.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinarySourceTest {

    @Test
    void streamsUpToTheLimitAndNoFurther() {
        byte[] b = new byte[100_000];
        b[99_999] = 7;
        BinarySource ok = BinarySource.fromStream("up", new ByteArrayInputStream(b), 100_000);
        assertThat(ok.size()).isEqualTo(100_000);
        assertThat(ok.read(99_999, 1, "last").get(0)).isEqualTo((byte) 7);
        assertThatThrownBy(() -> BinarySource.fromStream("up", new ByteArrayInputStream(b), 99_999))
                .isInstanceOf(InvalidInputException.class).hasMessageContainingAll("up", "limit of 99999 bytes");
    }

    /** An endless stream is cut off at the limit, not read until memory runs out. */
    @Test
    void endlessStreamStopsAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 1;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                return len;
            }
        };
        assertThatThrownBy(() -> BinarySource.fromStream("endless", endless, 1 << 20))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than the limit");
    }

    @Test
    void readsBeyondTheEndNameTheFieldAndOffset(@TempDir Path dir) throws IOException {
        Path p = Files.write(dir.resolve("f.bin"), new byte[] {1, 2, 3, 4, 5});
        try (BinarySource src = BinarySource.open(p)) {
            assertThat(src.read(1, 4, "x").getInt(0)).isEqualTo(0x05040302);
            assertThatThrownBy(() -> src.read(3, 4, "the field")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContainingAll("f.bin", "the field", "byte 3", "needs 4 bytes", "only 5");
            assertThatThrownBy(() -> src.read(-1, 1, "x")).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> BinarySource.open(dir)).isInstanceOf(InvalidInputException.class);
    }
}
