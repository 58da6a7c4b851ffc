package org.kgi.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kgi.bench.generate.Predicted;

/**
 * Runs the registered benchmarks wanted by the options, one after the other, and renders their rows.
 * A benchmark that throws gives one row saying so; the others still run.
 */
public final class BenchmarkRun {
    private final Context context;

    public BenchmarkRun(RunOptions options, Path generated, Predicted predicted) {
        this.context = new Context(options, generated, predicted);
    }

    /** Runs and returns the Markdown table; {@code lines} are printed under it (corpus, machine). */
    public String run(List<String> lines) {
        MachineInfo machine = MachineInfo.current();
        long t0 = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        for (Benchmark b : Benchmarks.all()) {
            if (!context.options().wants(b.name())) {
                continue;
            }
            try {
                rows.addAll(b.run(context));
            } catch (Exception e) {
                Progress.say("%s failed: %s", b.name(), e);
                rows.add(new Row(b.name(), "error", "—", null, null, null, Row.Verdict.FAIL, e.toString()));
            }
        }
        List<String> all = new ArrayList<>(lines);
        all.add(String.format("benchmarks took %.0f s; every baseline was measured in this run on the same data; "
                        + "load average (1 min) at the end: %.2f", (System.nanoTime() - t0) / 1e9,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return ResultsTable.markdown("kgi benchmark, " + String.format("%,d", context.options().reports()) + " reports",
                rows, all, machine);
    }
}
