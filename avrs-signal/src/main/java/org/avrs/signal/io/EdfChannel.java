package org.avrs.signal.io;

/**
 * One signal's header in an EDF/BDF file (256 bytes of ASCII fields per signal).
 *
 * <p>Digital to physical: phys = physicalMin + (dig − digitalMin) · (physicalMax − physicalMin) /
 * (digitalMax − digitalMin), computed as {@link #gain()} · dig + {@link #offset()} (Kemp et al. 1992,
 * EDF, doi:10.1016/0013-4694(92)90009-7). Digital values outside [digitalMin, digitalMax] are scaled
 * the same way, not clipped.
 *
 * @param label e.g. "Fp1", "EDF Annotations" (trimmed)
 * @param transducer e.g. "AgAgCl electrode"
 * @param physicalDimension the unit, e.g. "uV"
 * @param samplesPerRecord samples of this signal in each data record, &gt;= 1
 */
public record EdfChannel(String label, String transducer, String physicalDimension, double physicalMin,
                         double physicalMax, int digitalMin, int digitalMax, String prefilter, int samplesPerRecord) {

    /** Physical units per digital step, (physicalMax − physicalMin) / (digitalMax − digitalMin). */
    public double gain() {
        return (physicalMax - physicalMin) / ((double) digitalMax - digitalMin);
    }

    /** physicalMin − gain · digitalMin. */
    public double offset() {
        return physicalMin - gain() * digitalMin;
    }

    /** True for the EDF+/BDF+ annotation signal, which carries TALs instead of samples. */
    public boolean isAnnotations() {
        return label.equals("EDF Annotations") || label.equals("BDF Annotations");
    }
}
