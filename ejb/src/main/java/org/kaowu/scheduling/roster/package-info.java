/**
 * Invigilator rosters (监考编排), the pure part: who serves which post (a room's invigilators, a site's chief examiner,
 * site head, inspectors and reserves) in which session. Plain records in, plain records out, no persistence:
 * {@link org.kaowu.scheduling.roster.RosterSolver} builds a roster that breaks no hard rule (nobody in two places at
 * once, recusal, role, availability, pinned posts kept) and lowers the soft costs (load, experience, mixed sexes,
 * rotation, distance from home, moves against the previous roster), and explains every soft cost.
 */
package org.kaowu.scheduling.roster;
