/**
 * Events: sentence-level triggers typed with the ACLED taxonomy, their participants and roles, place,
 * date (absolute or relative to the report's date) and modality.
 */
package org.kgi.indexer.extract.events;
