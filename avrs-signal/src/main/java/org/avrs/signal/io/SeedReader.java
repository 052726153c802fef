package org.avrs.signal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;

/**
 * Reads a session file of SEED's {@code Preprocessed_EEG} (Zheng &amp; Lu 2015, "Investigating Critical
 * Frequency Bands and Channels for EEG-based Emotion Recognition with Deep Neural Networks", IEEE
 * Trans. Autonomous Mental Development 7(3), doi:10.1109/TAMD.2015.2431497; SEED-IV uses the same
 * layout): one variable per trial named {@code <subject>_eeg<k>} (e.g. {@code djc_eeg1} …
 * {@code djc_eeg15}), each 62 channels × samples at 200 Hz (downsampled, 0–75 Hz band-passed), in µV.
 * Other variables are ignored. Trials are returned in order of k.
 *
 * <p>Channel order: SEED's {@code channel-order} list for the 62-channel ESI NeuroScan cap (10–20
 * extended): FP1, FPZ, FP2, AF3, AF4, F7, F5, F3, F1, FZ, F2, F4, F6, F8, FT7, FC5, FC3, FC1, FCZ, FC2,
 * FC4, FC6, FT8, T7, C5, C3, C1, CZ, C2, C4, C6, T8, TP7, CP5, CP3, CP1, CPZ, CP2, CP4, CP6, TP8, P7, P5,
 * P3, P1, PZ, P2, P4, P6, P8, PO7, PO5, PO3, POZ, PO4, PO6, PO8, CB1, O1, OZ, O2, CB2.
 */
public final class SeedReader {

    /** Channel names in row order of each trial variable. */
    public static final List<String> CHANNELS = List.of("FP1", "FPZ", "FP2", "AF3", "AF4", "F7", "F5", "F3", "F1",
            "FZ", "F2", "F4", "F6", "F8", "FT7", "FC5", "FC3", "FC1", "FCZ", "FC2", "FC4", "FC6", "FT8", "T7", "C5", "C3",
            "C1", "CZ", "C2", "C4", "C6", "T8", "TP7", "CP5", "CP3", "CP1", "CPZ", "CP2", "CP4", "CP6", "TP8", "P7", "P5",
            "P3", "P1", "PZ", "P2", "P4", "P6", "P8", "PO7", "PO5", "PO3", "POZ", "PO4", "PO6", "PO8", "CB1", "O1", "OZ",
            "O2", "CB2");
    /** Samples per second of the preprocessed data. */
    public static final double SAMPLE_RATE = 200;

    private static final Pattern TRIAL = Pattern.compile("([A-Za-z0-9]+)_eeg(\\d{1,4})");

    private SeedReader() {
    }

    public static List<SeedTrial> read(Path path) {
        try (BinarySource src = BinarySource.open(path)) {
            return read(src);
        }
    }

    /**
     * @throws InvalidInputException if no variable is named like a trial, two name the same trial, or a
     *     trial is not 62 × samples of finite values
     */
    public static List<SeedTrial> read(BinarySource src) {
        MatReader mat = MatReader.open(src);
        List<SeedTrial> out = new ArrayList<>();
        Map<Integer, String> seen = new HashMap<>();
        for (MatReader.Variable v : mat.variables()) {
            Matcher m = TRIAL.matcher(v.name());
            if (!m.matches()) {
                continue;
            }
            int trial = Integer.parseInt(m.group(2));
            String before = seen.put(trial, v.name());
            if (before != null) {
                throw new InvalidInputException(src.name(), "MAT variable '" + v.name() + "'", "trial " + trial
                        + " appears twice (also '" + before + "')");
            }
            out.add(new SeedTrial(v.name(), trial, trialSignal(src, mat.numeric(v.name()))));
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(src.name(), "MAT variables", "none named <subject>_eeg<k>; found "
                    + mat.variables().stream().map(MatReader.Variable::name).toList());
        }
        out.sort(Comparator.comparingInt(SeedTrial::trial));
        return out;
    }

    private static Signal trialSignal(BinarySource src, MatReader.NumericArray a) {
        int[] d = a.dims();
        if (d.length != 2 || d[0] != CHANNELS.size()) {
            throw new InvalidInputException(src.name(), "MAT variable '" + a.name() + "'", "dimensions "
                    + Arrays.toString(d) + "; expected 62 channels × samples");
        }
        double[][] x = new double[d[0]][d[1]];
        double[] v = a.values();
        for (int c = 0; c < d[0]; c++) {
            for (int s = 0; s < d[1]; s++) {
                x[c][s] = v[c + d[0] * s];
            }
        }
        return Signal.builder().sampleRate(SAMPLE_RATE).channelsOwned(x).names(CHANNELS).unit("uV").build();
    }
}
