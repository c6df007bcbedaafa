package org.kaowu.scheduling;

import java.util.ArrayList;
import java.util.List;

/**
 * A room's grid of rows × columns and the seat numbers its pattern gives. Only the first {@code capacity} seat numbers
 * are used; the other cells stay empty. Rows count from the front (row 0), columns from the left (column 0).
 */
public record SeatLayout(int rows, int columns, SeatPattern pattern, int capacity) {

    public SeatLayout {
        if (rows < 1 || columns < 1 || rows * columns > 400) {
            throw new IllegalArgumentException("a room has 1 to 400 cells");
        }
        if (capacity < 1 || capacity > rows * columns) {
            throw new IllegalArgumentException("capacity must be between 1 and rows × columns");
        }
    }

    /** The seat number (1-based) of a cell, whether or not the cell is used. */
    public int seatNumber(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IllegalArgumentException("no such cell");
        }
        return switch (pattern) {
            case PLAIN -> row * columns + column + 1;
            case W_SHAPED -> row * columns + (row % 2 == 0 ? column : columns - 1 - column) + 1;
            case S_SHAPED -> column * rows + (column % 2 == 0 ? row : rows - 1 - row) + 1;
        };
    }

    /** Whether a cell carries a seat (its number is within the capacity). */
    public boolean used(int row, int column) {
        return seatNumber(row, column) <= capacity;
    }

    /** The used cells in seat-number order, each as {row, column}. */
    public List<int[]> seatsInOrder() {
        int[][] byNumber = new int[rows * columns + 1][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                byNumber[seatNumber(r, c)] = new int[]{r, c};
            }
        }
        List<int[]> out = new ArrayList<>(capacity);
        for (int n = 1; n <= capacity; n++) {
            out.add(byNumber[n]);
        }
        return out;
    }

    /** Whether two cells are neighbours: directly left, right, in front or behind. */
    public static boolean adjacent(int row1, int column1, int row2, int column2) {
        return Math.abs(row1 - row2) + Math.abs(column1 - column2) == 1;
    }
}
