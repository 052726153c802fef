package org.avrs.bench.recommend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a peer's fit time from the {@code fitSeconds} object of the JSON files it wrote. */
final class PeerJson {

    private PeerJson() {
    }

    /** The fit seconds of a peer run ("spark-ials" in spark.json, "librec-bpr" in librec.json); NaN when absent. */
    static double fitSeconds(Path dir, String peer) throws IOException {
        Path file = dir.resolve(peer.substring(0, peer.indexOf('-')) + ".json");
        if (!Files.exists(file)) {
            return Double.NaN;
        }
        Matcher m = Pattern.compile("\"" + Pattern.quote(peer) + "\"\\s*:\\s*([0-9.eE+-]+)").matcher(Files.readString(file));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
