package org.avrs.signal.dsp;

/**
 * A complex number for filter design (poles and zeros). Arithmetic follows NumPy's, so that designs
 * agree with SciPy's to rounding: a real scalar is promoted to (s, 0), division is Smith's algorithm,
 * and {@link #sqrt()} is the principal root with the branch cut on the negative real axis.
 */
record Complex(double re, double im) {

    static final Complex ZERO = new Complex(0, 0);
    static final Complex ONE = new Complex(1, 0);

    static Complex real(double x) {
        return new Complex(x, 0);
    }

    /** e^{iθ}. */
    static Complex unit(double theta) {
        return new Complex(Math.cos(theta), Math.sin(theta));
    }

    boolean isReal() {
        return im == 0;
    }

    Complex plus(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    Complex minus(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    Complex negate() {
        return new Complex(-re, -im);
    }

    Complex conj() {
        return new Complex(re, -im);
    }

    Complex times(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    Complex times(double s) {
        return times(real(s));
    }

    Complex dividedBy(Complex o) {
        double ar = Math.abs(o.re);
        double ai = Math.abs(o.im);
        if (ar >= ai) {
            if (ar == 0 && ai == 0) {
                return new Complex(re / ar, im / ai);
            }
            double rat = o.im / o.re;
            double scl = 1.0 / (o.re + o.im * rat);
            return new Complex((re + im * rat) * scl, (im - re * rat) * scl);
        }
        double rat = o.re / o.im;
        double scl = 1.0 / (o.im + o.re * rat);
        return new Complex((re * rat + im) * scl, (im * rat - re) * scl);
    }

    Complex dividedBy(double s) {
        return dividedBy(real(s));
    }

    double abs() {
        return Math.hypot(re, im);
    }

    /** The principal square root (C99 csqrt). */
    Complex sqrt() {
        if (re == 0 && im == 0) {
            return new Complex(0, im);
        }
        double t = Math.sqrt((Math.abs(re) + abs()) / 2);
        if (re >= 0) {
            return new Complex(t, im / (2 * t));
        }
        return new Complex(Math.abs(im) / (2 * t), Math.copySign(t, im));
    }

    /** The product of all values (1 for none). */
    static Complex product(Complex[] values) {
        Complex p = ONE;
        for (Complex v : values) {
            p = p.times(v);
        }
        return p;
    }
}
