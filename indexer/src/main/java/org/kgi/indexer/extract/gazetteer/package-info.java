/**
 * Where places are: the countries of the world (hand-written, with aliases and demonyms) and GeoNames'
 * populated places of 500 people or more (CC-BY 4.0), loaded once from compact resources.
 */
package org.kgi.indexer.extract.gazetteer;
