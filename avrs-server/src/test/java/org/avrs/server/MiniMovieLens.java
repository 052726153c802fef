package org.avrs.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** A tiny MovieLens folder written by tests that need a server that starts in a second, not a real catalog. */
final class MiniMovieLens {

    private static final String[] GENRES = {"Comedy", "Drama", "Horror", "Animation|Children", "Action|Thriller"};

    private MiniMovieLens() {
    }

    /** 40 movies (ids 1–40), 20 viewers rating 12 each, seeded. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m <= 40; m++) {
            movies.append(m).append(",Movie ").append(m).append(" (").append(1980 + m).append("),")
                    .append(GENRES[m % GENRES.length]).append('\n');
        }
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        Random random = new Random(11);
        for (int u = 1; u <= 20; u++) {
            for (int k = 0; k < 12; k++) {
                ratings.append(u).append(',').append(1 + random.nextInt(40)).append(',')
                        .append(1 + random.nextInt(9) * 0.5).append(',').append(1_500_000_000L + u * 1000 + k).append('\n');
            }
        }
        Files.writeString(dir.resolve("movies.csv"), movies);
        Files.writeString(dir.resolve("ratings.csv"), ratings);
        return dir;
    }
}
