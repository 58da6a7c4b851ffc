/**
 * Finding names in sentences: capitalised-sequence chunking, typing each name from its words and
 * context cues, and the special shapes (acronym definitions, slash pairs, nicknames, demonyms).
 */
package org.kgi.indexer.extract.mention;
