/**
 * Text units for extraction: one-pass tokens with character offsets and sentences, with no regular
 * expressions, so that extraction stays linear in the length of the text.
 */
package org.kgi.indexer.extract.text;
