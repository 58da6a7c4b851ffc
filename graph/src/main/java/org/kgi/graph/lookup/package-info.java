/**
 * Finding nodes by name: exact lookup and autocomplete over names and aliases, case- and accent-insensitive.
 */
package org.kgi.graph.lookup;
