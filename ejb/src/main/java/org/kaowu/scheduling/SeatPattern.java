package org.kaowu.scheduling;

/**
 * How the seats of a room's rows × columns grid are numbered, i.e. the seat numbers candidates see.
 * PLAIN: row by row, each row left to right. S_SHAPED (蛇形): column by column, down the first, up the second, and so
 * on. W_SHAPED: row by row, left to right then right to left on the next row.
 */
public enum SeatPattern {
    PLAIN, S_SHAPED, W_SHAPED
}
