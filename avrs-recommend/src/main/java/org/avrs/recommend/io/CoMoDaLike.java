package org.avrs.recommend.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.Vad;
import org.avrs.recommend.Context;
import org.avrs.recommend.MoodStrategy;
import org.avrs.recommend.affect.LexiconProfiler;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.Video;
import org.avrs.recommend.engine.MoodTarget;

/**
 * A seeded generator of CoMoDa-like logs, for tests and examples: viewers whose ratings depend on
 * their emotion while watching and on the film's affective profile, so that context-aware algorithms
 * have something real to find (and context-free ones cannot see it).
 *
 * <p>The model. Each film gets one to three MovieLens genres and its affective profile p_i from them
 * ({@link LexiconProfiler}), and a quality q_i ~ N(0, 0.5²). Each viewer has a bias b_u ~ N(0, 0.4²) and
 * is mood-congruent or mood-regulating (half each). At each viewing the viewer's dominant emotion e is
 * drawn from EKMAN_NEUTRAL (happiness .30, neutral .25, sadness .15, surprise .10, fear .07, anger .07,
 * disgust .06) and their mood follows its valence (negative emotions: mood Negative with probability
 * 0.7). With t the {@link MoodTarget} of e under the viewer's strategy and match m = 1 − ‖p_i − t‖/(2√3),
 * the rating is round(3 + b_u + q_i + effect·5(m − 0.7) + ε), ε ~ N(0, noise²), clipped to 1–5. The end
 * emotion is happiness with probability 0.5 after a rating ≥ 4, else the dominant one.
 */
public final class CoMoDaLike {

    /**
     * @param viewers ≥ 1
     * @param videos ≥ 1
     * @param ratingsPerViewer ≥ 1 and ≤ videos
     * @param effect strength of the affect × profile effect (0 = none), ≥ 0
     * @param noise standard deviation of the rating noise, ≥ 0
     * @param seed the seed
     */
    public record Config(int viewers, int videos, int ratingsPerViewer, double effect, double noise, long seed) {
        public Config {
            if (viewers < 1 || videos < 1 || ratingsPerViewer < 1 || ratingsPerViewer > videos) {
                throw new IllegalArgumentException("need viewers, videos >= 1 and 1 <= ratingsPerViewer <= videos; got "
                        + viewers + ", " + videos + ", " + ratingsPerViewer);
            }
            if (!(effect >= 0) || !(noise >= 0) || Double.isInfinite(effect) || Double.isInfinite(noise)) {
                throw new IllegalArgumentException("effect " + effect + " and noise " + noise + " must be >= 0 and finite");
            }
        }

        /** 150 viewers, 300 films, 40 ratings each, effect 1, noise 0.5, seed 42. */
        public static Config defaults() {
            return new Config(150, 300, 40, 1, 0.5, 42);
        }
    }

