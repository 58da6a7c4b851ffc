package org.kgi.graph.io;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;

import org.kgi.graph.Edge;
import org.kgi.graph.Evidence;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;

/**
 * The two CSV files of {@code neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv}
 * with its default settings (delimiter {@code ,}, array delimiter {@code ;}, quote {@code "}):
 * <pre>
 * nodes.csv          id:ID,name,kind,type,aliases:string[],&lt;attribute keys...&gt;,:LABEL
 * relationships.csv  :START_ID,:END_ID,:TYPE,weight:long,firstDate:date,lastDate:date,documents:string[]
 * </pre>
 * The label is the kind ({@code Actor}, {@code Place}, {@code Event}); the type is the relation in upper case
 * ({@code ACTED_TOGETHER}); {@code documents} are the reports of the kept evidence. Strings are always quoted,
 * inner quotes doubled; line breaks become spaces (multi-line fields need an import flag) and {@code ;} inside an
 * array item becomes {@code ,}. Unknown values are empty fields, which neo4j-admin imports as absent.
 */
final class Neo4jCsv {
    private final KnowledgeGraph graph;
    private final SortedSet<String> attributeKeys;

    Neo4jCsv(KnowledgeGraph graph, SortedSet<String> attributeKeys) {
        this.graph = graph;
        this.attributeKeys = attributeKeys;
    }

    void writeNodes(Writer out) throws IOException {
        StringBuilder header = new StringBuilder("id:ID,name,kind,type,aliases:string[]");
        for (String key : attributeKeys) {
            header.append(',').append(key.replaceAll("[^A-Za-z0-9_]", "_"));
        }
        out.write(header.append(",:LABEL\n").toString());
        StringBuilder row = new StringBuilder();
        for (Node n : graph.nodes()) {
            row.setLength(0);
            row.append(quote(n.id())).append(',').append(quote(n.name())).append(',').append(quote(n.kind().label()))
                    .append(',').append(quote(n.type())).append(',').append(array(n.aliases()));
            for (String key : attributeKeys) {
                String v = n.attributes().get(key);
                row.append(',').append(v == null ? "" : quote(v));
            }
            String kind = n.kind().label();
            row.append(',').append(kind.substring(0, 1).toUpperCase(Locale.ROOT)).append(kind.substring(1)).append('\n');
            out.write(row.toString());
        }
    }

    void writeRelationships(Writer out) throws IOException {
        out.write(":START_ID,:END_ID,:TYPE,weight:long,firstDate:date,lastDate:date,documents:string[]\n");
        StringBuilder row = new StringBuilder();
        for (Edge e : graph.edges()) {
            Set<String> documents = new LinkedHashSet<>();
            for (Evidence ev : e.evidence()) {
                documents.add(ev.document());
            }
            row.setLength(0);
            row.append(quote(e.source())).append(',').append(quote(e.target())).append(',')
                    .append(e.relation().name()).append(',').append(e.weight()).append(',')
                    .append(e.firstDate().map(Object::toString).orElse("")).append(',')
                    .append(e.lastDate().map(Object::toString).orElse("")).append(',')
                    .append(array(List.copyOf(documents))).append('\n');
            out.write(row.toString());
        }
    }

    private static String array(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder joined = new StringBuilder();
        for (String item : items) {
            joined.append(joined.isEmpty() ? "" : ";").append(item.replace(';', ','));
        }
        return quote(joined.toString());
    }

    private static String quote(String value) {
        return '"' + value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace("\"", "\"\"") + '"';
    }
}
