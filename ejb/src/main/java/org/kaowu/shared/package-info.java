/**
 * Value types and services every capability uses: the domain exception that carries a message key (so one error
 * reads well in Chinese and English, on a page and in an API answer), message bundles, the clock of the exam
 * authority (Asia/Shanghai), and the audit trail of decisions that affect a person.
 */
package org.kaowu.shared;
