package org.avrs.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.avrs.core.protocol.Protocol;
import org.avrs.core.protocol.Split;

/** Seeded synthetic data with a planted class signal, and a leave-one-group-out protocol for tests. */
final class Planted {

    private Planted() {
    }

    /**
     * {@code groups} groups × {@code perClass} samples of each EmoDB class; class c shifts feature c by
     * {@code effect}, each group shifts every feature by its own random offset, noise is N(0, 1).
     */
    static Dataset<double[]> dataset(int groups, int perClass, int dims, double effect, long seed) {
        Random rnd = new Random(seed);
        EmotionSet set = EmotionSet.EMODB;
        List<Sample<double[]>> samples = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            double[] offset = new double[dims];
            for (int j = 0; j < dims; j++) {
                offset[j] = 2 * rnd.nextGaussian();
            }
            for (int c = 0; c < set.size(); c++) {
                for (int k = 0; k < perClass; k++) {
                    double[] x = new double[dims];
                    for (int j = 0; j < dims; j++) {
                        x[j] = offset[j] + rnd.nextGaussian() + (j == c ? effect : 0);
                    }
                    String id = "g" + g + "c" + c + "k" + k;
                    samples.add(Sample.of(id, x, c, Group.speaker("g" + g), "planted"));
                }
            }
        }
        return new Dataset<>("planted", set, samples);
    }

    static Protocol leaveOneGroupOut() {
        return new Protocol() {
            @Override
            public String name() {
                return "logo-test";
            }

            @Override
            public List<Split> splits(Dataset<?> data) {
                List<Split> splits = new ArrayList<>();
                for (Group g : data.groups()) {
                    List<Integer> train = new ArrayList<>();
                    List<Integer> test = new ArrayList<>();
                    for (int i = 0; i < data.size(); i++) {
                        (data.get(i).group().equals(g) ? test : train).add(i);
                    }
                    splits.add(new Split("test " + g, toArray(train), toArray(test)));
                }
                return splits;
            }
        };
    }

    static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    static double accuracy(int[] truth, int[] predicted) {
        int hit = 0;
        for (int i = 0; i < truth.length; i++) {
            hit += truth[i] == predicted[i] ? 1 : 0;
        }
        return hit / (double) truth.length;
    }
}
