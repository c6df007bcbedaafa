/**
 * The one Quartz scheduler of the application: clustered JDBC job store (JobStoreCMT) on the application's database,
 * its tables and lock rows created by Flyway, owned by {@link org.kaowu.platform.scheduling.Scheduling} from start to
 * shutdown. Capabilities bring their own jobs; this room knows none of them.
 */
package org.kaowu.platform.scheduling;
