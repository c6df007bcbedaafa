package org.kaowu.certification.documents;

import java.util.BitSet;
import java.util.random.RandomGenerator;

/**
 * Hands out status-list indexes to new certificates: each at random among the free ones of a list of {@code size}
 * entries, never one already taken (by a certificate issued before, given to the constructor, or by this allocator).
 * A random index, unlike a sequential one, tells nothing about when a certificate was issued or which others were
 * issued with it (the Bitstring Status List's privacy advice). Pure given its random source: production passes a
 * SecureRandom, tests a seeded generator. Random probes first; when the list is so full that they keep hitting taken
 * entries, the first free entry after a random start. Not thread-safe: issuance draws under its own lock.
 */
public final class StatusIndexes {

    private static final int PROBES = 32;

    private final int size;
    private final BitSet taken;
    private final RandomGenerator random;
    private int free;

    /** {@code taken}: the indexes already given to certificates of this list (copied, not changed). */
    public StatusIndexes(int size, BitSet taken, RandomGenerator random) {
        if (size <= 0 || taken.length() > size) {
            throw new IllegalArgumentException("the taken indexes must lie inside a list of " + size + " entries");
        }
        this.size = size;
        this.taken = (BitSet) taken.clone();
        this.random = random;
        this.free = size - this.taken.cardinality();
    }

    /** How many entries are still free. */
    public int free() {
        return free;
    }

    /** A free index, now taken. Refused with {@link IllegalStateException} when the list is full (start a new one). */
    public int next() {
        if (free == 0) {
            throw new IllegalStateException("the status list's " + size + " entries are all taken: start a new list");
        }
        int index = -1;
        for (int i = 0; i < PROBES && index < 0; i++) {
            int candidate = random.nextInt(size);
            if (!taken.get(candidate)) {
                index = candidate;
            }
        }
        if (index < 0) {
            int start = random.nextInt(size);
            index = taken.nextClearBit(start);
            if (index >= size) {
                index = taken.nextClearBit(0);
            }
        }
        taken.set(index);
        free--;
        return index;
    }
}
