package org.kgi.server.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kgi.graph.DateWindow;
import org.kgi.graph.Kind;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.io.ExportFormat;
import org.kgi.graph.io.GraphExport;
import org.kgi.graph.scoring.Measure;
import org.kgi.indexer.index.ReadOnlyIndex;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.json.Json;
import org.kgi.indexer.search.DateBound;
import org.kgi.indexer.search.ReportSearcher;
import org.kgi.indexer.search.ReportStore;
import org.kgi.indexer.snapshot.IndexSnapshot;
import org.kgi.indexer.snapshot.SnapshotBuilder;
import org.kgi.server.graph.GraphAnswers;
import org.kgi.server.graph.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kgi graph ...}: the knowledge graph of an index's last commit; works while a server runs. */
@Command(name = "graph", mixinStandardHelpOptions = true, description = "Query or export the knowledge graph of an index.",
        subcommands = {GraphCommand.Neighbors.class, GraphCommand.PathCmd.class, GraphCommand.Rank.class,
                GraphCommand.CommunitiesCmd.class, GraphCommand.Export.class})
final class GraphCommand {
    @Mixin
    IndexDirOption index;

    /** Opens the index, builds its graph, runs {@code body} and prints its answer. */
    interface Query {
        Object run(GraphAnswers answers) throws Exception;
    }

