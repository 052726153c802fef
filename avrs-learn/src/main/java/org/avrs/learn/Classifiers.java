package org.avrs.learn;

/** Operations on the classifiers this module makes. */
final class Classifiers {

    private Classifiers() {
    }

    /**
     * The same classifier with another provenance; a classifier made elsewhere is returned unchanged
     * (its own provenance stands).
     */
    static Classifier withProvenance(Classifier c, Provenance p) {
        if (c instanceof TribuoClassifier t) {
            return t.withProvenance(p);
        }
        if (c instanceof ColumnSubsetClassifier s) {
            return s.withProvenance(p);
        }
        return c;
    }
}
