package org.pressfacts.local.eval;

/** True positives, false positives and false negatives, with the scores they give. */
record Counts(int tp, int fp, int fn) {

    static final Counts ZERO = new Counts(0, 0, 0);

    Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** Undefined (NaN) when nothing was predicted. */
    double precision() {
        return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    }

    /** Undefined (NaN) when there was nothing to find. */
    double recall() {
        return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    }

    /** 0 when something was predicted or expected but nothing matched; undefined only when both sides are empty. */
    double f1() {
        if (tp == 0) {
            return fp + fn == 0 ? Double.NaN : 0;
        }
        double p = precision();
        double r = recall();
        return 2 * p * r / (p + r);
    }
}
