/**
 * Sign-in for people and machines against one identity store (the account table): pages use a form and a session;
 * API clients send HTTP Basic credentials once and keep the session cookie. Unauthenticated API calls get a
 * problem+json 401, never the sign-in page.
 */
package org.kaowu.web.security;
