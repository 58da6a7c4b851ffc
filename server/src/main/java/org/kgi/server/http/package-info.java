/**
 * The HTTP surface: the Javalin app ({@link org.kgi.server.http.KgiApp}), one small class per resource,
 * the web page's HTML shells ({@link org.kgi.server.http.WebPages}), the OpenAPI description
 * ({@code /web/openapi.json}), and errors mapped to {@code application/problem+json} in one place.
 */
package org.kgi.server.http;
