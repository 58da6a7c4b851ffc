/**
 * Timelines: the events an actor took part in, or that happened at a place, in date order.
 */
package org.kgi.graph.timeline;
