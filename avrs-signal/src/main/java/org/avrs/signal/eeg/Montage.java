package org.avrs.signal.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Channel lists of the public EEG emotion data sets and their symmetric 10-20 pairs for DASM/RASM.
 *
 * <p>DEAP (Koelstra et al. 2012, doi:10.1109/T-AFFC.2011.15): 32 BioSemi channels in the order of its
 * preprocessed files; 14 pairs (Fp1-Fp2, AF3-AF4, F3-F4, F7-F8, FC5-FC6, FC1-FC2, C3-C4, T7-T8, CP5-CP6,
 * CP1-CP2, P3-P4, P7-P8, PO3-PO4, O1-O2); the midline Fz, Cz, Pz, Oz pair with nothing.
 *
 * <p>SEED (Zheng &amp; Lu 2015, doi:10.1109/TAMD.2015.2431497): 62 ESI NeuroScan channels in the order
 * of its channel-order file, spelled upper case as there; 27 pairs (the 62 less the 8 midline
 * FPZ, FZ, FCZ, CZ, CPZ, PZ, POZ, OZ), as the 27 DASM/RASM pairs of that paper: FP1-FP2, AF3-AF4,
 * F7-F8, F5-F6, F3-F4, F1-F2, FT7-FT8, FC5-FC6, FC3-FC4, FC1-FC2, T7-T8, C5-C6, C3-C4, C1-C2, TP7-TP8,
 * CP5-CP6, CP3-CP4, CP1-CP2, P7-P8, P5-P6, P3-P4, P1-P2, PO7-PO8, PO5-PO6, PO3-PO4, CB1-CB2, O1-O2.
 */
public final class Montage {

    /** DEAP's 32 EEG channels, in file order. */
    public static final List<String> DEAP_32 = List.of("Fp1", "AF3", "F3", "F7", "FC5", "FC1", "C3", "T7",
            "CP5", "CP1", "P3", "P7", "PO3", "O1", "Oz", "Pz", "Fp2", "AF4", "Fz", "F4", "F8", "FC6", "FC2", "Cz",
            "C4", "T8", "CP6", "CP2", "P4", "P8", "PO4", "O2");

    /** SEED's 62 channels, in file order. */
    public static final List<String> SEED_62 = List.of("FP1", "FPZ", "FP2", "AF3", "AF4", "F7", "F5", "F3",
            "F1", "FZ", "F2", "F4", "F6", "F8", "FT7", "FC5", "FC3", "FC1", "FCZ", "FC2", "FC4", "FC6", "FT8",
            "T7", "C5", "C3", "C1", "CZ", "C2", "C4", "C6", "T8", "TP7", "CP5", "CP3", "CP1", "CPZ", "CP2", "CP4",
            "CP6", "TP8", "P7", "P5", "P3", "P1", "PZ", "P2", "P4", "P6", "P8", "PO7", "PO5", "PO3", "POZ",
            "PO4", "PO6", "PO8", "CB1", "O1", "OZ", "O2", "CB2");

    /** DEAP's 14 symmetric pairs. */
    public static final List<ChannelPair> DEAP_PAIRS = pairs("Fp1-Fp2", "AF3-AF4", "F3-F4", "F7-F8",
            "FC5-FC6", "FC1-FC2", "C3-C4", "T7-T8", "CP5-CP6", "CP1-CP2", "P3-P4", "P7-P8", "PO3-PO4", "O1-O2");

    /** SEED's 27 symmetric pairs. */
    public static final List<ChannelPair> SEED_PAIRS = pairs("FP1-FP2", "AF3-AF4", "F7-F8", "F5-F6", "F3-F4",
            "F1-F2", "FT7-FT8", "FC5-FC6", "FC3-FC4", "FC1-FC2", "T7-T8", "C5-C6", "C3-C4", "C1-C2", "TP7-TP8",
            "CP5-CP6", "CP3-CP4", "CP1-CP2", "P7-P8", "P5-P6", "P3-P4", "P1-P2", "PO7-PO8", "PO5-PO6", "PO3-PO4",
            "CB1-CB2", "O1-O2");

    private Montage() {
    }

    /**
     * The pairs of DEAP's and SEED's lists (together, without repeats) whose two channels are both among
     * {@code channelNames}, spelled as in {@code channelNames}. The order is DEAP's pairs, then SEED's
     * others. Names match ignoring case ("Fp1" and "FP1" are one electrode), an EDF+ type prefix "EEG "
     * and a reference suffix "-REF" ("EEG Fp1-REF" is Fp1), and the old 10-20 names T3, T4, T5, T6 stand
     * for T7, T8, P7, P8.
     */
    public static List<ChannelPair> pairsIn(List<String> channelNames) {
        List<ChannelPair> all = new ArrayList<>(DEAP_PAIRS);
        for (ChannelPair p : SEED_PAIRS) {
            if (all.stream().noneMatch(q -> q.label().equalsIgnoreCase(p.label()))) {
                all.add(p);
            }
        }
        return pairsIn(all, channelNames);
    }

    /** The given pairs present in {@code channelNames} (matched as above), spelled as there, in order. */
    public static List<ChannelPair> pairsIn(List<ChannelPair> pairs, List<String> channelNames) {
        List<ChannelPair> out = new ArrayList<>();
        for (ChannelPair p : pairs) {
            String l = find(channelNames, p.left());
            String r = find(channelNames, p.right());
            if (l != null && r != null) {
                out.add(new ChannelPair(l, r));
            }
        }
        return List.copyOf(out);
    }

    private static String find(List<String> names, String wanted) {
        for (String n : names) {
            if (electrode(n).equals(wanted.toUpperCase(Locale.ROOT))) {
                return n;
            }
        }
        return null;
    }

    /** The electrode of a channel label: upper case, without "EEG " before or "-REF" after it, new 10-20 name. */
    static String electrode(String label) {
        String e = label.strip().toUpperCase(Locale.ROOT);
        if (e.startsWith("EEG ")) {
            e = e.substring(4).strip();
        }
        e = e.endsWith("-REF") ? e.substring(0, e.length() - 4) : e;
        return switch (e) {
            case "T3" -> "T7";
            case "T4" -> "T8";
            case "T5" -> "P7";
            case "T6" -> "P8";
            default -> e;
        };
    }

    private static List<ChannelPair> pairs(String... labels) {
        List<ChannelPair> out = new ArrayList<>();
        for (String s : labels) {
            String[] lr = s.split("-");
            out.add(new ChannelPair(lr[0], lr[1]));
        }
        return List.copyOf(out);
    }
}
