package org.avrs.recommend.engine;

import java.util.Locale;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.Vad;
import org.avrs.recommend.Context;
import org.avrs.recommend.MoodStrategy;
import org.avrs.recommend.affect.AffectLexicon;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;
import org.avrs.recommend.data.Video;

/**
 * Writes the one-line reason of a recommendation from data: the viewer's affect as measured, what the
 * video's affective profile is and why it fits the strategy, the video of the viewer's history most
 * co-watched with it (binary cosine of the two videos' viewer sets), and — when the log records
 * viewers' emotions — how viewers who felt the same rated it. Example: "you seem sad (62%): an
 * uplifting comedy (valence +0.6) to lift your mood; similar to Toy Story you rated 5".
 */
public final class Explainer {

    private static final Map<String, String> ADJECTIVE = Map.ofEntries(
            Map.entry("anger", "angry"), Map.entry("disgust", "disgusted"), Map.entry("fear", "afraid"),
            Map.entry("happiness", "happy"), Map.entry("sadness", "sad"), Map.entry("surprise", "surprised"),
            Map.entry("neutral", "neutral"), Map.entry("boredom", "bored"), Map.entry("low", "low"),
            Map.entry("high", "high"));

    /** How a genre reads as a noun in "an uplifting ___". */
    private static final Map<String, String> GENRE_NOUN = Map.ofEntries(
            Map.entry("action", "action film"), Map.entry("adventure", "adventure film"),
            Map.entry("animation", "animated film"), Map.entry("children", "family film"),
            Map.entry("children's", "family film"), Map.entry("crime", "crime film"),
            Map.entry("fantasy", "fantasy film"), Map.entry("film-noir", "film noir"),
            Map.entry("horror", "horror film"), Map.entry("sci-fi", "sci-fi film"), Map.entry("war", "war film"));

    /** Fewest ratings by viewers in the same emotional state to quote their mean. */
    private static final int MIN_CONTEXT_RATINGS = 3;

    private final Catalog catalog;
    private final InteractionLog train;

    public Explainer(Catalog catalog, InteractionLog train) {
        this.catalog = catalog;
        this.train = train;
    }

    /** How the viewer seems: "you seem sad (62%)" or, from a VAD point alone, "you seem sad (valence -0.5)". */
    public static String describeViewer(Affect affect) {
        if (affect.hasDistribution()) {
            String label = affect.dominantLabel().orElseThrow();
            return String.format(Locale.ROOT, "you seem %s (%.0f%%)", adjective(label), 100 * affect.probability(label));
        }
        String label = EmotionSet.EKMAN_NEUTRAL.nearestLabel(affect.vad());
        return String.format(Locale.ROOT, "you seem %s (valence %+.1f, arousal %+.1f)", adjective(label),
                affect.valence(), affect.arousal());
    }

    private static String adjective(String label) {
        return ADJECTIVE.getOrDefault(label, label);
    }

    /** "an uplifting comedy (valence +0.6)" from a video's profile and genres. */
    static String describeVideo(Video video, Affect profile) {
        Vad p = profile.vad();
        String mood;
        if (p.valence() >= 0.3) {
            mood = p.arousal() >= 0.45 ? "exciting" : p.arousal() <= 0.15 ? "warm, calm" : "uplifting";
        } else if (p.valence() <= -0.3) {
            mood = p.arousal() >= 0.45 ? "tense" : "sombre";
        } else {
            mood = p.arousal() >= 0.45 ? "gripping" : "thoughtful";
        }
        String kind = "film";
        for (String g : video.genres()) {
            if (AffectLexicon.genre(g).isPresent()) {
                String genre = g.toLowerCase(Locale.ROOT);
                kind = GENRE_NOUN.getOrDefault(genre, genre);
                break;
            }
        }
        String article = "aeiou".indexOf(mood.charAt(0)) >= 0 ? "an" : "a";
        return String.format(Locale.ROOT, "%s %s %s (valence %+.1f)", article, mood, kind, p.valence());
    }

