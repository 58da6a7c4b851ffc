/**
 * The HTTP surface: the Javalin app ({@link org.kgi.server.http.KgiApp}), one small class per resource,
 * and errors mapped to {@code application/problem+json} in one place.
 */
package org.kgi.server.http;
