/**
 * Extraction of actors, places, events and relations from a report's text, with the character
 * spans they came from. {@link org.kgi.indexer.extract.Extractor} is the seam;
 * {@link org.kgi.indexer.extract.RuleExtractor} the rule-based implementation (text, mention, resolve,
 * events and relate sub-packages, in pipeline order; lexicon and gazetteer are its word lists and places).
 */
package org.kgi.indexer.extract;
