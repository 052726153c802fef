package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.junit.jupiter.api.Test;

/** EDF/EDF+/BDF on files built field by field (see {@link EdfBytes}); real files are in EdfRealFilesTest. */
class EdfReaderTest {

    private static Recording read(byte[] b) {
        return EdfReader.read(BinarySource.of("t.edf", b));
    }

    @Test
    void scalesDigitalToPhysicalPerChannelAndGroupsByRate() {
        Recording r = read(EdfBytes.sample().build());
        assertThat(r.signals()).hasSize(2);
        Signal fp1 = r.signalWith("Fp1");
        Signal ecg = r.signalWith("ECG");
        assertThat(fp1.sampleRate()).isEqualTo(16.0); // 8 samples per 0.5 s record
        assertThat(ecg.sampleRate()).isEqualTo(4.0);
        assertThat(fp1.length()).isEqualTo(24);
        assertThat(ecg.length()).isEqualTo(6);
        assertThat(fp1.units()).containsExactly("uV");
        assertThat(ecg.units()).containsExactly("mV");
        // phys = pmin + (dig - dmin)·(pmax - pmin)/(dmax - dmin), by hand for a few samples
        double g = 200.0 / 4095;
        for (int i = 0; i < 24; i++) {
            double dig = i * 100 - 1000;
            assertThat(fp1.get(0, i)).isCloseTo(-100 + (dig + 2048) * g, within(1e-12));
        }
        assertThat(ecg.channel(0)).containsExactly(new double[] {0, 0.01, 1.0, 1.01, 2.0, 2.01}, within(1e-12));
    }

    @Test
    void readsAnnotationsTimeKeepingAndHeader() {
        Recording r = read(EdfBytes.sample().build());
        assertThat(r.annotations()).containsExactly(new Annotation(0.6, 0.2, "beep"));
        assertThat(r.header()).containsEntry("format", "EDF+C").containsEntry("numberOfDataRecords", "3")
                .containsEntry("startDateTime", "2014-04-29T22:19:44").containsEntry("patient", "X X X X");
        assertThat(r.signals().get(0).startTime()).contains(Instant.parse("2014-04-29T22:19:44Z"));
    }

    @Test
    void subsecondStartFromTheFirstTimeKeepingTal() {
        byte[] b = EdfBytes.edf().reserved("EDF+C").records(2)
                .channel("A", "uV", -1, 1, -100, 100, 4, (r, j) -> j)
                .annotations(8, r -> "+" + (0.25 + r) + "\u0014\u0014\u0000").build();
        Recording rec = read(b);
        assertThat(rec.signals().get(0).startTime()).contains(Instant.parse("2014-04-29T22:19:44.250Z"));
        assertThat(rec.annotations()).isEmpty();
    }

    @Test
    void bdfSamplesAre24BitTwosComplement() {
        int lim = 1 << 23;
        int[] values = {-lim, lim - 1, -1, 0, 1, 123456, -654321, 42};
        byte[] b = EdfBytes.bdf().reserved("24BIT").records(1)
                .channel("Status", "", -lim, lim - 1, -lim, lim - 1, values.length, (r, j) -> values[j]).build();
        Signal s = read(b).signals().get(0);
        for (int j = 0; j < values.length; j++) {
            assertThat(s.get(0, j)).isCloseTo(values[j], within(1e-9));
        }
        assertThat(read(b).header()).containsEntry("format", "BDF");
    }

    @Test
    void repeatedAndEmptyLabelsGetUniqueNames() {
        byte[] b = EdfBytes.edf().records(1)
                .channel("EEG", "uV", -1, 1, -10, 10, 2, (r, j) -> j)
                .channel("EEG", "uV", -1, 1, -10, 10, 2, (r, j) -> j)
                .channel("", "uV", -1, 1, -10, 10, 2, (r, j) -> j).build();
        assertThat(read(b).channelNames()).containsExactly("EEG", "EEG-1", "ch2");
    }

