package org.avrs.signal.dsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Zeros, poles and gain → second-order sections by SciPy's {@code zpk2sos} algorithm with pairing
 * "nearest" (its default for digital filters), so that section order and pairing equal SciPy's:
 * pad poles and zeros to equal, even counts with zeros at the origin; keep one member of each
 * conjugate pair (sorted as {@code _cplxreal}); then, from the last section to the first, take the pole
 * closest to the unit circle and pair it with its conjugate (or the next worst real pole) and with the
 * nearest zero(s); finally put the gain into the first section's numerator.
 */
final class ZpkToSos {

    /** 100 machine epsilons: the tolerance of _cplxreal for "real" and for matching conjugates. */
    private static final double TOL = 100 * Math.ulp(1.0);

    private enum Kind { ANY, REAL, COMPLEX }

    private ZpkToSos() {
    }

    static double[][] convert(Complex[] zeros, Complex[] poles, double gain) {
        if (zeros.length == 0 && poles.length == 0) {
            return new double[][] {{gain, 0, 0, 1, 0, 0}};
        }
        List<Complex> z = new ArrayList<>(List.of(zeros));
        List<Complex> p = new ArrayList<>(List.of(poles));
        while (p.size() < z.size()) {
            p.add(Complex.ZERO);
        }
        while (z.size() < p.size()) {
            z.add(Complex.ZERO);
        }
        int sections = (p.size() + 1) / 2;
        if (p.size() % 2 == 1) {
            p.add(Complex.ZERO);
            z.add(Complex.ZERO);
        }
        z = halves(z);
        p = halves(p);
        double[][] sos = new double[sections][];
        for (int si = sections - 1; si >= 0; si--) {
            Complex p1 = p.remove(worst(p, Kind.ANY));
            if (p1.isReal() && count(p, Kind.REAL) == 0) {
                // the last real pole: pair it with the nearest real zero, each with a root at the origin
                Complex z1 = z.remove(nearest(z, p1, Kind.REAL));
                sos[si] = section(new Complex[] {z1, Complex.ZERO}, new Complex[] {p1, Complex.ZERO});
            } else if (p.size() + 1 == z.size() && !p1.isReal() && count(p, Kind.REAL) == 1
                    && count(z, Kind.REAL) == 1) {
                // one real pole and one real zero left: this complex pole must take a complex zero
                Complex z1 = z.remove(nearest(z, p1, Kind.COMPLEX));
                sos[si] = section(new Complex[] {z1, z1.conj()}, new Complex[] {p1, p1.conj()});
            } else {
                Complex p2 = p1.isReal() ? p.remove(worst(p, Kind.REAL)) : p1.conj();
                if (z.isEmpty()) {
                    sos[si] = section(new Complex[0], new Complex[] {p1, p2});
                } else {
                    Complex z1 = z.remove(nearest(z, p1, Kind.ANY));
                    if (!z1.isReal()) {
                        sos[si] = section(new Complex[] {z1, z1.conj()}, new Complex[] {p1, p2});
                    } else if (!z.isEmpty()) {
                        Complex z2 = z.remove(nearest(z, p1, Kind.REAL));
                        sos[si] = section(new Complex[] {z1, z2}, new Complex[] {p1, p2});
                    } else {
                        sos[si] = section(new Complex[] {z1}, new Complex[] {p1, p2});
                    }
                }
            }
        }
        for (int j = 0; j < 3; j++) {
            sos[0][j] *= gain;
        }
        return sos;
    }

