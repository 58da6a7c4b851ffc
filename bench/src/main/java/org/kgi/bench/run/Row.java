package org.kgi.bench.run;

import java.util.Objects;

/**
 * One line of the results table: a figure of kgi next to its baseline measured in the same run.
 *
 * @param benchmark which benchmark
 * @param metric    what is measured, with its unit
 * @param kgi       kgi's figure
 * @param baseline  the baseline's figure, or {@code "—"} where there is none
 * @param ratio     kgi / baseline (or as the metric says), or {@code "—"}
 * @param bar       the target, e.g. {@code < 5%}, or {@code "—"}
 * @param verdict   pass or fail against the bar
 * @param note      anything a reader must know to read the figure
 */
public record Row(String benchmark, String metric, String kgi, String baseline, String ratio, String bar,
                  Verdict verdict, String note) {
    /** Against the bar. */
    public enum Verdict {
        PASS, FAIL, NONE;

        static Verdict of(boolean pass) {
            return pass ? PASS : FAIL;
        }

        @Override
        public String toString() {
            return this == NONE ? "—" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Row {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(kgi, "kgi");
        baseline = baseline == null ? "—" : baseline;
        ratio = ratio == null ? "—" : ratio;
        bar = bar == null ? "—" : bar;
        verdict = verdict == null ? Verdict.NONE : verdict;
        note = note == null ? "" : note;
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        double a = Math.abs(v);
        return a >= 100 ? String.format("%,.0f", v) : a >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    static String ratio(double kgi, double baseline) {
        if (!(baseline > 0)) {
            return "—";
        }
        double r = kgi / baseline;
        return r >= 100 ? String.format("%,.0f×", r) : r >= 10 ? String.format("%.1f×", r)
                : r >= 0.01 ? String.format("%.2f×", r) : String.format("%.4f×", r);
    }
}
