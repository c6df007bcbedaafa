/**
 * The machinery under the capabilities: schema migrations (Flyway, run before Hibernate validates), accounts, roles
 * and password hashing, and the demo data switch. It knows nothing of any capability.
 */
package org.kaowu.platform;
