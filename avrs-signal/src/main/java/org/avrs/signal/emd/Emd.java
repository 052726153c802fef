package org.avrs.signal.emd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.signal.Checks;

/**
 * Empirical mode decomposition (Huang et al. 1998, doi:10.1098/rspa.1998.0193): starting from r = x,
 * repeatedly sift the first IMF c out of r (see {@link SiftingRule}) and set r ← r − c, until r has
 * fewer than 3 extrema (monotonic residue, the stop of Rilling et al. 2003), or {@code maxImfs} IMFs
 * have been taken, or the residue is negligible: 10·log₁₀(Σx²/Σr²) ≥ {@code stopDb} (default 60 dB;
 * without it a pure sine would go on to IMFs of rounding noise, 1e-30 of its energy). Envelopes are cubic splines through the extrema ({@link CubicSpline}, end
 * condition configurable) extended past the ends by mirrored extrema ({@link EndMirror}, Rilling et al.
 * 2003). Works in samples: time is the sample index.
 *
 * <p>Degenerate input: a signal with fewer than 3 extrema (constant, monotonic, 1 or 2 samples) gives no
 * IMF and itself as residue; an empty or non-finite signal is refused. Σ IMFs + residue equals x up to
 * rounding (about 1e-15 relative).
 *
 * <p>Immutable and thread-safe; each call allocates its own work arrays once.
 */
public final class Emd {

    /**
     * @param sifting when the sifting of one IMF stops (P7: 10 fixed siftings)
     * @param ends the spline end condition of the envelopes (not-a-knot as MATLAB's spline and
     *     Rilling's emd.m)
     * @param maxImfs at most this many IMFs, ≥ 1
     * @param stopDb stop once the residue energy is this many dB below the input's, &gt; 0 (IMEMD uses
     *     its own ε₁ instead)
     */
    public record Config(SiftingRule sifting, EndCondition ends, int maxImfs, double stopDb) {
        public Config {
            Objects.requireNonNull(sifting, "sifting");
            Objects.requireNonNull(ends, "ends");
            Checks.positive("maxImfs", maxImfs);
            Checks.positive("stopDb", stopDb);
        }

        /** 10 fixed siftings, not-a-knot splines, at most 32 IMFs, stop 60 dB below the input energy. */
        public static Config defaults() {
            return new Config(SiftingRule.defaults(), EndCondition.NOT_A_KNOT, 32, 60.0);
        }

        public Config withSifting(SiftingRule s) {
            return new Config(s, ends, maxImfs, stopDb);
        }

        public Config withEnds(EndCondition e) {
            return new Config(sifting, e, maxImfs, stopDb);
        }

        public Config withMaxImfs(int m) {
            return new Config(sifting, ends, m, stopDb);
        }

        public Config withStopDb(double db) {
            return new Config(sifting, ends, maxImfs, db);
        }
    }

    private final Config config;

    public Emd(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    /**
     * The decomposition of x (not modified).
     *
     * @throws IllegalArgumentException if x is empty or holds a NaN or infinity (naming the index)
     */
    public Decomposition decompose(double[] x) {
        checkSignal(x);
        int n = x.length;
        Sifter sifter = new Sifter(n, config.ends());
        double[] r = x.clone();
        double inputEnergy = energy(x);
        List<double[]> imfs = new ArrayList<>();
        Decomposition.Stop stop;
        while (true) {
            if (sifter.extrema(r) < 3) {
                stop = Decomposition.Stop.MONOTONIC_RESIDUE;
                break;
            }
            if (negligible(inputEnergy, energy(r), config.stopDb())) {
                stop = Decomposition.Stop.ENERGY_RATIO;
                break;
            }
            if (imfs.size() == config.maxImfs()) {
                stop = Decomposition.Stop.MAX_IMFS;
                break;
            }
            double[] c = r.clone();
            sifter.sift(c, config.sifting());
            for (int i = 0; i < n; i++) {
                r[i] -= c[i];
            }
            imfs.add(c);
        }
        return new Decomposition(imfs.toArray(new double[0][]), r, stop);
    }

    /**
     * EMD₁(x): the first IMF alone, as sifted from x. If x has fewer than 3 extrema no sifting is
     * possible and the result is a copy of x.
     *
     * @throws IllegalArgumentException if x is empty or not finite
     */
    public double[] firstImf(double[] x) {
        checkSignal(x);
        double[] c = x.clone();
        new Sifter(x.length, config.ends()).sift(c, config.sifting());
        return c;
    }

    /** Whether 10·log₁₀(inputEnergy/residueEnergy) ≥ stopDb (a zero residue always is). */
    static boolean negligible(double inputEnergy, double residueEnergy, double stopDb) {
        return residueEnergy == 0 || 10 * Math.log10(inputEnergy / residueEnergy) >= stopDb;
    }

    static double energy(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return s;
    }

    static void checkSignal(double[] x) {
        Checks.finite("x", x);
        if (x.length == 0) {
            throw new IllegalArgumentException("x is empty; EMD needs at least one sample");
        }
    }
}
