/**
 * The {@code bench/run} command line: {@code generate} writes a synthetic corpus, {@code run} measures kgi
 * against bare Lucene on one.
 */
package org.kgi.bench;
