/**
 * Resolution of mentions to entities: per-report name keys, acronyms, nicknames and surnames, the
 * analyst's aliases file, and stable ids ({@code actor:} / {@code place:} + slug).
 */
package org.kgi.indexer.extract.resolve;
