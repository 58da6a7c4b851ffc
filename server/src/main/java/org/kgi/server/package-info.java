/**
 * The kgi program: {@link org.kgi.server.Main} runs the command line; {@link org.kgi.server.Services}
 * wires index, searcher and extractor together for a run.
 */
package org.kgi.server;