    private static String strategyPhrase(Affect viewer, MoodStrategy strategy) {
        return switch (strategy) {
            case CONGRUENT -> "in tune with your mood";
            case REGULATE -> viewer.valence() >= 0 ? "to keep your good mood"
                    : MoodTarget.calming(viewer) ? "to calm you down" : "to lift your mood";
            case NONE -> "";
        };
    }

    /**
     * The explanation of recommending a video to a viewer.
     *
     * @param viewer dense viewer index in the training log, or -1
     * @param video dense video index in the training log, or -1 for a video it lacks
     * @param profile the video's affective profile, or null
     */
    public String explain(int viewer, long videoId, int video, Affect profile, Context context) {
        Video v = catalog.find(videoId).orElse(null);
        StringBuilder s = new StringBuilder();
        boolean usedAffect = context.hasAffect() && context.strategy() != MoodStrategy.NONE && profile != null && v != null;
        if (usedAffect) {
            s.append(describeViewer(context.affect())).append(": ").append(describeVideo(v, profile)).append(' ')
                    .append(strategyPhrase(context.affect(), context.strategy()));
        }
        String because = similarHistory(viewer, video);
        if (because != null) {
            s.append(s.length() > 0 ? "; " : "").append(because);
        } else if (video >= 0 && train.byVideo().count(video) > 0) {
            s.append(s.length() > 0 ? "; " : "").append("popular: ").append(train.byVideo().count(video))
                    .append(" viewers watched it");
        }
        if (context.hasAffect() && video >= 0) {
            String byState = sameStateRating(video, context.affect());
            if (byState != null) {
                s.append("; ").append(byState);
            }
        }
        return s.length() == 0 ? "recommended by the collaborative model" : s.toString();
    }

    /** "similar to Toy Story you rated 5": the history video most co-watched with the candidate. */
    private String similarHistory(int viewer, int video) {
        SparseRows history = train.byViewer();
        if (viewer < 0 || video < 0 || viewer >= history.size() || history.count(viewer) == 0) {
            return null;
        }
        SparseRows byVideo = train.byVideo();
        double mean = 0;
        for (int p = history.start(viewer); p < history.end(viewer); p++) {
            mean += history.value(p);
        }
        mean /= history.count(viewer);
        double best = 0;
        int bestPos = -1;
        for (int p = history.start(viewer); p < history.end(viewer); p++) {
            if (history.value(p) < mean) {
                continue; // explain by what the viewer liked, not by what they disliked
            }
            double sim = history.col(p) == video ? 0 : byVideo.cosine(video, history.col(p));
            if (sim > best) {
                best = sim;
                bestPos = p;
            }
        }
        if (bestPos < 0) {
            return null;
        }
        long id = train.videos().id(history.col(bestPos));
        return "similar to " + catalog.titleOf(id) + " you rated " + formatValue(history.value(bestPos));
    }

    /** "viewers who felt sad rated this 4.6 (5 ratings)" from the log's contexts. */
    private String sameStateRating(int video, Affect viewer) {
        if (!train.hasContexts() || !viewer.hasDistribution()) {
            return null;
        }
        String label = viewer.dominantLabel().orElseThrow();
        SparseRows byVideo = train.byVideo();
        double sum = 0;
        int n = 0;
        for (int p = byVideo.start(video); p < byVideo.end(video); p++) {
            Context c = train.context(byVideo.logRow(p));
            if (c.hasAffect() && c.affect().hasDistribution()
                    && label.equals(c.affect().dominantLabel().orElse(null))) {
                sum += byVideo.value(p);
                n++;
            }
        }
        if (n < MIN_CONTEXT_RATINGS) {
            return null;
        }
        return String.format(Locale.ROOT, "viewers who felt %s rated this %.1f (%d ratings)", adjective(label), sum / n, n);
    }

    private static String formatValue(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