    private static final String[] GENRES = {"Action", "Adventure", "Animation", "Children", "Comedy", "Crime",
        "Documentary", "Drama", "Fantasy", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War"};
    private static final double[] EMOTION_WEIGHTS = {0.07, 0.06, 0.07, 0.30, 0.15, 0.10, 0.25}; // EKMAN_NEUTRAL order

    private CoMoDaLike() {
    }

    /** Generates a data set. */
    public static CoMoDaData generate(Config config) {
        SplittableRandom rnd = new SplittableRandom(config.seed());
        LexiconProfiler profiler = new LexiconProfiler(LexiconProfiler.Config.defaults());
        List<Video> films = new ArrayList<>();
        Vad[] profile = new Vad[config.videos()];
        double[] quality = new double[config.videos()];
        for (int i = 0; i < config.videos(); i++) {
            List<String> genres = new ArrayList<>();
            int n = 1 + rnd.nextInt(3);
            while (genres.size() < n) {
                String g = GENRES[rnd.nextInt(GENRES.length)];
                if (!genres.contains(g)) {
                    genres.add(g);
                }
            }
            Video v = new Video(i + 1, "Synthetic film " + (i + 1), 1990 + rnd.nextInt(30), genres, List.of());
            films.add(v);
            profile[i] = profiler.profile(v).vad();
            quality[i] = 0.5 * gaussian(rnd);
        }
        CoMoDa.ContextCache contexts = new CoMoDa.ContextCache();
        InteractionLog.Builder log = InteractionLog.builder();
        EmotionSet set = EmotionSet.EKMAN_NEUTRAL;
        long time = 0;
        for (int u = 0; u < config.viewers(); u++) {
            double bias = 0.4 * gaussian(rnd);
            MoodStrategy strategy = rnd.nextBoolean() ? MoodStrategy.CONGRUENT : MoodStrategy.REGULATE;
            int[] order = permutation(config.videos(), rnd);
            for (int r = 0; r < config.ratingsPerViewer(); r++) {
                int i = order[r];
                String emotion = set.label(draw(EMOTION_WEIGHTS, rnd));
                Affect affect = Affect.ofLabel(set, emotion);
                Vad target = MoodTarget.of(affect, strategy);
                double match = 1 - profile[i].distance(target) / (2 * Math.sqrt(3));
                double raw = 3 + bias + quality[i] + config.effect() * 5 * (match - 0.7) + config.noise() * gaussian(rnd);
                int rating = (int) Math.max(1, Math.min(5, Math.round(raw)));
                int dominant = CoMoDa.EMOTIONS.indexOf(emotion) + 1;
                int end = rating >= 4 && rnd.nextDouble() < 0.5 ? CoMoDa.EMOTIONS.indexOf("happiness") + 1 : dominant;
                double v = affect.valence();
                int mood = v < -0.2 ? (rnd.nextDouble() < 0.7 ? 3 : 2) : v > 0.2 ? (rnd.nextDouble() < 0.7 ? 1 : 2)
                        : 1 + rnd.nextInt(3);
                Context context = contexts.get(dominant, end, mood);
                log.add(u + 1, i + 1, rating, ++time, context);
            }
        }
        return new CoMoDaData(Catalog.of(films), log.build());
    }

    /**
     * Writes a data set in CoMoDa's CSV layout (with header; unknown fields −1), so that generated logs
     * can go through {@link CoMoDa#load} and the CLI.
     */
    public static void writeCsv(CoMoDaData data, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(String.join(",", CoMoDa.HEADER));
            w.write('\n');
            InteractionLog log = data.log();
            for (int r = 0; r < log.size(); r++) {
                Context c = log.context(r);
                int dominant = 0;
                int end = 0;
                if (c.hasAffect() && c.affect().hasDistribution()) {
                    double[] p = c.affect().distribution().orElseThrow();
                    int best = -1;
                    int second = -1;
                    for (int k = 0; k < p.length; k++) {
                        if (p[k] > 0 && (best < 0 || p[k] > p[best])) {
                            second = best;
                            best = k;
                        } else if (p[k] > 0) {
                            second = k;
                        }
                    }
                    dominant = CoMoDa.EMOTIONS.indexOf(EmotionSet.EKMAN_NEUTRAL.label(best)) + 1;
                    end = second < 0 ? dominant : CoMoDa.EMOTIONS.indexOf(EmotionSet.EKMAN_NEUTRAL.label(second)) + 1;
                }
                int mood = c.mood() == null ? -1 : c.mood().ordinal() + 1;
                long item = log.videos().id(log.video(r));
                Video v = data.catalog().get(item);
                String[] f = new String[CoMoDa.HEADER.size()];
                java.util.Arrays.fill(f, "-1");
                f[0] = String.valueOf(log.viewers().id(log.viewer(r)));
                f[1] = String.valueOf(item);
                f[2] = String.format(Locale.ROOT, "%d", Math.round(log.value(r)));
                f[CoMoDa.HEADER.indexOf("endEmo")] = String.valueOf(end == 0 ? -1 : end);
                f[CoMoDa.HEADER.indexOf("dominantEmo")] = String.valueOf(dominant == 0 ? -1 : dominant);
                f[CoMoDa.HEADER.indexOf("mood")] = String.valueOf(mood);
                f[CoMoDa.HEADER.indexOf("movieYear")] = String.valueOf(v.year() == 0 ? -1 : v.year());
                w.write(String.join(",", f));
                w.write('\n');
            }
        }
    }

    private static int[] permutation(int n, SplittableRandom rnd) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static int draw(double[] weights, SplittableRandom rnd) {
        double x = rnd.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
