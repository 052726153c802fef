package org.avrs.core.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;

/**
 * Seeded random datasets shaped like the real ones: 3–14 speakers of uneven size and label mix, each
 * with recordings cut into 1–3 windows (one unit per recording), spread over three corpora, with a
 * session time per speaker, some unlabelled samples and — when asked — a recording shared by two
 * speakers (a dialogue), which forces those speakers to move together.
 */
final class RandomDatasets {

    static final List<String> CORPORA = List.of("alpha", "beta", "gamma");

    private RandomDatasets() {
    }

    static Dataset<String> make(long seed, boolean sharedRecording) {
        Random r = new Random(seed);
        int groups = 3 + r.nextInt(12);
        EmotionSet labels = EmotionSet.EMODB;
        List<Sample<String>> samples = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            Group group = Group.speaker(String.format("%02d", g));
            String corpus = CORPORA.get(g % CORPORA.size());
            double start = 1_600_000_000 + r.nextInt(1_000_000);
            int favourite = r.nextInt(labels.size());
            int recordings = 1 + r.nextInt(12);
            for (int rec = 0; rec < recordings; rec++) {
                int label = r.nextDouble() < 0.1 ? Sample.UNLABELLED
                        : r.nextDouble() < 0.5 ? favourite : r.nextInt(labels.size());
                int windows = 1 + r.nextInt(3);
                for (int w = 0; w < windows; w++) {
                    String id = group.id() + "/r" + rec + "/w" + w;
                    samples.add(new Sample<>(id, id, label, null, group,
                            new Sample.Origin(corpus, group.id() + "-r" + rec, "", w * 2.0, start + rec * 60)));
                }
            }
        }
        if (sharedRecording && groups >= 4) {
            // speaker 01 also talks in speaker 03's first recording (same corpus, same recording name)
            Sample<String> host = samples.stream().filter(s -> s.group().id().equals("03")).findFirst().orElseThrow();
            samples.add(new Sample<>("01/dialogue", "01/dialogue", 0, null, Group.speaker("01"), host.origin()));
        }
        return new Dataset<>("random-" + seed + (sharedRecording ? "-shared" : ""), labels, samples);
    }
}
