package org.avrs.recommend.bandit;

import java.util.SplittableRandom;
import org.avrs.core.Vad;
import org.avrs.recommend.MoodStrategy;
import org.avrs.recommend.engine.MoodTarget;

/**
 * A seeded simulator of viewing sessions for sequential recommenders (P1 §5: CTR and session length).
 *
 * <p>Viewer model. Each simulated viewer has a baseline affect b (VAD drawn uniformly in [−0.6, 0.6]³)
 * and is mood-regulating with probability {@code regulatingShare}, else mood-congruent. Their current
 * affect x starts at b + noise and follows latent dynamics x ← x + 0.2(b − x) + ε, ε ~ N(0, 0.1²) per
 * coordinate (mean-reverting), and after a watched video moves 30% of the way to the video's profile.
 * Shown a video with profile p, they watch with probability σ(6(m − 0.75)) with m = 1 − ‖p − t‖/(2√3)
 * and t the {@link MoodTarget} of x under their strategy; a skip ends the session with probability
 * 0.3, and a session ends after {@code maxSteps} videos. A policy sees the current affect x (as a
 * recogniser would report it) and the catalog profiles, never the viewer type.
 */
public final class ViewerSimulator {

    /**
     * @param sessions number of simulated sessions (one new viewer each) ≥ 1
     * @param maxSteps videos per session at most ≥ 1
     * @param regulatingShare share of mood-regulating viewers in [0, 1]
     * @param seed seed
     */
    public record Config(int sessions, int maxSteps, double regulatingShare, long seed) {
        public Config {
            if (sessions < 1 || maxSteps < 1 || !(regulatingShare >= 0 && regulatingShare <= 1)) {
                throw new IllegalArgumentException("sessions " + sessions + " and maxSteps " + maxSteps
                        + " must be >= 1, regulatingShare " + regulatingShare + " in [0, 1]");
            }
        }

        /** 2,000 sessions of at most 20 videos, 70% regulating viewers. */
        public static Config defaults() {
            return new Config(2000, 20, 0.7, 42);
        }
    }

    /** What a policy achieved: click-through rate (watched / shown) and mean session length (videos watched). */
    public record Result(String policy, double ctr, double meanSessionLength, int impressions) {
    }

    private final Config config;

    public ViewerSimulator(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    /** Runs the sessions with a policy choosing among the catalog's profiles (the same viewers for every policy). */
    public Result run(Policy policy, Vad[] catalog) {
        SplittableRandom rnd = new SplittableRandom(config.seed());
        long shown = 0;
        long watched = 0;
        for (int s = 0; s < config.sessions(); s++) {
            double[] base = {u(rnd, 0.6), u(rnd, 0.6), u(rnd, 0.6)};
            MoodStrategy strategy = rnd.nextDouble() < config.regulatingShare() ? MoodStrategy.REGULATE : MoodStrategy.CONGRUENT;
            double[] x = {base[0] + 0.1 * g(rnd), base[1] + 0.1 * g(rnd), base[2] + 0.1 * g(rnd)};
            for (int step = 0; step < config.maxSteps(); step++) {
                Vad now = Vad.clamped(x[0], x[1], x[2]);
                int k = policy.choose(now, catalog);
                Vad p = catalog[k];
                double m = 1 - p.distance(MoodTarget.of(org.avrs.core.Affect.ofVad(now, 1), strategy)) / (2 * Math.sqrt(3));
                boolean watch = rnd.nextDouble() < 1 / (1 + Math.exp(-6 * (m - 0.75)));
                shown++;
                policy.update(now, p, watch ? 1 : 0);
                double[] pv = p.toArray();
                for (int c = 0; c < 3; c++) {
                    x[c] += 0.2 * (base[c] - x[c]) + 0.1 * g(rnd);
                    if (watch) {
                        x[c] += 0.3 * (pv[c] - x[c]);
                    }
                }
                if (watch) {
                    watched++;
                } else if (rnd.nextDouble() < 0.3) {
                    break;
                }
            }
        }
        return new Result(policy.name(), watched / (double) shown, watched / (double) config.sessions(), (int) shown);
    }

    private static double u(SplittableRandom rnd, double half) {
        return (2 * rnd.nextDouble() - 1) * half;
    }

    private static double g(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
