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
        GraphMLExporter<String, Edge> exporter = new GraphMLExporter<>(id -> id);
        exporter.setEdgeIdProvider(XmlExports::edgeId);
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
        GEXFExporter<String, Edge> exporter = new GEXFExporter<>(id -> id, XmlExports::edgeId);
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

    private Map<String, Attribute> nodeAttributes(Node n, String nameKey) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put(nameKey, DefaultAttribute.createAttribute(n.name()));
        a.put("kind", DefaultAttribute.createAttribute(n.kind().label()));
        a.put("type", DefaultAttribute.createAttribute(n.type()));
        a.put("aliases", DefaultAttribute.createAttribute(String.join(GraphExport.ALIAS_SEPARATOR, n.aliases())));
        n.attributes().forEach((k, v) -> {
            if (attributeKeys.contains(k)) {
                a.put(k, DefaultAttribute.createAttribute(v));
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
