package org.avrs.recommend.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrs.core.InvalidInputException;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.TrainTest;
import org.avrs.recommend.data.Video;

/**
 * Loads the MovieLens data sets of GroupLens Research (Harper and Konstan, "The MovieLens Datasets:
 * History and Context", ACM TiiS 5(4):19, 2015, doi:10.1145/2827872; https://grouplens.org/datasets/movielens/;
 * usage license: research use, no commercial use without permission, redistribution under the same
 * terms).
 *
 * <p>Layouts recognised by {@link #load(Path)} from the files in the folder:
 * <ul>
 *   <li>ml-latest-small, ml-latest, ml-20m, ml-25m: {@code movies.csv} (movieId,title,genres),
 *       {@code ratings.csv} (userId,movieId,rating,timestamp), optional {@code tags.csv}
 *       (userId,movieId,tag,timestamp); UTF-8, quoted fields, LF or CRLF;</li>
 *   <li>ml-1m, ml-10m: {@code movies.dat} (MovieID::Title::Genres), {@code ratings.dat}
 *       (UserID::MovieID::Rating::Timestamp), optional {@code tags.dat};</li>
 *   <li>ml-100k: {@code u.data} (user item rating timestamp, tab-separated) and {@code u.item}
 *       (pipe-separated, 19 genre flags in the order of {@code u.genre}).</li>
 * </ul>
 * Titles carry the year in parentheses ("Toy Story (1995)"); it is split off into {@link Video#year()}.
 * Genres are pipe-separated; "(no genres listed)" becomes no genre. Ratings are stars (0.5–5 or 1–5).
 */
public final class MovieLens {

    private static final Pattern TITLE_YEAR = Pattern.compile("^(.*?)\\s*\\((\\d{4})(?:[-–]\\d{0,4})?\\)\\s*$");
    private static final List<String> ML100K_GENRES = List.of("unknown", "Action", "Adventure", "Animation",
            "Children's", "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical",
            "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western");

    private MovieLens() {
    }

