package org.kgi.graph.io;

/** The formats {@link GraphExport} writes, with the label used in {@code ?format=} and a media type. */
public enum ExportFormat {
    /** GraphML (XML), for yEd, Gephi, NetworkX, igraph. */
    GRAPHML("graphml", "application/graphml+xml", "graph.graphml"),
    /** GEXF 1.2 (XML), for Gephi. */
    GEXF("gexf", "application/gexf+xml", "graph.gexf"),
    /** Cytoscape.js JSON: {@code {"elements":{"nodes":[{"data":{...}}],"edges":[{"data":{...}}]}}}. */
    CYTOSCAPE("cytoscape", "application/json", "graph.cyjs"),
    /** A zip of {@code nodes.csv} and {@code relationships.csv} for {@code neo4j-admin database import}. */
    NEO4J_CSV("neo4j-csv", "application/zip", "graph-neo4j.zip");

    private final String label;
    private final String mediaType;
    private final String fileName;

    ExportFormat(String label, String mediaType, String fileName) {
        this.label = label;
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A default file name for a download. */
    public String fileName() {
        return fileName;
    }

    /** Parses {@code graphml}, {@code gexf}, {@code cytoscape} or {@code neo4j-csv} (any case). */
    public static ExportFormat parse(String label) {
        for (ExportFormat f : values()) {
            if (f.label.equalsIgnoreCase(label == null ? "" : label.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + label
                + "' (expected graphml, gexf, cytoscape or neo4j-csv)");
    }
}
