package org.kgi.bench.run;

import java.util.List;

/** Renders the rows of a run as one Markdown document: the table, then the notes, then the machine. */
final class ResultsTable {
    private ResultsTable() {
    }

    static String markdown(String title, List<Row> rows, List<String> lines, MachineInfo machine) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n");
        sb.append("| benchmark | metric | kgi | baseline | ratio | bar | verdict |\n");
        sb.append("|---|---|---:|---:|---:|---|---|\n");
        int noteNo = 0;
        StringBuilder notes = new StringBuilder();
        for (Row r : rows) {
            String metric = r.metric();
            if (!r.note().isEmpty()) {
                noteNo++;
                metric += " [" + noteNo + "]";
                notes.append(noteNo).append(". ").append(r.note()).append('\n');
            }
            sb.append("| ").append(r.benchmark()).append(" | ").append(metric).append(" | ").append(r.kgi())
                    .append(" | ").append(r.baseline()).append(" | ").append(r.ratio()).append(" | ").append(r.bar())
                    .append(" | ").append(r.verdict()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            sb.append("\nNotes:\n\n").append(notes);
        }
        sb.append('\n');
        for (String line : lines) {
            sb.append("- ").append(line).append('\n');
        }
        sb.append(machine.markdown());
        return sb.toString();
    }
}
