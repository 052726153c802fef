package org.avrs.bench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.avrs.core.EmotionSet;
import org.avrs.server.AvrsServer;
import org.avrs.server.ServerConfig;
import org.avrs.server.ServerResources;
import org.avrs.server.store.Database;

/**
 * Load benchmark of the service on loopback: the recommendation endpoint and the affect endpoint, alone
 * and mixed, at fixed rates (open loop) and at full speed (closed loop), with {@code --viewers} viewers
 * in the database. Server and load client share this JVM and the machine's cores.
 *
 * <pre>
 *   bench/run-server-load.sh                       # the defaults below; writes bench/results/server-load.*
 *   java … ServerLoadBench --viewers 1000 --rate 200 --affect-rate 50 --seconds 30 --warmup 10 --db URL --out DIR
 * </pre>
 *
 * The target of issue 7: GET /api/recommendations p99 ≤ 50 ms at 200 requests/s with 1 000 viewers.
 */
public final class ServerLoadBench {

    /**
     * @param cpuMsPerRequest CPU time of this JVM (server and load client together) per completed request
     */
    private record Phase(String name, String kind, double targetRate, Latencies.Summary result, double cpuMsPerRequest,
            String loadBefore, String loadAfter) {
    }

    private ServerLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int viewers = Integer.parseInt(opt.getOrDefault("viewers", "1000"));
        double rate = Double.parseDouble(opt.getOrDefault("rate", "200"));
        double affectRate = Double.parseDouble(opt.getOrDefault("affect-rate", "50"));
        double seconds = Double.parseDouble(opt.getOrDefault("seconds", "30"));
        double warmup = Double.parseDouble(opt.getOrDefault("warmup", "20"));
        int clients = Integer.parseInt(opt.getOrDefault("clients", "8"));
        Path home = Path.of(opt.getOrDefault("home", ".")).toAbsolutePath().normalize();
        Path out = Path.of(opt.getOrDefault("out", "bench/results"));
        Path temp = Files.createTempDirectory("avrs-load");
        String db = opt.getOrDefault("db", "jdbc:sqlite:" + temp.resolve("avrs.db"));