    /**
     * Loads a MovieLens folder in any of the layouts above.
     *
     * @throws InvalidInputException when the folder holds none of the layouts, a row is malformed
     *     (the message names file and line), a rating names a movie the movie file lacks, or there are
     *     no ratings
     * @throws UncheckedIOException when a file cannot be read
     */
    public static MovieLensData load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir.toString(), null, "is not a folder; expected a MovieLens folder "
                    + "(movies.csv + ratings.csv, movies.dat + ratings.dat, or u.item + u.data)");
        }
        if (Files.isRegularFile(dir.resolve("ratings.csv"))) {
            Map<Long, Movie> movies = readMoviesCsv(dir.resolve("movies.csv"));
            if (Files.isRegularFile(dir.resolve("tags.csv"))) {
                readTags(dir.resolve("tags.csv"), true, movies);
            }
            return finish(movies, readRatings(dir.resolve("ratings.csv"), Layout.CSV, movies));
        }
        if (Files.isRegularFile(dir.resolve("ratings.dat"))) {
            Map<Long, Movie> movies = readMoviesDat(dir.resolve("movies.dat"));
            if (Files.isRegularFile(dir.resolve("tags.dat"))) {
                readTags(dir.resolve("tags.dat"), false, movies);
            }
            return finish(movies, readRatings(dir.resolve("ratings.dat"), Layout.DOUBLE_COLON, movies));
        }
        if (Files.isRegularFile(dir.resolve("u.data"))) {
            Map<Long, Movie> movies = readMovies100k(dir.resolve("u.item"));
            return finish(movies, readRatings(dir.resolve("u.data"), Layout.TAB, movies));
        }
        throw new InvalidInputException(dir.toString(), null,
                "holds no MovieLens ratings file (ratings.csv, ratings.dat or u.data)");
    }

    /**
     * Loads a ratings file alone (userId,movieId,rating,timestamp CSV with header), without a catalog.
     *
     * @throws InvalidInputException for a malformed row or an empty file
     */
    public static InteractionLog loadRatings(Path csv) {
        InteractionLog.Builder b = InteractionLog.builder();
        appendRatingsCsv(csv, b, null);
        requireRows(b, csv);
        return b.build();
    }

    /**
     * Loads a given train/test pair of ratings CSV files ({@code DIR/train.csv}, {@code DIR/test.csv},
     * columns as ratings.csv) into logs that share one id numbering.
     *
     * @throws InvalidInputException when a file is missing, malformed or empty
     */
    public static TrainTest loadSplit(Path dir) {
        Path train = dir.resolve("train.csv");
        Path test = dir.resolve("test.csv");
        for (Path p : List.of(train, test)) {
            if (!Files.isRegularFile(p)) {
                throw new InvalidInputException(p.toString(), null, "not found; --split DIR needs train.csv and test.csv");
            }
        }
        InteractionLog.Builder b = InteractionLog.builder();
        appendRatingsCsv(train, b, null);
        requireRows(b, train);
        int nTrain = b.size();
        appendRatingsCsv(test, b, null);
        if (b.size() == nTrain) {
            throw new InvalidInputException(test.toString(), null, "has no rating rows");
        }
        InteractionLog all = b.build();
        int[] trainRows = new int[nTrain];
        int[] testRows = new int[all.size() - nTrain];
        Arrays.setAll(trainRows, i -> i);
        Arrays.setAll(testRows, i -> nTrain + i);
        return new TrainTest(all.subset(trainRows), all.subset(testRows));
    }

    private static MovieLensData finish(Map<Long, Movie> movies, InteractionLog log) {
        List<Video> videos = new ArrayList<>(movies.size());
        for (Movie m : movies.values()) {
            videos.add(m.toVideo());
        }
        return new MovieLensData(Catalog.of(videos), log);
    }

    private static void requireRows(InteractionLog.Builder b, Path file) {
        if (b.size() == 0) {
            throw new InvalidInputException(file.toString(), null, "has no rating rows (empty log)");
        }
    }

    private enum Layout { CSV, DOUBLE_COLON, TAB }

    private static InteractionLog readRatings(Path file, Layout layout, Map<Long, Movie> movies) {
        InteractionLog.Builder b = InteractionLog.builder();
        if (layout == Layout.CSV) {
            appendRatingsCsv(file, b, movies);
        } else {
            try (CsvReader r = layout == Layout.TAB ? reader(file, '\t') : datReader(file)) {
                for (List<String> f = r.next(); f != null; f = r.next()) {
                    if (!isBlank(f)) {
                        addRating(r, layout == Layout.TAB ? f : doubleColon(f), b, movies);
                    }
                }
            }
        }
        requireRows(b, file);
        return b.build();
    }

    private static void appendRatingsCsv(Path file, InteractionLog.Builder b, Map<Long, Movie> movies) {
        try (CsvReader r = reader(file, ',')) {
            r.expectHeader(r.next(), "userId", "movieId", "rating", "timestamp");
            for (List<String> f = r.next(); f != null; f = r.next()) {
                if (!isBlank(f)) {
                    addRating(r, f, b, movies);
                }
            }
        }
    }

    private static void addRating(CsvReader r, List<String> f, InteractionLog.Builder b, Map<Long, Movie> movies) {
        long user = r.parseLong(f, 0, "userId");
        long movie = r.parseLong(f, 1, "movieId");
        double rating = r.parseDouble(f, 2, "rating");
        long time = f.size() > 3 ? r.parseLong(f, 3, "timestamp") : 0;
        if (!(rating >= 0 && rating <= 10)) {
            throw r.error("rating", rating + " is outside the star scale 0–10");
        }
        if (movies != null && !movies.containsKey(movie)) {
            throw r.error("movieId", "movie " + movie + " is not in the movie file");
        }
        b.add(user, movie, rating, time);
    }

    /** The fields of a '::'-separated line (read whole by {@link #datReader}). */
    private static List<String> doubleColon(List<String> line) {
        return List.of(line.get(0).split("::", -1));
    }

    private static Map<Long, Movie> readMoviesCsv(Path file) {
        Map<Long, Movie> movies = new LinkedHashMap<>();
        try (CsvReader r = reader(file, ',')) {
            r.expectHeader(r.next(), "movieId", "title", "genres");
            for (List<String> f = r.next(); f != null; f = r.next()) {
                if (!isBlank(f)) {
                    addMovie(r, movies, r.parseLong(f, 0, "movieId"), r.field(f, 1, "title"),
                            splitGenres(r.field(f, 2, "genres")));
                }
            }
        }
        return movies;
    }

    private static Map<Long, Movie> readMoviesDat(Path file) {
        Map<Long, Movie> movies = new LinkedHashMap<>();
        try (CsvReader r = datReader(file)) {
            for (List<String> f = r.next(); f != null; f = r.next()) {
                if (isBlank(f)) {
                    continue;
                }
                List<String> parts = doubleColon(f);
                if (parts.size() < 3) {
                    throw new InvalidInputException(file.toString(), "line " + r.line(),
                            "expected MovieID::Title::Genres, found " + parts.size() + " fields");
                }
                addMovie(r, movies, r.parseLong(parts, 0, "MovieID"), parts.get(1), splitGenres(parts.get(2)));
            }
        }
        return movies;
    }

    private static Map<Long, Movie> readMovies100k(Path file) {
        Map<Long, Movie> movies = new LinkedHashMap<>();
        try (CsvReader r = new CsvReader(open(file, StandardCharsets.ISO_8859_1), file.toString(), '|')) {
            for (List<String> f = r.next(); f != null; f = r.next()) {
                if (isBlank(f)) {
                    continue;
                }
                if (f.size() < 5 + ML100K_GENRES.size()) {
                    throw new InvalidInputException(file.toString(), "line " + r.line(), "has " + f.size()
                            + " fields, expected " + (5 + ML100K_GENRES.size()) + " (id|title|dates|url|19 genre flags)");
                }
                List<String> genres = new ArrayList<>();
                for (int g = 1; g < ML100K_GENRES.size(); g++) {
                    if ("1".equals(f.get(5 + g).strip())) {
                        genres.add(ML100K_GENRES.get(g));
                    }
                }
                addMovie(r, movies, r.parseLong(f, 0, "movie id"), f.get(1), genres);
            }
        }
        return movies;
    }

    private static void addMovie(CsvReader r, Map<Long, Movie> movies, long id, String rawTitle, List<String> genres) {
        Movie m = new Movie(id, rawTitle.strip(), genres);
        if (movies.put(id, m) != null) {
            throw r.error("movieId", "movie " + id + " appears twice");
        }
    }

    private static void readTags(Path file, boolean csv, Map<Long, Movie> movies) {
        try (CsvReader r = csv ? reader(file, ',') : datReader(file)) {
            if (csv) {
                r.expectHeader(r.next(), "userId", "movieId", "tag", "timestamp");
            }
            for (List<String> f = r.next(); f != null; f = r.next()) {
                if (isBlank(f)) {
                    continue;
                }
                List<String> cols = csv ? f : doubleColon(f);
                long movie = r.parseLong(cols, 1, "movieId");
                String tag = r.field(cols, 2, "tag").strip().toLowerCase(java.util.Locale.ROOT);
                Movie m = movies.get(movie);
                if (m == null) {
                    throw r.error("movieId", "movie " + movie + " is not in the movie file");
                }
                if (!tag.isEmpty()) {
                    m.tagCounts.merge(tag, 1, Integer::sum);
                }
            }
        }
    }

    private static List<String> splitGenres(String field) {
        String g = field.strip();
        if (g.isEmpty() || g.equals("(no genres listed)")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : g.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static boolean isBlank(List<String> fields) {
        return fields.size() == 1 && fields.get(0).isBlank();
    }

    private static CsvReader reader(Path file, char delimiter) {
        return new CsvReader(open(file, StandardCharsets.UTF_8), file.toString(), delimiter);
    }

    /** Whole lines of a '::' file: no quoting (ml-1m titles may start with a quote), no delimiter. */
    private static CsvReader datReader(Path file) {
        return new CsvReader(open(file, StandardCharsets.UTF_8), file.toString(), '\u0000', false);
    }

    private static Reader open(Path file, Charset charset) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), null, "not found");
        }
        try {
            return new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot open: " + e.getMessage(), e);
        }
    }

    /** Splits "Toy Story (1995)" into title and year; a title without a year keeps year 0. */
    static String[] titleAndYear(String raw) {
        Matcher m = TITLE_YEAR.matcher(raw);
        if (m.matches() && !m.group(1).isBlank()) {
            return new String[] {m.group(1), m.group(2)};
        }
        return new String[] {raw, "0"};
    }

    /** A movie while its tags are being counted. */
    private static final class Movie {
        final long id;
        final String rawTitle;
        final List<String> genres;
        final Map<String, Integer> tagCounts = new HashMap<>();

        Movie(long id, String rawTitle, List<String> genres) {
            this.id = id;
            this.rawTitle = rawTitle;
            this.genres = genres;
        }

        Video toVideo() {
            String[] ty = titleAndYear(rawTitle);
            List<String> tags = new ArrayList<>(tagCounts.keySet());
            tags.sort((a, b) -> {
                int c = Integer.compare(tagCounts.get(b), tagCounts.get(a));
                return c != 0 ? c : a.compareTo(b);
            });
            return new Video(id, ty[0], Integer.parseInt(ty[1]), genres, tags);
        }
    }
}
