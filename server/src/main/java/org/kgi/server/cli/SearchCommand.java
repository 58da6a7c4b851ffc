package org.kgi.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kgi.indexer.index.ReadOnlyIndex;
import org.kgi.indexer.index.Schema;
import org.kgi.indexer.json.Json;
import org.kgi.indexer.search.Hit;
import org.kgi.indexer.search.ReportSearcher;
import org.kgi.indexer.search.SearchRequest;
import org.kgi.indexer.search.SearchResult;
import org.kgi.indexer.snapshot.EntityCatalog;
import org.kgi.indexer.snapshot.SnapshotBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kgi search QUERY}: the API's search, printed. Reads the last commit; works while a server runs. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index with Lucene query syntax and print the best reports with their snippets.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "Lucene query, e.g. 'Cherizier', '\"police station\"', 'title:gang AND body:Liancourt'.")
    String query;
    @Mixin
    IndexDirOption index;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--json", description = "Print the same JSON object as GET /api/search.")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SearchRequest request;
        try {
            request = SearchRequest.of(query, limit);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SearchResult result;
        try (ReadOnlyIndex idx = ReadOnlyIndex.open(index.index)) {
            EntityCatalog catalog = SnapshotBuilder.buildCatalog(idx.searchers());
            result = new ReportSearcher(idx.searchers(), Schema.analyzer(), () -> catalog).search(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(result));
        } else {
            out.printf("%s%d %s %s%n", result.totalApproximate() ? "about " : "", result.total(),
                    result.total() == 1 ? "report matches" : "reports match", query);
            int rank = 1;
            for (Hit hit : result.hits()) {
                out.printf("%n%2d. %s  [%s%s]  score %.2f%n", rank++, hit.title(), hit.id(),
                        hit.date() == null ? "" : ", " + hit.date(), hit.score());
                for (String snippet : hit.snippets()) {
                    out.println("    " + Snippets.toTerminal(snippet));
                }
            }
        }
        out.flush();
        return 0;
    }
}
