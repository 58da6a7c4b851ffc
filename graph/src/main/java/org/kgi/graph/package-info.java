/**
 * The knowledge graph of actors, places and events: immutable vertex keys, typed edges with evidence,
 * and the queries over them. Built on JGraphT; knows nothing of Lucene or HTTP.
 */
package org.kgi.graph;
