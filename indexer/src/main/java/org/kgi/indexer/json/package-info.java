/**
 * The project's JSON conventions in one place: the Jackson mapper used for stored extractions, the CLI's
 * {@code --json} output and the HTTP API, so that all three print the same shapes.
 */
package org.kgi.indexer.json;
