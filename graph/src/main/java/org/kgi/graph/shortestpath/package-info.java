/**
 * Shortest paths between two nodes over the undirected view: the shortest one (bidirectional BFS) and the k
 * shortest simple ones (Yen's algorithm), bounded in length, count and time.
 */
package org.kgi.graph.shortestpath;
