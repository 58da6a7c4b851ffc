/**
 * Vertex scores over the undirected view of a knowledge graph: degree, weighted degree, PageRank and betweenness
 * (exact, or Brandes with sampled sources on big graphs), each computed once per snapshot and cached.
 */
package org.kgi.graph.scoring;
