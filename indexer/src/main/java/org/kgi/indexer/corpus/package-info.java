/**
 * Reading reports from files (text, Markdown, JSON, JSON lines) into {@link org.kgi.indexer.corpus.Report}
 * values, and walking a corpus directory; each file read is a typed outcome.
 */
package org.kgi.indexer.corpus;
