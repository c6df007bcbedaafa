package org.kaowu.scheduling;

/** How a room sits an exam: on paper, or at computers (then each seat has a machine number). */
public enum RoomKind {
    PAPER, COMPUTER
}
