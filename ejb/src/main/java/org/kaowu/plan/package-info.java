/**
 * Annual exam plans (年度考试工作计划): exams of catalogue entries, their subjects and sessions, and the windows
 * around them (registration, withdrawal and payment, verification, admission tickets, exam days, scores,
 * certificates), nationally or overridden per area. The phase of an exam follows from its windows and the clock
 * ({@link org.kaowu.plan.Timeline#phaseAt}); scheduled jobs only act on the edges.
 */
package org.kaowu.plan;
