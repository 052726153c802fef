package org.avrs.recommend.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;
import org.avrs.recommend.data.TrainTest;

/**
 * Evaluation protocols that split one interaction log into train/test parts sharing its id maps. All
 * randomness comes from the given seed. Per-viewer protocols keep every viewer on both sides (a viewer
 * with a single interaction stays in train); cold-start protocols put whole viewers or videos in test.
 */
public final class Splits {

    private Splits() {
    }

    /**
     * Per-viewer random holdout: each viewer's interactions are shuffled and the first round(f·n) go to
     * test (the protocol of the shared split-seed42, with Java's generator instead of numpy's).
     *
     * @param fraction f in (0, 1)
     */
    public static TrainTest holdout(InteractionLog log, double fraction, long seed) {
        checkFraction(fraction);
        SplittableRandom rnd = new SplittableRandom(seed);
        SparseRows rows = log.byViewer();
        boolean[] test = new boolean[log.size()];
        for (int u = 0; u < rows.size(); u++) {
            int[] mine = shuffledRows(rows, u, rnd);
            int nTest = (int) Math.round(fraction * mine.length);
            if (nTest == mine.length) {
                nTest--; // keep at least one training interaction
            }
            for (int i = 0; i < nTest; i++) {
                test[mine[i]] = true;
            }
        }
        return split(log, test);
    }

    /** Leave-last-out: each viewer's latest interaction (by time; the later row on ties) goes to test. */
    public static TrainTest leaveLastOut(InteractionLog log) {
        SparseRows rows = log.byViewer();
        boolean[] test = new boolean[log.size()];
        for (int u = 0; u < rows.size(); u++) {
            if (rows.count(u) < 2) {
                continue;
            }
            int last = -1;
            for (int p = rows.start(u); p < rows.end(u); p++) {
                int r = rows.logRow(p);
                if (last < 0 || log.time(r) > log.time(last) || (log.time(r) == log.time(last) && r > last)) {
                    last = r;
                }
            }
            test[last] = true;
        }
        return split(log, test);
    }

    /**
     * Per-viewer k-fold cross-validation: each viewer's shuffled interactions are dealt round-robin to
     * k folds; fold f is the test part of the f-th split.
     *
     * @param folds k ≥ 2
     */
    public static List<TrainTest> kFold(InteractionLog log, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds " + folds + " must be >= 2");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        SparseRows rows = log.byViewer();
        int[] fold = new int[log.size()];
        for (int u = 0; u < rows.size(); u++) {
            int[] mine = shuffledRows(rows, u, rnd);
            for (int i = 0; i < mine.length; i++) {
                fold[mine[i]] = i % folds;
            }
        }
        List<TrainTest> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            boolean[] test = new boolean[log.size()];
            for (int r = 0; r < test.length; r++) {
                test[r] = fold[r] == f;
            }
            out.add(split(log, test));
        }
        return out;
    }

    /** Cold-start viewers: a random fraction of viewers with all their interactions in test. */
    public static TrainTest coldStartViewers(InteractionLog log, double fraction, long seed) {
        return coldStart(log, log.viewers().size(), log::viewer, fraction, seed);
    }

    /** Cold-start videos: a random fraction of videos with all their interactions in test. */
    public static TrainTest coldStartVideos(InteractionLog log, double fraction, long seed) {
        return coldStart(log, log.videos().size(), log::video, fraction, seed);
    }

    /** Puts every row whose key (viewer or video) is among a random fraction of the keys in test. */
    private static TrainTest coldStart(InteractionLog log, int keys, java.util.function.IntUnaryOperator keyOfRow,
            double fraction, long seed) {
        checkFraction(fraction);
        boolean[] chosen = choose(keys, fraction, seed);
        boolean[] test = new boolean[log.size()];
        for (int r = 0; r < test.length; r++) {
            test[r] = chosen[keyOfRow.applyAsInt(r)];
        }
        return split(log, test);
    }

    /**
     * A protocol by name: {@code holdout:F}, {@code loo}, {@code kfold:K}, {@code coldstart-users:F},
     * {@code coldstart-items:F}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static List<TrainTest> byName(String protocol, InteractionLog log, long seed) {
        String p = protocol.strip().toLowerCase(Locale.ROOT);
        String name = p.contains(":") ? p.substring(0, p.indexOf(':')) : p;
        String arg = p.contains(":") ? p.substring(p.indexOf(':') + 1) : null;
        try {
            return switch (name) {
                case "holdout" -> List.of(holdout(log, arg == null ? 0.2 : Double.parseDouble(arg), seed));
                case "loo" -> List.of(leaveLastOut(log));
                case "kfold" -> kFold(log, arg == null ? 5 : Integer.parseInt(arg), seed);
                case "coldstart-users" -> List.of(coldStartViewers(log, arg == null ? 0.2 : Double.parseDouble(arg), seed));
                case "coldstart-items" -> List.of(coldStartVideos(log, arg == null ? 0.2 : Double.parseDouble(arg), seed));
                default -> throw new IllegalArgumentException("unknown protocol '" + protocol + "'");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("protocol '" + protocol + "': '" + arg + "' is not a number");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; expected holdout:F, loo, kfold:K, "
                    + "coldstart-users:F or coldstart-items:F");
        }
    }

    private static int[] shuffledRows(SparseRows rows, int u, SplittableRandom rnd) {
        int[] mine = new int[rows.count(u)];
        for (int i = 0; i < mine.length; i++) {
            mine[i] = rows.logRow(rows.start(u) + i);
        }
        Arrays.sort(mine); // log order, so the shuffle does not depend on the index's internal order
        for (int i = mine.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = mine[i];
            mine[i] = mine[j];
            mine[j] = t;
        }
        return mine;
    }

    private static boolean[] choose(int n, double fraction, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < Math.round(fraction * n); i++) {
            chosen[order[i]] = true;
        }
        return chosen;
    }

    private static TrainTest split(InteractionLog log, boolean[] test) {
        int nTest = 0;
        for (boolean t : test) {
            nTest += t ? 1 : 0;
        }
        int[] trainRows = new int[log.size() - nTest];
        int[] testRows = new int[nTest];
        int a = 0;
        int b = 0;
        for (int r = 0; r < test.length; r++) {
            if (test[r]) {
                testRows[b++] = r;
            } else {
                trainRows[a++] = r;
            }
        }
        return new TrainTest(log.subset(trainRows), log.subset(testRows));
    }

    private static void checkFraction(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("fraction " + fraction + " must be in (0, 1)");
        }
    }
}