    /**
     * SciPy's _cplxreal: the positive-imaginary member of each conjugate pair (averaged with its
     * partner), sorted by real part and, among equal real parts, by |imag|; then the real values sorted.
     */
    static List<Complex> halves(List<Complex> values) {
        List<Complex> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingDouble(Complex::re).thenComparingDouble(c -> Math.abs(c.im())));
        List<Complex> reals = new ArrayList<>();
        List<Complex> positive = new ArrayList<>();
        List<Complex> negative = new ArrayList<>();
        for (Complex c : sorted) {
            if (Math.abs(c.im()) <= TOL * c.abs()) {
                reals.add(Complex.real(c.re()));
            } else if (c.im() > 0) {
                positive.add(c);
            } else {
                negative.add(c);
            }
        }
        if (positive.size() != negative.size()) {
            throw new IllegalArgumentException("a complex pole or zero has no matching conjugate");
        }
        sortRunsOfEqualRealPart(positive, negative);
        List<Complex> out = new ArrayList<>();
        for (int i = 0; i < positive.size(); i++) {
            Complex zp = positive.get(i);
            Complex zn = negative.get(i);
            if (zp.minus(zn.conj()).abs() > TOL * zn.abs()) {
                throw new IllegalArgumentException("a complex pole or zero has no matching conjugate");
            }
            out.add(zp.plus(zn.conj()).dividedBy(2.0));
        }
        out.addAll(reals);
        return out;
    }

    /**
     * Within runs of (nearly) equal real part — found on the positive halves, as SciPy does — order both
     * halves by |imag|.
     */
    private static void sortRunsOfEqualRealPart(List<Complex> positive, List<Complex> negative) {
        Comparator<Complex> byImag = Comparator.comparingDouble(c -> Math.abs(c.im()));
        int start = 0;
        while (start < positive.size()) {
            int stop = start + 1;
            while (stop < positive.size()
                    && positive.get(stop).re() - positive.get(stop - 1).re() <= TOL * positive.get(stop - 1).abs()) {
                stop++;
            }
            positive.subList(start, stop).sort(byImag);
            negative.subList(start, stop).sort(byImag);
            start = stop;
        }
    }

    /** The index of the first value of a kind closest to the unit circle (min |1 − |p||). */
    private static int worst(List<Complex> values, Kind kind) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < values.size(); i++) {
            if (!matches(values.get(i), kind)) {
                continue;
            }
            double d = Math.abs(1 - values.get(i).abs());
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return checkedIndex(best, kind);
    }

    /** The index of the first value of a kind nearest to {@code to} (a stable argsort's first). */
    private static int nearest(List<Complex> values, Complex to, Kind kind) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < values.size(); i++) {
            if (!matches(values.get(i), kind)) {
                continue;
            }
            double d = values.get(i).minus(to).abs();
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return checkedIndex(best, kind);
    }

    private static int checkedIndex(int index, Kind kind) {
        if (index < 0) {
            throw new IllegalStateException("no " + kind.name().toLowerCase() + " root left to pair");
        }
        return index;
    }

    private static boolean matches(Complex c, Kind kind) {
        return switch (kind) {
            case ANY -> true;
            case REAL -> c.isReal();
            case COMPLEX -> !c.isReal();
        };
    }

    private static int count(List<Complex> values, Kind kind) {
        return (int) values.stream().filter(c -> matches(c, kind)).count();
    }

    /** One section [b0 b1 b2 1 a1 a2]: numerator and denominator polynomials from their roots, right-aligned. */
    private static double[] section(Complex[] zeros, Complex[] poles) {
        double[] sos = new double[6];
        double[] b = poly(zeros);
        double[] a = poly(poles);
        System.arraycopy(b, 0, sos, 3 - b.length, b.length);
        System.arraycopy(a, 0, sos, 6 - a.length, a.length);
        return sos;
    }

    /** The monic polynomial with the given roots (at most two, real or a conjugate pair), highest power first. */
    private static double[] poly(Complex[] roots) {
        return switch (roots.length) {
            case 0 -> new double[] {1.0};
            case 1 -> new double[] {1.0, -roots[0].re()};
            default -> new double[] {1.0, -(roots[0].re() + roots[1].re()), roots[0].times(roots[1]).re()};
        };
    }
}
