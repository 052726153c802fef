package org.avrs.recommend.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.avrs.core.InvalidInputException;
import org.avrs.recommend.Samples;
import org.avrs.recommend.data.TrainTest;
import org.avrs.recommend.data.Video;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieLensTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsCsvLayoutWithQuotedTitlesCrlfAndTags() throws IOException {
        write("movies.csv", "movieId,title,genres\r\n1,Toy Story (1995),Adventure|Animation|Comedy\r\n"
                + "11,\"American President, The (1995)\",Comedy|Drama|Romance\r\n"
                + "12,\"Say \"\"Hi\"\" (2001) \",(no genres listed)\r\n13,Babylon 5,Sci-Fi\r\n");
        write("ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,11,2.5,964982704\n2,1,5.0,1\n");
        write("tags.csv", "userId,movieId,tag,timestamp\n1,1,Funny,1\n2,1,pixar,2\n3,1,funny,3\n");
        MovieLensData ml = MovieLens.load(dir);
        assertThat(ml.catalog().size()).isEqualTo(4);
        Video toy = ml.catalog().get(1);
        assertThat(toy.title()).isEqualTo("Toy Story");
        assertThat(toy.year()).isEqualTo(1995);
        assertThat(toy.genres()).containsExactly("Adventure", "Animation", "Comedy");
        assertThat(toy.tags()).containsExactly("funny", "pixar");
        assertThat(ml.catalog().get(11).title()).isEqualTo("American President, The");
        assertThat(ml.catalog().get(12).title()).isEqualTo("Say \"Hi\"");
        assertThat(ml.catalog().get(12).genres()).isEmpty();
        assertThat(ml.catalog().get(13).year()).isZero();
        assertThat(ml.log().size()).isEqualTo(3);
        assertThat(ml.log().viewers().size()).isEqualTo(2);
        int row = 1;
        assertThat(ml.log().value(row)).isEqualTo(2.5f);
        assertThat(ml.log().videos().id(ml.log().video(row))).isEqualTo(11);
        assertThat(ml.log().time(0)).isEqualTo(964982703L);
    }

    @Test
    void readsDoubleColonAndTabLayouts() throws IOException {
        write("movies.dat", "1::\"Great Performances\" Cats (1998)::Musical\n2::Heat: Part 2 (1995)::Action|Crime\n");
        write("ratings.dat", "1::1::5::978300760\n1::2::3::978302109\n");
        MovieLensData ml = MovieLens.load(dir);
        assertThat(ml.catalog().get(1).title()).isEqualTo("\"Great Performances\" Cats");
        assertThat(ml.catalog().get(2).title()).isEqualTo("Heat: Part 2");
        assertThat(ml.log().size()).isEqualTo(2);

        Path k100 = Files.createDirectory(dir.resolve("ml-100k"));
        String flags = "|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0";
        Files.writeString(k100.resolve("u.item"), "1|Toy Story (1995)|01-Jan-1995||http://x" + flags + "\n",
                StandardCharsets.ISO_8859_1);
        Files.writeString(k100.resolve("u.data"), "196\t1\t3\t881250949\n186\t1\t3\t891717742\n");
        MovieLensData small = MovieLens.load(k100);
        assertThat(small.catalog().get(1).genres()).containsExactly("Animation", "Children's", "Comedy");
        assertThat(small.log().size()).isEqualTo(2);
    }

    @Test
    void malformedRowsNameFileLineAndField() throws IOException {
        write("movies.csv", "movieId,title,genres\n1,A (1999),Drama\n");
        write("ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,1\n1,1,four,2\n");
        assertThatThrownBy(() -> MovieLens.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ratings.csv").hasMessageContaining("line 3").hasMessageContaining("rating")
                .hasMessageContaining("four");
        write("ratings.csv", "userId,movieId,rating,timestamp\n1,7,4.0,1\n");
        assertThatThrownBy(() -> MovieLens.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("movie 7 is not in the movie file");
        write("ratings.csv", "userId,movieId,rating,timestamp\n");
        assertThatThrownBy(() -> MovieLens.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty log");
        write("ratings.csv", "user,movie,rating,timestamp\n1,1,4,1\n");
        assertThatThrownBy(() -> MovieLens.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("header").hasMessageContaining("userId");
        write("ratings.csv", "userId,movieId,rating,timestamp\n1,1\n");
        assertThatThrownBy(() -> MovieLens.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("'rating'");
        assertThatThrownBy(() -> MovieLens.load(dir.resolve("missing"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a folder");
    }

    @Test
    void loadsTheRealSampleAsGroupLensDescribesIt() {
        MovieLensData ml = MovieLens.load(Samples.movieLens());
        // README.txt: 100836 ratings and 3683 tag applications across 9742 movies by 610 users
        assertThat(ml.log().size()).isEqualTo(100_836);
        assertThat(ml.catalog().size()).isEqualTo(9_742);
        assertThat(ml.log().viewers().size()).isEqualTo(610);
        assertThat(ml.log().videos().size()).isEqualTo(9_724);
        assertThat(ml.catalog().get(1).title()).isEqualTo("Toy Story");
        assertThat(ml.catalog().get(1).tags()).contains("pixar", "fun");
        assertThat(ml.log().valueRange()).containsExactly(0.5, 5.0);
    }

    @Test
    void loadsTheFixedSplitWithSharedIds() {
        TrainTest split = MovieLens.loadSplit(Samples.movieLensSplit());
        assertThat(split.train().size()).isEqualTo(80_672);
        assertThat(split.test().size()).isEqualTo(20_164);
        assertThat(split.train().viewers()).isSameAs(split.test().viewers());
    }
}
