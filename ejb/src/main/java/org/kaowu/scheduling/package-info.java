/**
 * Scheduling: turns a closed registration into an exam that can be held. Venues (sites under the provincial exam
 * areas, their rooms with seat layouts, spare rooms, and the days each room is lent), seat allocation per exam and
 * area (reproducible from a recorded seed, employer neighbours kept apart, accessible rooms, a reserve), ticket numbers,
 * re-seating with minimal disturbance; later invigilator rosters and the admission ticket.
 */
package org.kaowu.scheduling;
