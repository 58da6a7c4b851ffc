package org.kgi.graph.io;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;

/**
 * Writes a {@link KnowledgeGraph} (the whole graph, or a {@link KnowledgeGraph#window time slice}) in one of the
 * {@link ExportFormat}s. Every format carries, per node, its id, name, kind, type, aliases and attributes, and per
 * edge its source, target, relation, weight and first/last dates; the evidence sentences stay out (ask the API).
 * Output is deterministic (graph insertion order). Stateless and thread-safe.
 */
public final class GraphExport {
    /** Node properties written by every format; node attributes with these keys are left out. */
    static final Set<String> RESERVED = Set.of("id", "label", "name", "kind", "type", "aliases", "source", "target",
            "relation", "weight", "firstDate", "lastDate", "evidenceCount");
    /** Separates aliases in formats without lists (GraphML, GEXF). */
    public static final String ALIAS_SEPARATOR = "|";

    private final KnowledgeGraph graph;

    public GraphExport(KnowledgeGraph graph) {
        if (graph == null) {
            throw new IllegalArgumentException("GraphExport needs a graph");
        }
        this.graph = graph;
    }

    /** Writes the graph to {@code out} (UTF-8; a zip for {@link ExportFormat#NEO4J_CSV}); does not close it. */
    public void write(ExportFormat format, OutputStream out) throws IOException {
        OutputStream open = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        if (format == ExportFormat.NEO4J_CSV) {
            try (ZipOutputStream zip = new ZipOutputStream(open, StandardCharsets.UTF_8)) {
                Neo4jCsv csv = new Neo4jCsv(graph, attributeKeys());
                zip.putNextEntry(new ZipEntry("nodes.csv"));
                Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
                csv.writeNodes(w);
                w.flush();
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("relationships.csv"));
                csv.writeRelationships(w);
                w.flush();
                zip.closeEntry();
            }
            return;
        }
        try (Writer w = new BufferedWriter(new OutputStreamWriter(open, StandardCharsets.UTF_8))) {
            write(format, w);
        }
    }

    /** Writes a text format; for {@link ExportFormat#NEO4J_CSV} use {@link #writeNeo4j} or the stream method. */
    public void write(ExportFormat format, Writer out) throws IOException {
        try {
            switch (format) {
                case GRAPHML -> new XmlExports(graph, attributeKeys()).graphMl(out);
                case GEXF -> new XmlExports(graph, attributeKeys()).gexf(out);
                case CYTOSCAPE -> new CytoscapeJson(graph, attributeKeys()).write(out);
                case NEO4J_CSV -> throw new IllegalArgumentException(
                        "neo4j-csv is two files: use writeNeo4j(nodes, relationships) or write(format, OutputStream)");
            }
        } catch (UncheckedIOException e) { // JGraphT's exporters wrap the writer's IOException
            throw e.getCause();
        }
        out.flush();
    }

    /** Writes the neo4j-admin import files: {@code nodes.csv} and {@code relationships.csv}. */
    public void writeNeo4j(Writer nodes, Writer relationships) throws IOException {
        Neo4jCsv csv = new Neo4jCsv(graph, attributeKeys());
        csv.writeNodes(nodes);
        nodes.flush();
        csv.writeRelationships(relationships);
        relationships.flush();
    }

    /** The node attribute keys in use, sorted, without the {@link #RESERVED} ones. */
    private SortedSet<String> attributeKeys() {
        SortedSet<String> keys = new TreeSet<>();
        for (Node n : graph.nodes()) {
            keys.addAll(n.attributes().keySet());
        }
        keys.removeAll(RESERVED);
        return keys;
    }
}
