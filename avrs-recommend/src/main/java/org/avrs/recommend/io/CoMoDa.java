package org.avrs.recommend.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.recommend.Context;
import org.avrs.recommend.Mood;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.Video;

/**
 * Loads LDOS-CoMoDa (Košir, Odić, Kunaver, Tkalčič and Tasič, "Database for contextual personalization",
 * Elektrotehniški vestnik 78(5):270–274, 2011; Odić et al., "Predicting and detecting the relevant
 * contextual information in a movie-recommender system", Interacting with Computers 25(1):74–90, 2013,
 * doi:10.1093/iwc/iws003): movie ratings (1–5) with the viewer's context when watching, in its
 * published CSV layout:
 *
 * <pre>userID,itemID,rating,age,sex,city,country,time,daytype,season,location,weather,social,endEmo,
 * dominantEmo,mood,physical,decision,interaction,director,movieCountry,movieLanguage,movieYear,genre1,
 * genre2,genre3,actor1,actor2,actor3,budget</pre>
 *
 * with or without that header row; −1 marks a missing value. {@code endEmo} (the emotion at the end of
 * the film) and {@code dominantEmo} (during it) are 1–7 = Sad, Happy, Scared, Surprised, Angry,
 * Disgusted, Neutral, mapped to {@link EmotionSet#EKMAN_NEUTRAL} (sadness, happiness, fear, surprise,
 * anger, disgust, neutral); {@code mood} 1–3 = Positive, Neutral, Negative.
 *
 * <p>Each row's {@link Context} carries an {@link Affect}: probability 0.6 on the dominant emotion and
 * 0.4 on the end emotion (1 when they agree or only one is known), confidence 1 (a self-report), and
 * the mood. CoMoDa has no timestamps ({@code time} is the time of day), so a row's time is its line
 * number. The catalog holds each item with its year and genre codes ("genre 3"; titles are not in the
 * file, so an item's title is "CoMoDa item ID").
 */
public final class CoMoDa {

    /** The published header, in order. */
    public static final List<String> HEADER = List.of("userID", "itemID", "rating", "age", "sex", "city", "country",
            "time", "daytype", "season", "location", "weather", "social", "endEmo", "dominantEmo", "mood", "physical",
            "decision", "interaction", "director", "movieCountry", "movieLanguage", "movieYear", "genre1", "genre2",
            "genre3", "actor1", "actor2", "actor3", "budget");

    /** CoMoDa's emotion codes 1–7 as EKMAN_NEUTRAL labels. */
    public static final List<String> EMOTIONS = List.of("sadness", "happiness", "fear", "surprise", "anger", "disgust",
            "neutral");

    private static final int END_EMO = HEADER.indexOf("endEmo");
    private static final int DOMINANT_EMO = HEADER.indexOf("dominantEmo");
    private static final int MOOD = HEADER.indexOf("mood");
    private static final int YEAR = HEADER.indexOf("movieYear");
    private static final int GENRE1 = HEADER.indexOf("genre1");

    private CoMoDa() {
    }

    /**
     * Loads a CoMoDa CSV file.
     *
     * @throws InvalidInputException for a row with too few fields, a non-numeric field, an emotion or
     *     mood code out of range (message names file, line and field), or a file without ratings
     */
    public static CoMoDaData load(Path csv) {
        if (!Files.isRegularFile(csv)) {
            throw new InvalidInputException(csv.toString(), null, "not found; expected a LDOS-CoMoDa CSV file");
        }
        try (CsvReader r = new CsvReader(new InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8),
                csv.toString(), ',')) {
            InteractionLog.Builder log = InteractionLog.builder();
            Map<Long, Video> videos = new LinkedHashMap<>();
            ContextCache contexts = new ContextCache();
            List<String> f = r.next();
            if (f != null && !f.isEmpty() && f.get(0).strip().equalsIgnoreCase("userID")) {
                r.expectHeader(f, HEADER.toArray(new String[0]));
                f = r.next();
            }
            for (; f != null; f = r.next()) {
                if (f.size() == 1 && f.get(0).isBlank()) {
                    continue;
                }
                if (f.size() < HEADER.size()) {
                    throw new InvalidInputException(csv.toString(), "line " + r.line(), "has " + f.size()
                            + " fields, expected " + HEADER.size() + " (" + String.join(",", HEADER) + ")");
                }
                long user = r.parseLong(f, 0, "userID");
                long item = r.parseLong(f, 1, "itemID");
                double rating = r.parseDouble(f, 2, "rating");
                if (!(rating >= 1 && rating <= 5)) {
                    throw r.error("rating", rating + " is outside CoMoDa's scale 1–5");
                }
                int end = code(r, f, END_EMO, 7);
                int dominant = code(r, f, DOMINANT_EMO, 7);
                int mood = code(r, f, MOOD, 3);
                log.add(user, item, rating, r.line(), contexts.get(dominant, end, mood));
                if (!videos.containsKey(item)) {
                    videos.put(item, video(r, f, item));
                }
            }
            if (log.size() == 0) {
                throw new InvalidInputException(csv.toString(), null, "has no rating rows (empty log)");
            }
            return new CoMoDaData(Catalog.of(new ArrayList<>(videos.values())), log.build());
        } catch (IOException e) {
            throw new UncheckedIOException(csv + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Video video(CsvReader r, List<String> f, long item) {
        long year = r.parseLong(f, YEAR, "movieYear");
        List<String> genres = new ArrayList<>();
        for (int g = GENRE1; g < GENRE1 + 3; g++) {
            long code = r.parseLong(f, g, HEADER.get(g));
            if (code > 0) {
                genres.add("genre " + code);
            }
        }
        return new Video(item, "CoMoDa item " + item, year > 0 && year < 3000 ? (int) year : 0, genres, List.of());
    }

    /** A 1-based code in [1, max], or 0 for the missing value −1. */
    private static int code(CsvReader r, List<String> f, int index, int max) {
        long c = r.parseLong(f, index, HEADER.get(index));
        if (c == -1) {
            return 0;
        }
        if (c < 1 || c > max) {
            throw r.error(HEADER.get(index), c + " is not a code 1–" + max + " or −1 (missing)");
        }
        return (int) c;
    }

    /**
     * The context of a CoMoDa row from its codes (0 = missing), one shared instance per combination.
     * Also used by {@link CoMoDaLike} so generated logs carry contexts exactly as loaded ones do.
     */
    static final class ContextCache {
        private final Map<Integer, Context> cache = new HashMap<>();

        Context get(int dominant, int end, int mood) {
            return cache.computeIfAbsent(dominant * 100 + end * 10 + mood, k -> build(dominant, end, mood));
        }

        private static Context build(int dominant, int end, int mood) {
            Mood m = mood == 0 ? null : Mood.values()[mood - 1];
            if (dominant == 0 && end == 0) {
                return m == null ? null : new Context(null, m, null);
            }
            double[] p = new double[EmotionSet.EKMAN_NEUTRAL.size()];
            if (dominant != 0) {
                p[EmotionSet.EKMAN_NEUTRAL.indexOf(EMOTIONS.get(dominant - 1))] += end == 0 ? 1 : 0.6;
            }
            if (end != 0) {
                p[EmotionSet.EKMAN_NEUTRAL.indexOf(EMOTIONS.get(end - 1))] += dominant == 0 ? 1 : 0.4;
            }
            return new Context(Affect.ofDistribution(EmotionSet.EKMAN_NEUTRAL, p, 1), m, null);
        }
    }
}
