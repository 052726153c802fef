package org.avrs.recommend.rerank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.avrs.recommend.ScoredVideo;

/**
 * Multi-objective re-ranking in the style of NSGA-II (Deb, Pratap, Agarwal and Meyarivan, "A fast and
 * elitist multiobjective genetic algorithm: NSGA-II", IEEE TEC 6(2):182–197, 2002,
 * doi:10.1109/4235.996017) over three objectives of a k-list drawn from a candidate pool, all maximised:
 * accuracy (discounted pool-normalised relevance), intra-list diversity and novelty ({@link Objectives}).
 *
 * <p>An individual is a set of k pool members, listed by relevance. The first individual is the
 * original top k; the others are random k-sets. Each generation makes N children by binary tournament
 * (lower front rank, then larger crowding distance), crossover (a random k-subset of the parents'
 * union, common members kept first) and mutation (with probability {@code mutation}, one member swapped
 * for a non-member); parents and children are sorted into non-dominated fronts and the best N by
 * (front, crowding distance) survive. The result is the final first front; {@link #rerank} returns
 * its member with the largest weighted sum of objectives, each scaled to [0, 1] over the front.
 */
public final class ParetoReranker {

    /**
     * @param population N ≥ 4
     * @param generations ≥ 1
     * @param mutation per-child mutation probability in [0, 1]
     * @param accuracyWeight weight of accuracy when picking from the front, ≥ 0
     * @param diversityWeight weight of diversity, ≥ 0
     * @param noveltyWeight weight of novelty, ≥ 0 (the weights must not all be 0)
     * @param seed seed
     */
    public record Config(int population, int generations, double mutation, double accuracyWeight,
            double diversityWeight, double noveltyWeight, long seed) {
        public Config {
            if (population < 4 || generations < 1) {
                throw new IllegalArgumentException("population " + population + " must be >= 4 and generations "
                        + generations + " >= 1");
            }
            if (!(mutation >= 0 && mutation <= 1)) {
                throw new IllegalArgumentException("mutation " + mutation + " must be in [0, 1]");
            }
            if (!(accuracyWeight >= 0) || !(diversityWeight >= 0) || !(noveltyWeight >= 0)
                    || accuracyWeight + diversityWeight + noveltyWeight == 0) {
                throw new IllegalArgumentException("weights must be >= 0 and not all 0");
            }
        }

        /** N 40, 60 generations, mutation 0.3, weights 0.6 / 0.2 / 0.2. */
        public static Config defaults() {
            return new Config(40, 60, 0.3, 0.6, 0.2, 0.2, 42);
        }
    }

    /** A list of the front with its objectives (accuracy, diversity, novelty). */
    public record Solution(List<ScoredVideo> list, double accuracy, double diversity, double novelty) {
    }

    private final Config config;

    public ParetoReranker(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    private static final class Individual {
        final int[] members;
        final double[] objectives;
        int rank;
        double crowding;

        Individual(int[] members, Objectives pool) {
            this.members = members;
            this.objectives = new double[] {pool.accuracy(members), pool.diversity(members), pool.novelty(members)};
        }

        boolean dominates(Individual o) {
            boolean better = false;
            for (int m = 0; m < 3; m++) {
                if (objectives[m] < o.objectives[m]) {
                    return false;
                }
                better |= objectives[m] > o.objectives[m];
            }
            return better;
        }
    }

    /** The first front after evolution (distinct lists), most accurate first. */
    public List<Solution> front(Objectives pool, int k) {
        int n = pool.size();
        int m = Math.min(k, n);
        SplittableRandom rnd = new SplittableRandom(config.seed());
        List<Individual> population = new ArrayList<>();
        int[] top = new int[m];
        Arrays.setAll(top, i -> i);
        population.add(new Individual(sorted(top, pool), pool));
        while (population.size() < config.population()) {
            population.add(new Individual(sorted(randomSet(n, m, rnd), pool), pool));
        }
        rankAndCrowd(population);
        for (int g = 0; g < config.generations(); g++) {
            List<Individual> all = new ArrayList<>(population);
            for (int c = 0; c < config.population(); c++) {
                Individual a = tournament(population, rnd);
                Individual b = tournament(population, rnd);
                int[] child = crossover(a.members, b.members, n, m, rnd);
                if (rnd.nextDouble() < config.mutation() && m < n) {
                    mutate(child, n, rnd);
                }
                all.add(new Individual(sorted(child, pool), pool));
            }
            rankAndCrowd(all);
            all.sort(Comparator.comparingInt((Individual i) -> i.rank).thenComparingDouble(i -> -i.crowding));
            population = new ArrayList<>(all.subList(0, config.population()));
        }
        rankAndCrowd(population);
        List<Solution> front = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Individual i : population) {
            String key = Arrays.toString(i.members);
            if (i.rank == 0 && !seen.contains(key)) {
                seen.add(key);
                double[] scores = new double[i.members.length];
                for (int r = 0; r < scores.length; r++) {
                    scores[r] = pool.relevance[i.members[r]];
                }
                front.add(new Solution(pool.toList(i.members, scores), i.objectives[0], i.objectives[1], i.objectives[2]));
            }
        }
        front.sort(Comparator.comparingDouble(s -> -s.accuracy()));
        return front;
    }