        long t0 = System.nanoTime();
        ServerResources resources = ServerResources.load(home.resolve("data/samples/movielens"),
                home.resolve("data/models/speech-emodb-svm.avrs"));
        try (AvrsServer server = AvrsServer.start(ServerConfig.defaults().withPort(0).withDatabase(db), resources)) {
            List<LoadPopulation.LoadViewer> population;
            try (Database direct = Database.open(new Database.Config(db, 1, 10_000))) {
                population = LoadPopulation.fill(direct, viewers, 0.6, 42);
            }
            server.recommender().refreshNow();
            System.out.printf(Locale.ROOT, "started and filled in %.1f s: %s, %d viewers, recommender %s%n",
                    (System.nanoTime() - t0) / 1e9, server.database(), viewers, server.recommender().status());

            String base = server.url();
            IntFunction<HttpRequest> recommendations = i -> {
                LoadPopulation.LoadViewer v = population.get(Math.floorMod(i * 7919, population.size()));
                String strategy = i % 2 == 0 ? "congruent" : "regulate";
                return HttpRequest.newBuilder(URI.create(base + "api/recommendations?k=10&strategy=" + strategy))
                        .header("Authorization", "Bearer " + v.token()).timeout(Duration.ofSeconds(30)).GET().build();
            };
            IntFunction<HttpRequest> affect = i -> {
                LoadPopulation.LoadViewer v = population.get(Math.floorMod(i * 104_729, population.size()));
                String label = EmotionSet.EMODB.label(Math.floorMod(i, EmotionSet.EMODB.size()));
                String body = "{\"modality\": \"self_report\", \"source\": \"bench\", \"distribution\": {\"" + label + "\": 1}}";
                return HttpRequest.newBuilder(URI.create(base + "api/sessions/" + v.openSession() + "/affect"))
                        .header("Authorization", "Bearer " + v.token()).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            };

            LoadGenerator load = new LoadGenerator();
            List<Phase> phases = new ArrayList<>();
            System.out.printf(Locale.ROOT, "warm-up: %.0f s of recommendations and affect at the target rates%n", warmup);
            load.openLoop(rate, warmup, 200, recommendations);
            load.openLoop(affectRate, warmup / 2, 201, i -> affect.apply(i + 2_000_000));

            phases.add(open(load, "recommendations at a fixed rate", "GET /api/recommendations?k=10", rate, seconds, 200,
                    recommendations));
            phases.add(open(load, "affect at a fixed rate", "POST /api/sessions/{id}/affect", affectRate, seconds, 201, affect));
            phases.add(mixed(load, rate, affectRate, seconds, recommendations, affect));
            phases.add(closed(load, "recommendations, " + clients + " clients back to back", "GET /api/recommendations?k=10",
                    clients, seconds, 200, recommendations));
            phases.add(closed(load, "affect, " + clients + " clients back to back", "POST /api/sessions/{id}/affect",
                    clients, seconds, 201, affect));
            write(out, phases, viewers, db, seconds, warmup);
        }
    }

    private static Phase open(LoadGenerator load, String name, String kind, double rate, double seconds, int ok,
            IntFunction<HttpRequest> request) {
        String before = loadAverage();
        long cpu = cpuNanos();
        Latencies.Summary s = load.openLoop(rate, seconds, ok, request).summarize(seconds);
        return report(new Phase(name, kind, rate, s, cpuMs(cpu, s.requests()), before, loadAverage()));
    }

    private static Phase closed(LoadGenerator load, String name, String kind, int clients, double seconds, int ok,
            IntFunction<HttpRequest> request) {
        String before = loadAverage();
        long cpu = cpuNanos();
        Latencies.Summary s = load.closedLoop(clients, seconds, ok, request).summarize(seconds);
        return report(new Phase(name, kind, Double.NaN, s, cpuMs(cpu, s.requests()), before, loadAverage()));
    }

    /** Recommendations measured while affect writes run alongside at their own rate. */
    private static Phase mixed(LoadGenerator load, double rate, double affectRate, double seconds,
            IntFunction<HttpRequest> recommendations, IntFunction<HttpRequest> affect) throws InterruptedException {
        String before = loadAverage();
        long cpu = cpuNanos();
        Thread writes = new Thread(() -> load.openLoop(affectRate, seconds, 201, i -> affect.apply(i + 1_000_000)),
                "affect-alongside");
        writes.start();
        Latencies.Summary s = load.openLoop(rate, seconds, 200, recommendations).summarize(seconds);
        writes.join();
        double cpuMs = cpuMs(cpu, s.requests() + (int) Math.round(affectRate * seconds));
        return report(new Phase(String.format(Locale.ROOT, "recommendations at a fixed rate, with affect writes at %.0f/s",
                affectRate), "GET /api/recommendations?k=10", rate, s, cpuMs, before, loadAverage()));
    }

    private static Phase report(Phase p) {
        Latencies.Summary s = p.result();
        System.out.printf(Locale.ROOT, "%-70s %7.1f req/s  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.1f ms  "
                + "errors %d  CPU %.2f ms/req%n", p.name(), s.throughput(), s.p50Ms(), s.p90Ms(), s.p99Ms(), s.maxMs(),
                s.errors(), p.cpuMsPerRequest());
        return p;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double cpuMs(long since, int requests) {
        return (cpuNanos() - since) / 1e6 / Math.max(1, requests);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void write(Path out, List<Phase> phases, int viewers, String db, double seconds, double warmup)
            throws Exception {
        Files.createDirectories(out);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", Instant.now().toString());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("java", Runtime.version().toString());
        json.put("database", Database.redact(db));
        json.put("viewers", viewers);
        json.put("secondsPerPhase", seconds);
        json.put("warmupSeconds", warmup);
        json.put("phases", phases);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("server-load.json").toFile(), json);

        StringBuilder md = new StringBuilder();
        md.append("# AVRS service under load\n\n")
                .append(String.format(Locale.ROOT, "%s · %d cores visible · Java %s · %s · %d viewers in the database "
                        + "(60%% with a rating, all with recent affect) · %.0f s per phase after %.0f s warm-up.%n%n",
                        json.get("date"), Runtime.getRuntime().availableProcessors(), Runtime.version(), Database.redact(db),
                        viewers, seconds, warmup))
                .append("Server and load client in one JVM on loopback, sharing the cores. Open-loop phases issue requests "
                        + "on a fixed schedule and time each from its scheduled start. `load` is the machine's 1/5/15-minute "
                        + "load average before and after the phase (other work on the machine shows there).\n\n")
                .append("`CPU ms/req` is this JVM's CPU time (server and load client together) per request: the cost of a "
                        + "request whatever else runs on the machine.\n\n")
                .append("| phase | endpoint | target req/s | achieved req/s | p50 ms | p90 ms | p99 ms | max ms | errors "
                        + "| CPU ms/req | load before → after |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Phase p : phases) {
            Latencies.Summary s = p.result();
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %.1f | %.2f | %.2f | %.2f | %.1f | %d | %.2f | %s → %s |%n",
                    p.name(), p.kind(), Double.isNaN(p.targetRate()) ? "max" : String.format(Locale.ROOT, "%.0f", p.targetRate()),
                    s.throughput(), s.p50Ms(), s.p90Ms(), s.p99Ms(), s.maxMs(), s.errors(), p.cpuMsPerRequest(),
                    p.loadBefore(), p.loadAfter()));
        }
        Files.writeString(out.resolve("server-load.md"), md);
        System.out.println("wrote " + out.resolve("server-load.md") + " and server-load.json");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --name value …; bad argument '" + args[i] + "'");
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }
}
