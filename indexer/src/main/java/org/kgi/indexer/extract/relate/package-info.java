/**
 * Relations for the knowledge graph: who acted with or against whom, who took part in which event,
 * where events happened, which place lies in which, who belongs to or leads which group.
 */
package org.kgi.indexer.extract.relate;
