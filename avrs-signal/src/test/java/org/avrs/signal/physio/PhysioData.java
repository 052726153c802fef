package org.avrs.signal.physio;

import java.nio.file.Path;
import org.avrs.core.Signal;
import org.avrs.core.testing.SharedData;
import org.avrs.signal.io.CsvSignalReader;

/** The NeuroKit2 example recordings of ../shared/data/physio (tests skip when absent). */
final class PhysioData {

    private PhysioData() {
    }

    /** A CSV recording at its documented rate; skips the calling test when the data set is absent. */
    static Signal read(String file, double rate) {
        Path dir = SharedData.require("physio");
        return CsvSignalReader.read(dir.resolve(file), CsvSignalReader.Config.of(rate));
    }
}
