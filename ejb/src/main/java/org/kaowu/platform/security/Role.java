package org.kaowu.platform.security;

/** The four kinds of user. The string constants are for {@code @RolesAllowed} and the web.xml constraints. */
public enum Role {
    CANDIDATE, OFFICE, SUPERVISOR, ADMIN;

    public static final String CANDIDATE_NAME = "CANDIDATE";
    public static final String OFFICE_NAME = "OFFICE";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String ADMIN_NAME = "ADMIN";

    public boolean staff() {
        return this != CANDIDATE;
    }

    /** The area of the site this role works in. */
    public String home() {
        return "/" + name().toLowerCase(java.util.Locale.ROOT) + "/";
    }
}
