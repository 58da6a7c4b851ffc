/**
 * Extraction of actors, places, events and relations from a report's text, with the character
 * spans they came from. {@link org.kgi.indexer.extract.Extractor} is the seam.
 */
package org.kgi.indexer.extract;
