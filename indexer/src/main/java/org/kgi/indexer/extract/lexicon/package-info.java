/**
 * Word lists the extractor decides with: function words, calendar words, cues for actors and places
 * and event triggers. Lookups are on lower-case forms in hash sets.
 */
package org.kgi.indexer.extract.lexicon;
