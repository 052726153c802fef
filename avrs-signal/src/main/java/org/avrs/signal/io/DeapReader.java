package org.avrs.signal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;

/**
 * Reads a participant file {@code sXX.mat} of DEAP's preprocessed data (Koelstra et al. 2012, "DEAP: A
 * Database for Emotion Analysis Using Physiological Signals", IEEE Trans. Affective Computing 3(1),
 * doi:10.1109/T-AFFC.2011.15): variable {@code data}, trials × 40 channels × samples (40 × 40 × 8064:
 * 3 s baseline + 60 s video at 128 Hz), and {@code labels}, trials × 4 (valence, arousal, dominance,
 * liking). Each trial becomes a {@link DeapTrial}.
 *
 * <p>Channel order (the "Geneva" order of the preprocessed files, per DEAP's data description):
 * channels 1–32 EEG Fp1, AF3, F3, F7, FC5, FC1, C3, T7, CP5, CP1, P3, P7, PO3, O1, Oz, Pz, Fp2, AF4,
 * Fz, F4, F8, FC6, FC2, Cz, C4, T8, CP6, CP2, P4, P8, PO4, O2; then 33 hEOG (horizontal EOG), 34 vEOG,
 * 35 zEMG (zygomaticus major), 36 tEMG (trapezius), 37 GSR, 38 Resp (respiration belt), 39 Plet
 * (plethysmograph), 40 Temp (temperature). Units: "uV" for EEG, EOG and EMG; "Ohm" for GSR (DEAP
 * converted Twente's GSR to Geneva's Ohm); "" (not documented) for Resp, Plet and Temp.
 *
 * <p>Any number of trials and samples is accepted (synthetic files are small); the channel count
 * must be 40.
 */
public final class DeapReader {

    /** Channel names in file order. */
    public static final List<String> CHANNELS = List.of("Fp1", "AF3", "F3", "F7", "FC5", "FC1", "C3", "T7", "CP5",
            "CP1", "P3", "P7", "PO3", "O1", "Oz", "Pz", "Fp2", "AF4", "Fz", "F4", "F8", "FC6", "FC2", "Cz", "C4", "T8",
            "CP6", "CP2", "P4", "P8", "PO4", "O2", "hEOG", "vEOG", "zEMG", "tEMG", "GSR", "Resp", "Plet", "Temp");
    /** Units per channel, in {@link #CHANNELS} order. */
    public static final List<String> UNITS;
    /** Samples per second of the preprocessed data. */
    public static final double SAMPLE_RATE = 128;

    static {
        List<String> u = new ArrayList<>(Collections.nCopies(36, "uV"));
        u.addAll(List.of("Ohm", "", "", ""));
        UNITS = List.copyOf(u);
    }

    private DeapReader() {
    }

    public static List<DeapTrial> read(Path path) {
        try (BinarySource src = BinarySource.open(path)) {
            return read(src);
        }
    }

    /**
     * @throws InvalidInputException if {@code data} or {@code labels} is missing, has another shape, or
     *     holds a non-finite value
     */
    public static List<DeapTrial> read(BinarySource src) {
        MatReader mat = MatReader.open(src);
        MatReader.NumericArray data = mat.numeric("data");
        int[] d = data.dims();
        if (d.length != 3 || d[1] != CHANNELS.size() || d[0] < 1) {
            throw new InvalidInputException(src.name(), "MAT variable 'data'", "dimensions " + Arrays.toString(d)
                    + "; expected trials × 40 × samples");
        }
        MatReader.NumericArray labels = mat.numeric("labels");
        int[] l = labels.dims();
        if (l.length != 2 || l[0] != d[0] || l[1] != 4) {
            throw new InvalidInputException(src.name(), "MAT variable 'labels'", "dimensions " + Arrays.toString(l)
                    + "; expected " + d[0] + " trials × 4 ratings");
        }
        int trials = d[0];
        int channels = CHANNELS.size();
        int samples = d[2];
        double[][][] x = new double[trials][channels][samples];
        double[] v = data.values();
        // File order is column-major (trial fastest). Copy 8 trials at a time, so that each cache line read
        // from v (8 consecutive trials of one channel and sample) is used whole.
        for (int t0 = 0; t0 < trials; t0 += 8) {
            int t1 = Math.min(trials, t0 + 8);
            for (int s = 0; s < samples; s++) {
                for (int c = 0; c < channels; c++) {
                    int k = trials * (c + channels * s);
                    for (int t = t0; t < t1; t++) {
                        x[t][c][s] = v[k + t];
                    }
                }
            }
        }
        List<DeapTrial> out = new ArrayList<>(trials);
        for (int t = 0; t < trials; t++) {
            Signal signal = Signal.builder().sampleRate(SAMPLE_RATE).channelsOwned(x[t]).names(CHANNELS).units(UNITS)
                    .build();
            out.add(new DeapTrial(t + 1, signal, labels.get(t, 0), labels.get(t, 1), labels.get(t, 2), labels.get(t, 3)));
        }
        return out;
    }
}
