/** The public catalogue page. */
package org.kaowu.web.catalogue;
