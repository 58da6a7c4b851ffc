/**
 * Knowledge-graph answers as the HTTP API and the command line show them: neighbours, paths, rankings,
 * communities, events and entity pages, each edge with the sentences that support it.
 */
package org.kgi.server.graph;