    @Test
    void minusOneRecordsMeansCountFromTheFileLength() {
        byte[] b = EdfBytes.edf().records(3).recordsField("-1")
                .channel("A", "uV", -1, 1, -10, 10, 5, (r, j) -> j).build();
        assertThat(read(b).signals().get(0).length()).isEqualTo(15);
    }

    @Test
    void contiguousEdfPlusDIsReadGappedIsRefused() {
        EdfBytes contiguous = EdfBytes.edf().reserved("EDF+D").records(3)
                .channel("A", "uV", -1, 1, -10, 10, 2, (r, j) -> j)
                .annotations(8, r -> "+" + r + "\u0014\u0014\u0000");
        assertThat(read(contiguous.build()).signals().get(0).length()).isEqualTo(6);
        EdfBytes gapped = EdfBytes.edf().reserved("EDF+D").records(3)
                .channel("A", "uV", -1, 1, -10, 10, 2, (r, j) -> j)
                .annotations(8, r -> "+" + (r == 2 ? 5 : r) + "\u0014\u0014\u0000");
        assertThatThrownBy(() -> read(gapped.build())).isInstanceOf(InvalidInputException.class)
                .hasMessageContainingAll("data record 2", "5.0 s", "gaps");
    }

    @Test
    void annotationsOnlyFileHasNoSignals() {
        byte[] b = EdfBytes.edf().reserved("EDF+C").records(1).duration("0")
                .annotations(10, r -> "+0\u0014\u0014\u0000+3.5\u0014sleep\u0014\u0000").build();
        Recording rec = read(b);
        assertThat(rec.signals()).isEmpty();
        assertThat(rec.annotations()).containsExactly(new Annotation(3.5, 0, "sleep"));
    }

    // ---- hostile files

