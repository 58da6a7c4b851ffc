/**
 * Bounded traversals from one node: its neighbourhood to depth 1–3 over the undirected view, with kind, type,
 * relation and time filters.
 */
package org.kgi.graph.traverse;
