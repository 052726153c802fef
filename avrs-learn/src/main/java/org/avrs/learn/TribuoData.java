package org.avrs.learn;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Conversions between AVRS feature vectors and Tribuo examples. */
final class TribuoData {

    static final LabelFactory LABELS = new LabelFactory();

    private TribuoData() {
    }

    /** Feature names f00000, f00001, …: zero-padded so that Tribuo's name order is column order. */
    static String[] featureNames(int d) {
        String[] names = new String[d];
        for (int j = 0; j < d; j++) {
            names[j] = String.format("f%05d", j);
        }
        return names;
    }

    /** A Tribuo training set of already-scaled rows with their labels. */
    static MutableDataset<Label> trainingSet(String name, double[][] rows, int[] labels, EmotionSet set) {
        String[] names = featureNames(rows[0].length);
        List<Example<Label>> examples = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            examples.add(new ArrayExample<>(new Label(set.label(labels[i])), names, rows[i]));
        }
        return new MutableDataset<>(examples, new SimpleDataSourceProvenance(name, LABELS), LABELS);
    }

    /** An unlabelled example for prediction. */
    static Example<Label> example(String[] names, double[] row) {
        return new ArrayExample<>(LABELS.getUnknownOutput(), names, row);
    }

    /** The labelled samples' inputs and labels, checked for a usable training set. */
    static LabelledRows labelledRows(Dataset<double[]> data) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        java.util.Set<Integer> classes = new java.util.HashSet<>();
        for (Sample<double[]> s : data.samples()) {
            if (s.isLabelled()) {
                rows.add(s.input());
                labels.add(s.label());
                classes.add(s.label());
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has no labelled samples to train on");
        }
        if (classes.size() < 2) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has only one class " + classes
                    + "; a classifier needs two or more");
        }
        return new LabelledRows(rows.toArray(new double[0][]), labels.stream().mapToInt(Integer::intValue).toArray());
    }

    record LabelledRows(double[][] rows, int[] labels) {
    }
}
