package org.avrs.sensing.eeg;

import org.avrs.core.data.Dataset;

/** Small helpers on predicted probabilities. */
final class Scores {

    private Scores() {
    }

    /** The most probable class of each row (the first on ties). */
    static int[] argmax(double[][] probabilities) {
        int[] out = new int[probabilities.length];
        for (int i = 0; i < out.length; i++) {
            double[] p = probabilities[i];
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** The fraction of the data's samples whose argmax class is their label. */
    static double accuracy(Dataset<?> data, double[][] probabilities) {
        int[] predicted = argmax(probabilities);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == data.get(i).label()) {
                correct++;
            }
        }
        return predicted.length == 0 ? Double.NaN : (double) correct / predicted.length;
    }
}
