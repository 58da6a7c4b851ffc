package org.kgi.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kgi.graph.Kind;
import org.kgi.indexer.corpus.CorpusFile;
import org.kgi.indexer.corpus.Report;
import org.kgi.indexer.corpus.ReportReadException;
import org.kgi.indexer.corpus.ReportReader;
import org.kgi.indexer.extract.Entity;
import org.kgi.indexer.extract.Event;
import org.kgi.indexer.extract.Extraction;
import org.kgi.indexer.extract.Extractor;
import org.kgi.indexer.extract.Relation;
import org.kgi.indexer.json.Json;
import org.kgi.server.Extractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kgi extract FILE... | -}: extraction only, no index. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract actors, places, events and relations from reports, without an index.",
                "FILE may be any report format kgi reads; '-' reads one plain-text report from standard input.",
                "With --json: one JSON object per report per line, {id, title, date, entities, events, relations}."})
final class ExtractCommand implements Callable<Integer> {
    /** One report's extraction as printed. */
    record Extracted(String id, String title, String date, List<Entity> entities, List<Event> events, List<Relation> relations) {
    }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files, or '-' for standard input.")
    List<String> files;
    @Option(names = "--json", description = "One JSON object per report per line.")
    boolean json;
    @Option(names = "--aliases", paramLabel = "FILE", description = "Analyst's aliases file to apply.")
    Path aliases;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Extractor extractor = aliases == null ? Extractors.standard() : Extractors.forCorpus(null, aliases);
        ReportReader reader = new ReportReader();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (String name : files) {
            List<Report> reports = new ArrayList<>();
            try {
                if (name.equals("-")) {
                    // read as a .txt file is: bounded, binary refused, dated by its dateline
                    ReportReader.Result read = reader.readPlainText("stdin", System.in);
                    read.warnings().forEach(w -> err.println("kgi: standard input: " + w));
                    reports.addAll(read.reports());
                } else {
                    Path p = Path.of(name);
                    if (!Files.isRegularFile(p)) {
                        throw new ReportReadException(Files.isDirectory(p) ? "a directory, not a report file"
                                : "no such file");
                    }
                    CorpusFile f = new CorpusFile(p, p.getFileName().toString(), Files.size(p), Files.getLastModifiedTime(p).toMillis());
                    if (!ReportReader.supports(f)) {
                        throw new ReportReadException("unsupported file type '." + f.extension() + "'");
                    }
                    ReportReader.Result read = reader.read(f);
                    read.warnings().forEach(w -> err.println("kgi: " + name + ": " + w));
                    read.lost().forEach(w -> err.println("kgi: " + name + ": " + w));
                    failures += read.lost().isEmpty() ? 0 : 1;
                    reports.addAll(read.reports());
                }
            } catch (ReportReadException | IOException e) {
                err.println("kgi: " + name + ": " + e.getMessage());
                failures++;
                continue;
            }
            for (Report r : reports) {
                Extraction x = extractor.extract(r);
                Extracted e = new Extracted(r.id(), r.title(), r.date() == null ? null : r.date().toString(),
                        x.entities(), x.events(), x.relations());
                if (json) {
                    out.println(Json.mapper().writeValueAsString(e));
                } else {
                    print(e, out);
                }
            }
        }
        out.flush();
        err.flush();
        return failures == 0 ? 0 : 1;
    }

    private static void print(Extracted e, PrintWriter out) {
        out.printf("%s  %s%s%n", e.id(), e.title(), e.date() == null ? "" : "  (" + e.date() + ")");
        for (Kind kind : List.of(Kind.ACTOR, Kind.PLACE)) {
            for (Entity en : e.entities()) {
                if (en.kind() == kind) {
                    out.printf("  %-6s %-16s %s%s%n", kind.label(), en.type(), en.name(),
                            en.aliases().isEmpty() ? "" : "  aka " + String.join(", ", en.aliases()));
                }
            }
        }
        for (Event ev : e.events()) {
            out.printf("  event  %s%s%s%s%s: %s%n", ev.type(), ev.subType() == null ? "" : " / " + ev.subType(),
                    ev.date() == null ? "" : " " + ev.date().value(), ev.place() == null ? "" : " at " + ev.place(),
                    "asserted".equals(ev.modality()) ? "" : " [" + ev.modality() + "]", // denied, planned, threatened
                    String.join(", ", ev.participants().stream().map(p -> p.id() + " (" + p.role() + ")").toList()));
        }
        out.println();
    }
}
