/**
 * The picocli commands of {@code ./kgi}: index, serve, search. Options are parsed once into typed values;
 * commands print to the picocli streams so tests can call {@link org.kgi.server.Main#run} and read them.
 */
package org.kgi.server.cli;
