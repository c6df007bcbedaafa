/** The ADMIN's pages: staff accounts, catalogue editions, the schema and the audit trail. */
package org.kaowu.web.admin;
