package org.avrs.signal.speech;

import org.avrs.signal.Checks;

/**
 * Power to decibels, librosa.power_to_db: S_dB = 10·log₁₀(max(amin, S)) − 10·log₁₀(max(amin, ref)), then
 * floored at max(S_dB) − topDb, the maximum taken over the <em>whole</em> input (all frames and bands
 * of one signal), so one value depends on the loudest frame of its signal. Immutable.
 */
public final class PowerToDb {

    /**
     * @param ref reference power (0 dB), &gt; 0
     * @param amin floor on power before the log, &gt; 0
     * @param topDb dynamic range kept below the maximum, &gt; 0; {@code Double.POSITIVE_INFINITY} keeps all
     */
    public record Config(double ref, double amin, double topDb) {
        public Config {
            Checks.positive("ref", ref);
            Checks.positive("amin", amin);
            if (!(topDb > 0)) {
                throw new IllegalArgumentException("topDb " + topDb + " must be > 0 (or +Infinity for no floor)");
            }
        }

        /** librosa's defaults: ref 1, amin 1e-10, topDb 80. */
        public static Config defaults() {
            return new Config(1.0, 1e-10, 80.0);
        }
    }

    /** 10/ln 10: 10·log₁₀(v) is computed as this times ln v (Math.log is the faster intrinsic). */
    static final double DB_PER_NEPER = 10.0 / Math.log(10.0);

    private final Config config;
    private final double refDb;

    public PowerToDb(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
        this.refDb = DB_PER_NEPER * Math.log(Math.max(config.amin(), config.ref()));
    }

    public Config config() {
        return config;
    }

    /** 10·log₁₀(max(amin, ref)), subtracted from every value. */
    double refDb() {
        return refDb;
    }

    /** The dB values of a power array [frame][band] (a new array). */
    public double[][] apply(double[][] power) {
        double[][] out = new double[power.length][];
        for (int t = 0; t < power.length; t++) {
            out[t] = power[t].clone();
            toDbInPlace(out[t]);
        }
        floorInPlace(out);
        return out;
    }

    /** Step 1, in place: 10·log₁₀(max(amin, v)) − 10·log₁₀(max(amin, ref)); returns the row's maximum. */
    public double toDbInPlace(double[] row) {
        double amin = config.amin();
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < row.length; i++) {
            double db = DB_PER_NEPER * Math.log(Math.max(amin, row[i])) - refDb;
            row[i] = db;
            max = Math.max(max, db);
        }
        return max;
    }

    /** Step 2, in place: the floor max − topDb over all rows. */
    public void floorInPlace(double[][] db) {
        if (config.topDb() == Double.POSITIVE_INFINITY) {
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : db) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        double floor = max - config.topDb();
        for (double[] row : db) {
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.max(row[i], floor);
            }
        }
    }
}
