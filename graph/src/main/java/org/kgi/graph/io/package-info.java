/**
 * Export of a knowledge graph (whole, or a time slice) to GraphML, GEXF, Cytoscape.js JSON and neo4j-admin CSV.
 */
package org.kgi.graph.io;
