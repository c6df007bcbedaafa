package org.kaowu.platform.security;

/** An account's standing changed (disabled, enabled, password replaced): caches of it are dropped once committed. */
public record AccountChanged(String username) {
}
