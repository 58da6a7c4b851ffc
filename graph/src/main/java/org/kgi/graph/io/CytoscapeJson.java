package org.kgi.graph.io;

import static org.kgi.graph.io.Json.quote;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.SortedSet;

import org.kgi.graph.Edge;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;

/**
 * Cytoscape.js elements JSON, one element per line: nodes {@code {"data":{"id","label","kind","type","aliases":[..],
 * ...attributes}}} and edges {@code {"data":{"id","source","target","relation","weight","firstDate","lastDate"}}}
 * (dates left out when unknown). Written by hand: this module has no JSON library.
 */
final class CytoscapeJson {
    private final KnowledgeGraph graph;
    private final SortedSet<String> attributeKeys;

    CytoscapeJson(KnowledgeGraph graph, SortedSet<String> attributeKeys) {
        this.graph = graph;
        this.attributeKeys = attributeKeys;
    }

    void write(Writer out) throws IOException {
        out.write("{\"elements\":{\"nodes\":[");
        String sep = "\n";
        for (Node n : graph.nodes()) {
            out.write(sep);
            sep = ",\n";
            out.write("{\"data\":{\"id\":" + quote(n.id()) + ",\"label\":" + quote(n.name()) + ",\"kind\":"
                    + quote(n.kind().label()) + ",\"type\":" + quote(n.type()) + ",\"aliases\":[");
            for (int i = 0; i < n.aliases().size(); i++) {
                out.write((i == 0 ? "" : ",") + quote(n.aliases().get(i)));
            }
            out.write("]");
            for (Map.Entry<String, String> a : n.attributes().entrySet()) {
                if (attributeKeys.contains(a.getKey())) {
                    out.write("," + quote(a.getKey()) + ":" + quote(a.getValue()));
                }
            }
            out.write("}}");
        }
        out.write("\n],\"edges\":[");
        sep = "\n";
        for (Edge e : graph.edges()) {
            out.write(sep);
            sep = ",\n";
            out.write("{\"data\":{\"id\":" + quote(XmlExports.edgeId(e)) + ",\"source\":" + quote(e.source())
                    + ",\"target\":" + quote(e.target()) + ",\"relation\":" + quote(e.relation().label())
                    + ",\"weight\":" + e.weight());
            if (e.firstDate().isPresent()) {
                out.write(",\"firstDate\":" + quote(e.firstDate().get().toString()) + ",\"lastDate\":"
                        + quote(e.lastDate().orElseThrow().toString()));
            }
            out.write("}}");
        }
        out.write("\n]}}\n");
    }
}
