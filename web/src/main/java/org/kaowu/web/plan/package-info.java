/** Plan pages: the office's plans (import, publish, change, job runs) and the public exam calendar. */
package org.kaowu.web.plan;