    private static void assertInvalid(byte[] bytes, String... words) {
        assertThatThrownBy(() -> read(bytes)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("t.edf: ").hasMessageContainingAll(words);
    }

    private static EdfBytes oneChannel() {
        return EdfBytes.edf().records(2).channel("A", "uV", -1, 1, -10, 10, 4, (r, j) -> j);
    }

    @Test
    void emptyAndTruncatedFiles() {
        assertInvalid(new byte[0], "empty");
        byte[] b = oneChannel().build();
        assertInvalid(java.util.Arrays.copyOf(b, 100), "EDF header", "byte 0", "truncated");
        assertInvalid(java.util.Arrays.copyOf(b, 300), "signal headers", "truncated");
        assertInvalid(java.util.Arrays.copyOf(b, b.length - 1), "'numberOfDataRecords'", "byte 236", "truncated");
    }

    @Test
    void wrongMagic() {
        assertInvalid(TestFiles.withText(oneChannel().build(), 0, "1"), "'version'", "byte 0", "wrong magic");
        byte[] riff = TestFiles.withText(oneChannel().build(), 0, "RIFF");
        assertInvalid(riff, "wrong magic");
    }

    @Test
    void recordCountFarBeyondTheFileIsRejectedBeforeAllocating() {
        assertInvalid(oneChannel().recordsField("99999999").build(), "'numberOfDataRecords'", "99999999",
                "byte 236", "truncated");
        assertInvalid(oneChannel().recordsField("1e9").build(), "'numberOfDataRecords'", "not an integer");
        assertInvalid(oneChannel().recordsField("-5").build(), "'numberOfDataRecords'", "-5");
        // samples per record claiming ~2·10^8 in a tiny file
        byte[] huge = TestFiles.withText(oneChannel().build(), 256 + 216, "99999999");
        assertInvalid(huge, "'numberOfDataRecords'");
    }

    @Test
    void zeroOrNegativeCountsAndRates() {
        assertInvalid(TestFiles.withText(oneChannel().build(), 252, "0   "), "'numberOfSignals'", "byte 252",
                "at least one");
        assertInvalid(oneChannel().duration("0").build(), "'dataRecordDuration'", "byte 244", "must be > 0");
        assertInvalid(oneChannel().duration("-1").build(), "'dataRecordDuration'", "-1.0");
        assertInvalid(TestFiles.withText(oneChannel().build(), 256 + 216, "0       "), "'samplesPerRecord[0]'",
                "must be >= 1");
        assertInvalid(TestFiles.withText(oneChannel().build(), 256 + 216, "-4      "), "'samplesPerRecord[0]'");
    }

    @Test
    void inconsistentOrMalformedFields() {
        assertInvalid(TestFiles.withText(oneChannel().build(), 184, "999     "), "'headerBytes'", "256");
        assertInvalid(TestFiles.withText(oneChannel().build(), 244, "abc     "), "'dataRecordDuration'", "not a number");
        assertInvalid(TestFiles.withText(oneChannel().build(), 244, "NaN     "), "'dataRecordDuration'", "not a number");
        assertInvalid(TestFiles.withText(oneChannel().build(), 256 + 104, "NaN     "), "'physicalMinimum[0]'", "not a number");
        assertInvalid(TestFiles.withText(oneChannel().build(), 256 + 112, "Infinity"), "'physicalMaximum[0]'", "not a number");
        assertInvalid(TestFiles.withText(oneChannel().build(), 256 + 112, "1e999   "), "'physicalMaximum[0]'", "out of range");
        assertInvalid(TestFiles.withText(oneChannel().build(), 8, "\u0001"), "'patient'", "byte 8", "not printable");
        assertInvalid(oneChannel().start("31.02.14", "10.00.00").build(), "'startDate'", "not a valid date");
        assertInvalid(oneChannel().start("2014-4-1", "10.00.00").build(), "'startDate'", "dd.mm.yy");
        byte[] sameRange = EdfBytes.edf().records(1).channel("A", "uV", 5, 5, -10, 10, 1, (r, j) -> 0).build();
        assertInvalid(sameRange, "'physicalMinimum[0]'", "no scaling");
        byte[] badDigital = EdfBytes.edf().records(1).channel("A", "uV", -1, 1, 10, -10, 1, (r, j) -> 0).build();
        assertInvalid(badDigital, "'digitalMinimum[0]'", "min < max");
        byte[] outOfEdf = EdfBytes.edf().records(1).channel("A", "uV", -1, 1, -40000, 10, 1, (r, j) -> 0).build();
        assertInvalid(outOfEdf, "digital range", "-32768");
    }

    @Test
    void malformedAnnotations() {
        byte[] noSign = EdfBytes.edf().reserved("EDF+C").records(1)
                .annotations(10, r -> "0\u0014\u0014\u0000").build();
        assertInvalid(noSign, "annotation onset", "not a signed number");
        byte[] unclosed = EdfBytes.edf().reserved("EDF+C").records(1)
                .annotations(4, r -> "+0\u0014text").build();
        assertInvalid(unclosed, "annotation text");
    }

    @Test
    void nonFiniteScalingCannotOccur() {
        // physical extremes whose difference overflows a double have no usable scale
        byte[] b = EdfBytes.edf().records(1).channel("A", "uV", -1.7e308, 1.7e308, -10, 10, 1, (r, j) -> 0).build();
        assertInvalid(b, "'physicalMaximum[0]'", "no usable scale");
    }

    @Test
    void headerOnlyReadChecksTheSameThings() {
        EdfHeader h = EdfHeader.read(BinarySource.of("t.edf", EdfBytes.sample().build()));
        assertThat(h.channels()).extracting(EdfChannel::label).containsExactly("Fp1", "ECG", "EDF Annotations");
        assertThat(h.records()).isEqualTo(3);
        assertThat(h.recordBytes()).isEqualTo((8 + 2 + 20) * 2);
        assertThat(h.isPlus()).isTrue();
        assertThat(h.isDiscontinuous()).isFalse();
        assertThat(List.of(h.channels().get(0).gain())).containsExactly(200.0 / 4095);
    }
}
