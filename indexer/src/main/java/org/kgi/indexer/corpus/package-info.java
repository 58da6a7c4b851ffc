/**
 * Reading reports from files (text, Markdown, JSON, JSON lines; HTML, PDF, Word, OpenDocument, RTF and e-mail
 * through Apache Tika) into {@link org.kgi.indexer.corpus.Report} values, and walking a corpus directory; each
 * file read is a typed outcome: reports with warnings, or a {@link org.kgi.indexer.corpus.ReportReadException}
 * whose message is the reason.
 */
package org.kgi.indexer.corpus;
