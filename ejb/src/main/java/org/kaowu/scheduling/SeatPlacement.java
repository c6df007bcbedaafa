package org.kaowu.scheduling;

/** One candidate's seat on one exam day: the room, the grid cell (0-based) and the seat number the pattern gives. */
public record SeatPlacement(long registrationId, long roomId, int row, int column, int seatNumber) {
}
