package org.kaowu.scheduling;

/**
 * A room lent for one exam day, as venues hand it to seat allocation: where it is (area, site), how it is laid out,
 * and whether it is accessible or held back as a spare room (备用考场) for re-seating.
 *
 * @param capacity the seats that may be used (at most rows × columns; a room may leave grid cells empty)
 */
public record AvailableRoom(long roomId, String area, long siteId, String siteCode, String siteName, String siteAddress,
                            String roomNumber, int floor, RoomKind kind, int rows, int columns, SeatPattern pattern,
                            int capacity, boolean accessible, boolean spare) {
}
