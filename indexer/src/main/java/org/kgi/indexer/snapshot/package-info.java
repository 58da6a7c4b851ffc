/**
 * Immutable views derived from one index generation (the entity catalog, and the knowledge graph), rebuilt
 * after every refresh and swapped in atomically, so readers never see a half-built view.
 */
package org.kgi.indexer.snapshot;
