/** The schema: Flyway migrations found inside the deployment, applied before Hibernate validates the mapping. */
package org.kaowu.platform.persistence;
