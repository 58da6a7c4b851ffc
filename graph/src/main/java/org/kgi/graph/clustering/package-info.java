/**
 * Communities of a knowledge graph: seeded label propagation over the actors (and optionally places), computed
 * once per snapshot.
 */
package org.kgi.graph.clustering;
