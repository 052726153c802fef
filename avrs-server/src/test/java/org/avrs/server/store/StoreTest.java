package org.avrs.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.Modality;
import org.avrs.core.TimeSpan;
import org.avrs.core.Vad;
import org.avrs.server.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The stores on SQLite and PostgreSQL: migrations, transactions, round trips, search, erasure. */
class StoreTest {

    @TempDir
    Path temp;

    static List<TestDatabases.Kind> kinds() {
        return TestDatabases.kinds();
    }

    private final ViewerStore viewers = new ViewerStore();
    private final VideoStore videos = new VideoStore();
    private final SessionStore sessions = new SessionStore();
    private final AffectStore affects = new AffectStore();

    private static CatalogVideo video(long id, String title, String... genres) {
        return new CatalogVideo(id, title, 2000, List.of(genres), List.of("tag"), new Vad(0.25, -0.5, 0.125), 0.5,
                "test", (int) id);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void migrationsApplyOnceAndReopeningChangesNothing(TestDatabases.Kind kind) {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(kind, temp)) {
            try (Database db = Database.open(Database.Config.of(fresh.url()))) {
                assertThat(Migrations.currentVersion(db)).isEqualTo(Migrations.latestVersion());
                db.write(c -> {
                    videos.insertAll(c, List.of(video(1, "Kept")));
                    return null;
                });
            }
            try (Database db = Database.open(Database.Config.of(fresh.url()))) {
                assertThat(Migrations.currentVersion(db)).isEqualTo(Migrations.latestVersion());
                assertThat(db.<Long>read(c -> Columns.count(c, "SELECT COUNT(*) FROM schema_migrations")))
                        .isEqualTo(Migrations.latestVersion());
                assertThat(db.<Long>read(videos::count)).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFailedWriteLeavesNothing(TestDatabases.Kind kind) {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(kind, temp);
                Database db = Database.open(Database.Config.of(fresh.url()))) {
            assertThatThrownBy(() -> db.write(c -> {
                viewers.insert(c, new Viewer("vw_rolledback", 1, false), "hash-1");
                throw new IllegalStateException("fails after the insert");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(db.<java.util.Optional<Viewer>>read(c -> viewers.findByTokenHash(c, "hash-1"))).isEmpty();
            assertThatThrownBy(() -> db.write(c -> {
                viewers.insert(c, new Viewer("vw_dup", 1, false), "hash-2");
                viewers.insert(c, new Viewer("vw_dup", 1, false), "hash-3");
                return null;
            })).isInstanceOf(StorageException.class);
            assertThat(db.<java.util.Optional<Viewer>>read(c -> viewers.findByTokenHash(c, "hash-2"))).as("the first insert was rolled back too").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void affectsRoundTripExactlyAndSessionsAreScopedToTheirViewer(TestDatabases.Kind kind) {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(kind, temp);
                Database db = Database.open(Database.Config.of(fresh.url()))) {
            double[] p = {0.1, 0.05, 0.05, 0.2, 1.0 / 3, 0.1, 1 - 0.1 - 0.05 - 0.05 - 0.2 - 1.0 / 3 - 0.1};
            Affect categorical = Affect.ofDistribution(EmotionSet.EMODB, p, 0.7);
            Affect point = Affect.ofVad(new Vad(-0.3, 0.6, 0.1), 0.4);
            db.write(c -> {
                videos.insertAll(c, List.of(video(7, "Seven")));
                viewers.insert(c, new Viewer("vw_a", 1, false), "ha");
                viewers.insert(c, new Viewer("vw_b", 1, true), "hb");
                sessions.insert(c, new ViewingSession("se_a", "vw_a", 7, 1000, null, null, null, null));
                affects.insert(c, new AffectEntry("af_1", "se_a", "vw_a", 2000, new TimeSpan(0, 1), Modality.SPEECH, "m", categorical, null));
                affects.insert(c, new AffectEntry("af_2", "se_a", "vw_a", 3000, new TimeSpan(1, 2), Modality.FACE, "f", point, null));
                return null;
            });
            List<AffectEntry> back = db.read(c -> affects.bySession(c, "se_a"));
            assertThat(back).extracting(AffectEntry::id).containsExactly("af_1", "af_2");
            assertThat(back.get(0).affect().distribution().orElseThrow()).containsExactly(categorical.distribution().orElseThrow());
            assertThat(back.get(0).affect().vad()).isEqualTo(categorical.vad());
            assertThat(back.get(0).affect().confidence()).isEqualTo(0.7);
            assertThat(back.get(1).affect().hasDistribution()).isFalse();
            assertThat(back.get(1).affect().vad()).isEqualTo(point.vad());
            assertThat(back.get(1).modality()).isEqualTo(Modality.FACE);
            assertThat(db.<java.util.Optional<ViewingSession>>read(c -> sessions.find(c, "se_a", "vw_a"))).isPresent();
            assertThat(db.<java.util.Optional<ViewingSession>>read(c -> sessions.find(c, "se_a", "vw_b"))).as("another viewer's session").isEmpty();
            assertThat(db.<List<AffectEntry>>read(c -> affects.recentByViewer(c, "vw_a", 2500, 10))).extracting(AffectEntry::id).containsExactly("af_2");
            assertThat(db.<List<AffectEntry>>read(c -> affects.recentByViewer(c, "vw_a", 0, 1))).extracting(AffectEntry::id)
                    .as("the newest one when limited").containsExactly("af_2");

            Map<String, Integer> erased = db.write(c -> viewers.erase(c, "vw_a"));
            assertThat(erased).containsEntry("affects", 2).containsEntry("sessions", 1).containsEntry("viewers", 1);
            assertThat(db.<java.util.Optional<Viewer>>read(c -> viewers.findByTokenHash(c, "hb"))).as("the other viewer is untouched").isPresent();
            assertThat(db.<Long>read(c -> Columns.count(c, "SELECT COUNT(*) FROM affects"))).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void searchMatchesTitleFragmentsAndGenresLiterally(TestDatabases.Kind kind) {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(kind, temp);
                Database db = Database.open(Database.Config.of(fresh.url()))) {
            db.write(c -> {
                videos.insertAll(c, List.of(video(1, "100% Love", "Romance"), video(2, "100 Days", "Drama"),
                        video(3, "Love_Actually", "Romance", "Comedy"), video(4, "LOVE story", "Drama")));
                return null;
            });
            assertThat(db.<VideoStore.Page>read(c -> videos.search(c, "100%", "", 0, 10)).items()).extracting(CatalogVideo::id).containsExactly(1L);
            assertThat(db.<VideoStore.Page>read(c -> videos.search(c, "_", "", 0, 10)).items()).extracting(CatalogVideo::id).containsExactly(3L);
            assertThat(db.<VideoStore.Page>read(c -> videos.search(c, "love", "", 0, 10)).total()).as("any case").isEqualTo(3);
            assertThat(db.<VideoStore.Page>read(c -> videos.search(c, "love", "Drama", 0, 10)).items()).extracting(CatalogVideo::id).containsExactly(4L);
            assertThat(db.<VideoStore.Page>read(c -> videos.search(c, "", "Rom", 0, 10)).total()).as("whole genres only").isZero();
            VideoStore.Page page = db.read(c -> videos.search(c, "", "", 2, 2));
            assertThat(page.total()).isEqualTo(4);
            assertThat(page.items()).extracting(CatalogVideo::id).as("most popular first, second page").containsExactly(2L, 1L);
            assertThat(db.<List<String>>read(videos::genres)).containsExactly("Comedy", "Drama", "Romance");
            CatalogVideo back = db.read(c -> videos.find(c, 3)).orElseThrow();
            assertThat(back).isEqualTo(video(3, "Love_Actually", "Romance", "Comedy"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void concurrentWritesAllLand(TestDatabases.Kind kind) throws Exception {
        try (TestDatabases.Fresh fresh = TestDatabases.fresh(kind, temp);
                Database db = Database.open(Database.Config.of(fresh.url()))) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String id = "vw_" + thread + "_" + i;
                        long created = i;
                        db.write(c -> {
                            viewers.insert(c, new Viewer(id, created, false), "h" + id);
                            return null;
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(db.<Long>read(viewers::count)).isEqualTo(200);
        }
    }
}
