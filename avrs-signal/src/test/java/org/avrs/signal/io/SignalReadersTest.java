package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.avrs.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;

class SignalReadersTest {

    @Test
    void detectsFormatsByMagicThenExtension() {
        assertThat(SignalReaders.detect(BinarySource.of("x", TestFiles.resource("io/wav/pcm_u8_mono.wav"))))
                .isEqualTo(SignalReaders.Format.WAV);
        assertThat(SignalReaders.detect(BinarySource.of("x.bin", EdfBytes.sample().build()))).isEqualTo(SignalReaders.Format.EDF);
        assertThat(SignalReaders.detect(BinarySource.of("x", EdfBytes.bdf().records(1)
                .channel("A", "uV", -1, 1, -5, 5, 1, (r, j) -> 0).build()))).isEqualTo(SignalReaders.Format.EDF);
        Mat5File one = Mat5.newMatFile();
        one.addArray("a", Mat5.newScalar(1));
        byte[] mat = MatFiles.bytes(one, true);
        assertThat(SignalReaders.detect(BinarySource.of("x", mat))).isEqualTo(SignalReaders.Format.MAT);
        assertThat(SignalReaders.detect(BinarySource.of("data.CSV", "a\n1\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(SignalReaders.Format.CSV);
        assertThatThrownBy(() -> SignalReaders.detect(BinarySource.of("x.txt", new byte[] {1, 2})))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown format");
        assertThatThrownBy(() -> SignalReaders.detect(BinarySource.of("x.wav", new byte[0])))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
    }

    @Test
    void readsEachFormatFromAPath(@TempDir Path dir) throws IOException {
        Path wav = Files.write(dir.resolve("a.wav"), TestFiles.resource("io/wav/pcm_s16_stereo.wav"));
        assertThat(SignalReaders.read(wav).channelNames()).containsExactly("left", "right");
        Path edf = Files.write(dir.resolve("b.edf"), EdfBytes.sample().build());
        assertThat(SignalReaders.read(edf).signals()).hasSize(2);
        Path csv = Files.writeString(dir.resolve("c.csv"), "ECG,EDA\n1,2\n3,4\n");
        assertThat(SignalReaders.read(csv, 100).signals().get(0).channel("EDA")).containsExactly(2, 4);
        assertThatThrownBy(() -> SignalReaders.read(csv)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sampling rate");
        Path mat = Files.write(dir.resolve("d.mat"), MatFiles.deap(1, 40, 3, false));
        assertThatThrownBy(() -> SignalReaders.read(mat)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("DeapReader");
        assertThat(SignalReaders.read(BinarySource.of("up.wav", TestFiles.resource("io/wav/pcm_u8_mono.wav")),
                OptionalDouble.empty()).signals()).hasSize(1);
    }
}
