package org.kaowu.scheduling;

/**
 * What a ticket number (准考证号) is made of, as {@link TicketNumberTemplate#format} takes it.
 *
 * @param year       the exam year (four digits)
 * @param examCode   the exam's code
 * @param area       the exam area's name, one of {@code Areas.ALL} (written as its {@link AreaCodes} code)
 * @param siteCode   the site's code
 * @param roomNumber the room's number at its site
 * @param seatNumber the seat number (1-based)
 */
public record TicketParts(int year, String examCode, String area, String siteCode, String roomNumber, int seatNumber) {
}
