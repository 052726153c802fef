package org.avrs.signal.physio;

import java.util.List;

/**
 * Heart-rate variability of one record (see {@link Hrv} for the definitions). Values that cannot be
 * computed (too few beats, too short a record) are NaN and {@link #warnings()} says why.
 *
 * @param beats the number of peaks used
 * @param hrMean mean heart rate, beats per minute: mean of 60000/RRₖ
 * @param meanNn mean RR interval, ms
 * @param sdnn standard deviation of the RR intervals (n − 1), ms
 * @param rmssd root mean square of successive RR differences, ms
 * @param pnn50 percentage of successive differences over 50 ms, among all RR intervals
 * @param lf power of the interpolated RR series in the LF band, ms²
 * @param hf power in the HF band, ms²
 * @param lfHf lf / hf
 * @param warnings what limits these values
 */
public record HrvResult(int beats, double hrMean, double meanNn, double sdnn, double rmssd, double pnn50,
                        double lf, double hf, double lfHf, List<String> warnings) {

    /** The column names of {@link #values()}. */
    public static final List<String> COLUMNS = List.of("beats", "hr_mean", "mean_nn", "sdnn", "rmssd", "pnn50",
            "lf", "hf", "lf_hf");

    public HrvResult {
        warnings = List.copyOf(warnings);
    }

    /** The values in {@link #COLUMNS} order. */
    public double[] values() {
        return new double[] {beats, hrMean, meanNn, sdnn, rmssd, pnn50, lf, hf, lfHf};
    }
}
