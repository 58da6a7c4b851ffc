/**
 * The Lucene index: its schema (one class), the mapping of a report to a Lucene document, and the
 * incremental, crash-safe synchronisation of a corpus directory with the index.
 */
package org.kgi.indexer.index;