    int answer(CommandSpec spec, boolean json, Query query, java.util.function.BiConsumer<Object, PrintWriter> text) throws Exception {
        try (ReadOnlyIndex idx = ReadOnlyIndex.open(index.index)) {
            IndexSnapshot snap = SnapshotBuilder.build(idx.searchers());
            ReportSearcher searcher = new ReportSearcher(idx.searchers(), Schema.analyzer(), snap::catalog);
            GraphAnswers answers = new GraphAnswers(() -> snap, new ReportStore(idx.searchers(), Schema.analyzer()), searcher);
            Object result;
            try {
                result = query.run(answers);
            } catch (IllegalArgumentException e) {
                // a bound passed (--depth 9, --k 50) or a value that is none (--by foo): a usage error, exit 2
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.mapper().writeValueAsString(result));
            } else {
                text.accept(result, out);
            }
            out.flush();
            return 0;
        }
    }

    /** {@code --from}, {@code --to} and {@code --without-generic} of the commands that rank or group the graph. */
    static final class Slice {
        @Option(names = "--from", description = "Over the evidence on or after this date (YYYY[-MM[-DD]]).")
        String from;
        @Option(names = "--to", description = "Over the evidence on or before this date.")
        String to;
        @Option(names = "--without-generic", description = "Leave out generic actors (civilians, police, gunmen).")
        boolean withoutGeneric;

        DateWindow window(CommandSpec spec) {
            return GraphCommand.window(spec, from, to);
        }
    }

    /** The window of {@code --from} and {@code --to}; a date that is none is a usage error (exit 2). */
    static DateWindow window(CommandSpec spec, String from, String to) {
        try {
            return DateWindow.of(from == null ? null : DateBound.first(from), to == null ? null : DateBound.last(to));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--from/--to: " + e.getMessage());
        }
    }

    /** The kinds of {@code --kind}; a kind that is none is a usage error (exit 2). */
    static Set<Kind> kinds(CommandSpec spec, List<String> labels) {
        Set<Kind> out = new LinkedHashSet<>();
        try {
            if (labels != null) {
                labels.forEach(l -> out.add(Kind.parse(l)));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--kind: " + e.getMessage());
        }
        return out;
    }

    /** Options every query subcommand has. */
    static class Common {
        @ParentCommand
        GraphCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print the same JSON as the HTTP API.")
        boolean json;
    }

    @Command(name = "neighbors", mixinStandardHelpOptions = true, description = "Entities connected to ID, nearest and strongest first.")
    static final class Neighbors extends Common implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "Entity id, e.g. actor:multinational-security-support-mission")
        String id;
        @Option(names = "--depth", defaultValue = "1", description = "Hops, 1 to 3 (default: ${DEFAULT-VALUE}).")
        int depth;
        @Option(names = "--kind", split = ",", description = "Only these kinds: actor, place, event.")
        List<String> kind;
        @Option(names = "--from", description = "Only evidence on or after this date (YYYY[-MM[-DD]]).")
        String from;
        @Option(names = "--to", description = "Only evidence on or before this date.")
        String to;
        @Option(names = "--limit", defaultValue = "25", description = "Nodes at most (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws Exception {
            Set<Kind> kinds = kinds(spec, kind);
            DateWindow w = window(spec, from, to);
            return parent.answer(spec, json, a -> a.neighbours(id, depth, kinds, Set.of(), Set.of(), w, limit, 1),
                    (r, out) -> {
                        Views.Neighbours n = (Views.Neighbours) r;
                        n.nodes().stream().skip(1).forEach(v -> out.printf("%d  %-50s %-16s %s%n", v.distance(), v.id(), v.type(), v.name()));
                        if (n.truncated()) {
                            out.println("(more nodes than --limit)");
                        }
                    });
        }
    }

    @Command(name = "path", mixinStandardHelpOptions = true, description = "The shortest paths between two entities, with evidence.")
    static final class PathCmd extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FROM")
        String from;
        @Parameters(index = "1", paramLabel = "TO")
        String to;
        @Option(names = "--k", defaultValue = "3", description = "How many paths, 1 to 10 (default: ${DEFAULT-VALUE}).")
        int k;
        @Option(names = "--max-length", defaultValue = "4", description = "Longest path in edges, 1 to 6 (default: ${DEFAULT-VALUE}).")
        int maxLength;

        @Override
        public Integer call() throws Exception {
            return parent.answer(spec, json, a -> a.paths(from, to, k, maxLength, Set.of(), Set.of(), DateWindow.ALL, 1), (r, out) -> {
                Views.Paths p = (Views.Paths) r;
                if (p.paths().isEmpty()) {
                    out.println(p.reason());
                }
                for (Views.PathView path : p.paths()) {
                    out.println(String.join(" -> ", path.nodes()));
                    for (Views.EdgeView e : path.edges()) {
                        out.printf("    %s %s %s: %s%n", e.source(), e.relation(), e.target(),
                                e.evidence().isEmpty() ? "" : "\"" + e.evidence().get(0).text() + "\" (" + e.evidence().get(0).document() + ")");
                    }
                }
            });
        }
    }

    @Command(name = "rank", mixinStandardHelpOptions = true, description = "The most central entities.")
    static final class Rank extends Common implements Callable<Integer> {
        @Option(names = "--by", defaultValue = "pagerank", description = "degree, weighted_degree, pagerank or betweenness (default: ${DEFAULT-VALUE}).")
        String by;
        @Option(names = "--kind", split = ",", description = "Only these kinds: actor, place, event.")
        List<String> kind;
        @Option(names = "--limit", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE}).")
        int limit;
        @Mixin
        Slice slice;

        @Override
        public Integer call() throws Exception {
            Set<Kind> kinds = kinds(spec, kind);
            DateWindow w = slice.window(spec);
            return parent.answer(spec, json, a -> a.rank(Measure.parse(by), kinds, Set.of(), limit, w,
                    !slice.withoutGeneric), (r, out) ->
                    ((Views.Ranking) r).ranking().forEach(v -> out.printf("%10.4f  %-50s %s%n", v.score(), v.id(), v.name())));
        }
    }

    @Command(name = "communities", mixinStandardHelpOptions = true, description = "Groups of closely connected actors and places.")
    static final class CommunitiesCmd extends Common implements Callable<Integer> {
        @Option(names = "--limit", defaultValue = "10", description = "How many (default: ${DEFAULT-VALUE}).")
        int limit;
        @Mixin
        Slice slice;

        @Override
        public Integer call() throws Exception {
            DateWindow w = slice.window(spec);
            return parent.answer(spec, json, a -> a.communities(limit, 20, w, !slice.withoutGeneric), (r, out) -> {
                for (Views.CommunityView c : ((Views.CommunityList) r).communities()) {
                    out.printf("community %d (%d members): %s%n", c.index(), c.size(),
                            String.join(", ", c.members().stream().map(Views.NodeView::name).toList()));
                }
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the graph (or a time slice) to a file.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        GraphCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--format", required = true, description = "graphml, gexf, cytoscape or neo4j-csv (a zip).")
        String format;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;
        @Option(names = "--from", description = "Only evidence on or after this date.")
        String from;
        @Option(names = "--to", description = "Only evidence on or before this date.")
        String to;

        @Override
        public Integer call() throws Exception {
            ExportFormat f = ExportFormat.parse(format);
            try (ReadOnlyIndex idx = ReadOnlyIndex.open(parent.index.index)) {
                KnowledgeGraph g = SnapshotBuilder.build(idx.searchers()).graph();
                DateWindow w = window(spec, from, to);
                KnowledgeGraph slice = w.isUnbounded() ? g : g.window(w);
                try (OutputStream o = Files.newOutputStream(out)) {
                    new GraphExport(slice).write(f, o);
                }
                spec.commandLine().getErr().printf("kgi: wrote %d nodes and %d edges to %s%n", slice.nodeCount(), slice.edgeCount(), out);
                spec.commandLine().getErr().flush();
            }
            return 0;
        }
    }
}