    /** The front member with the largest weighted sum of front-normalised objectives. */
    public List<ScoredVideo> rerank(Objectives pool, int k) {
        List<Solution> front = front(pool, k);
        double[][] range = {{Double.MAX_VALUE, -Double.MAX_VALUE}, {Double.MAX_VALUE, -Double.MAX_VALUE},
            {Double.MAX_VALUE, -Double.MAX_VALUE}};
        for (Solution s : front) {
            double[] o = {s.accuracy(), s.diversity(), s.novelty()};
            for (int m = 0; m < 3; m++) {
                range[m][0] = Math.min(range[m][0], o[m]);
                range[m][1] = Math.max(range[m][1], o[m]);
            }
        }
        double[] w = {config.accuracyWeight(), config.diversityWeight(), config.noveltyWeight()};
        Solution best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (Solution s : front) {
            double[] o = {s.accuracy(), s.diversity(), s.novelty()};
            double v = 0;
            for (int m = 0; m < 3; m++) {
                double span = range[m][1] - range[m][0];
                v += w[m] * (span > 0 ? (o[m] - range[m][0]) / span : 1);
            }
            if (v > bestValue) {
                bestValue = v;
                best = s;
            }
        }
        return best == null ? List.of() : best.list();
    }

    private static int[] sorted(int[] members, Objectives pool) {
        Integer[] boxed = Arrays.stream(members).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.comparingDouble((Integer i) -> -pool.relevance[i]).thenComparingInt(i -> i));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private static int[] randomSet(int n, int m, SplittableRandom rnd) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, m);
    }

    private static Individual tournament(List<Individual> population, SplittableRandom rnd) {
        Individual a = population.get(rnd.nextInt(population.size()));
        Individual b = population.get(rnd.nextInt(population.size()));
        if (a.rank != b.rank) {
            return a.rank < b.rank ? a : b;
        }
        return a.crowding >= b.crowding ? a : b;
    }

    private static int[] crossover(int[] a, int[] b, int n, int m, SplittableRandom rnd) {
        boolean[] inA = new boolean[n];
        for (int i : a) {
            inA[i] = true;
        }
        List<Integer> common = new ArrayList<>();
        List<Integer> either = new ArrayList<>();
        for (int i : b) {
            (inA[i] ? common : either).add(i);
        }
        boolean[] inB = new boolean[n];
        for (int i : b) {
            inB[i] = true;
        }
        for (int i : a) {
            if (!inB[i]) {
                either.add(i);
            }
        }
        int[] child = new int[m];
        int c = 0;
        for (int i : common) {
            child[c++] = i;
        }
        for (int i = either.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            Integer t = either.get(i);
            either.set(i, either.get(j));
            either.set(j, t);
        }
        for (int i = 0; c < m; i++) {
            child[c++] = either.get(i);
        }
        return child;
    }

    private static void mutate(int[] child, int n, SplittableRandom rnd) {
        boolean[] in = new boolean[n];
        for (int i : child) {
            in[i] = true;
        }
        int out;
        do {
            out = rnd.nextInt(n);
        } while (in[out]);
        child[rnd.nextInt(child.length)] = out;
    }

    /** Fast non-dominated sort and crowding distance (Deb et al. 2002). */
    private static void rankAndCrowd(List<Individual> pop) {
        int n = pop.size();
        int[] dominatedBy = new int[n];
        List<List<Integer>> dominates = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            dominates.add(new ArrayList<>());
            for (int q = 0; q < n; q++) {
                if (pop.get(p).dominates(pop.get(q))) {
                    dominates.get(p).add(q);
                } else if (pop.get(q).dominates(pop.get(p))) {
                    dominatedBy[p]++;
                }
            }
            if (dominatedBy[p] == 0) {
                current.add(p);
            }
        }
        int rank = 0;
        while (!current.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            for (int p : current) {
                pop.get(p).rank = rank;
                for (int q : dominates.get(p)) {
                    if (--dominatedBy[q] == 0) {
                        next.add(q);
                    }
                }
            }
            crowd(current.stream().map(pop::get).toList());
            current = next;
            rank++;
        }
    }

    private static void crowd(List<Individual> front) {
        for (Individual i : front) {
            i.crowding = 0;
        }
        for (int m = 0; m < 3; m++) {
            final int obj = m;
            List<Individual> sorted = new ArrayList<>(front);
            sorted.sort(Comparator.comparingDouble(i -> i.objectives[obj]));
            double span = sorted.get(sorted.size() - 1).objectives[obj] - sorted.get(0).objectives[obj];
            sorted.get(0).crowding = Double.POSITIVE_INFINITY;
            sorted.get(sorted.size() - 1).crowding = Double.POSITIVE_INFINITY;
            for (int i = 1; i < sorted.size() - 1 && span > 0; i++) {
                sorted.get(i).crowding += (sorted.get(i + 1).objectives[obj] - sorted.get(i - 1).objectives[obj]) / span;
            }
        }
    }
}
