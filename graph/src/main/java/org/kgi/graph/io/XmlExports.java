package org.kgi.graph.io;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.kgi.graph.Edge;
import org.kgi.graph.KnowledgeGraph;
import org.kgi.graph.Node;

/** GraphML and GEXF through jgrapht-io's exporters, with the node and edge attributes registered as keys. */
final class XmlExports {
    private final KnowledgeGraph graph;
    private final SortedSet<String> attributeKeys;

    XmlExports(KnowledgeGraph graph, SortedSet<String> attributeKeys) {
        this.graph = graph;
        this.attributeKeys = attributeKeys;
    }

    void graphMl(Writer out) {
        GraphMLExporter<String, Edge> exporter = new GraphMLExporter<>(XmlExports::xml);
        exporter.setEdgeIdProvider(e -> xml(edgeId(e)));
        for (String key : new String[] {"name", "kind", "type", "aliases"}) {
            exporter.registerAttribute(key, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        for (String key : attributeKeys) {
            exporter.registerAttribute(key, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        exporter.registerAttribute("relation", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setExportEdgeWeights(true); // JGraphT's own "weight" key (a double): the evidence count
        exporter.registerAttribute("firstDate", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("lastDate", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(id -> nodeAttributes(graph.requireNode(id), "name"));
        exporter.setEdgeAttributeProvider(XmlExports::edgeAttributes);
        exporter.exportGraph(new WeightedView(graph.graph()), out);
    }

    void gexf(Writer out) {
        GEXFExporter<String, Edge> exporter = new GEXFExporter<>(XmlExports::xml, e -> xml(edgeId(e)));
        for (String key : new String[] {"kind", "type", "aliases"}) {
            exporter.registerAttribute(key, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        }
        for (String key : attributeKeys) {
            exporter.registerAttribute(key, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        }
        exporter.registerAttribute("relation", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute("firstDate", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute("lastDate", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setVertexAttributeProvider(id -> nodeAttributes(graph.requireNode(id), "label"));
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = edgeAttributes(e);
            a.put("label", DefaultAttribute.createAttribute(e.relation().label()));
            return a;
        });
        exporter.exportGraph(new WeightedView(graph.graph()), out);
    }

    /**
     * A stable, unique edge id, {@code source__relation__target}, made of XML name characters (GraphML ids are
     * NMTOKENs) as long as the node ids are slugs.
     */
    static String edgeId(Edge e) {
        return e.source() + "__" + e.relation().label() + "__" + e.target();
    }

    /**
     * {@code s} with each character XML 1.0 cannot hold (a control character of a report's text, such as U+0007, or a
     * lone surrogate) replaced by U+FFFD: the writer would stop the file half-way at the first of them.
     */
    static String xml(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c < 0xFFFE
                    || Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }

    private Map<String, Attribute> nodeAttributes(Node n, String nameKey) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put(nameKey, DefaultAttribute.createAttribute(xml(n.name())));
        a.put("kind", DefaultAttribute.createAttribute(n.kind().label()));
        a.put("type", DefaultAttribute.createAttribute(n.type()));
        a.put("aliases", DefaultAttribute.createAttribute(xml(String.join(GraphExport.ALIAS_SEPARATOR, n.aliases()))));
        n.attributes().forEach((k, v) -> {
            if (attributeKeys.contains(k)) {
                a.put(k, DefaultAttribute.createAttribute(xml(v)));
            }
        });
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(Edge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("relation", DefaultAttribute.createAttribute(e.relation().label()));
        e.firstDate().ifPresent(d -> a.put("firstDate", DefaultAttribute.createAttribute(d.toString())));
        e.lastDate().ifPresent(d -> a.put("lastDate", DefaultAttribute.createAttribute(d.toString())));
        return a;
    }
}
