/**
 * The JAX-RS API under {@code /api}. Every resource method declares its roles ({@code @RolesAllowed} or
 * {@code @PermitAll}); every error is {@code application/problem+json} (RFC 9457) with a stable {@code type}
 * of the form {@code urn:kaowu:problem:<slug>}.
 */
package org.kaowu.api;
