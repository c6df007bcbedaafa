package org.kaowu.scheduling;

import jakarta.ejb.ApplicationException;
import org.kaowu.shared.AuthorityClock;

import java.util.Objects;

/**
 * A fault hook for the test server only (started with {@code -Dkaowu.clock.adjustable=true}, like the movable clock):
 * the next run of one exam and area writes its seats in chunks of a chosen size and its k-th chunk's transaction dies
 * after its rows were written (as when the node is killed): the chunk is rolled back, the run stays RUNNING and the
 * job ends. {@link SeatAllocator#resume} then takes the run up as the job's recovery would. Anywhere else the hook
 * cannot be armed and the chunk size is {@link SeatAllocator#CHUNK}.
 */
public final class SeatingFaults {

    /** The simulated death of a chunk's transaction: rolls it back and passes through the EJB container unwrapped. */
    @ApplicationException(rollback = true)
    public static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(long runId, int chunk) {
            super("simulated crash of run " + runId + " in chunk " + chunk);
        }
    }

    private record Armed(long examId, String area, int chunkSize, int crashAtChunk) {
    }

    private static volatile Armed armed;
    private static volatile Long crashingRun;
    private static volatile int chunksWritten;

    private SeatingFaults() {
    }

    /**
     * Arms the hook for the exam and area: chunks of {@code chunkSize} rows (1 to {@link SeatAllocator#CHUNK}), and
     * the {@code crashAtChunk}-th chunk (from 1; 0 for none) dies once. Refused unless on a test server.
     */
    public static synchronized void arm(long examId, String area, int chunkSize, int crashAtChunk) {
        if (!AuthorityClock.adjustable()) {
            throw new IllegalStateException("the seating fault hook exists on a test server only");
        }
        if (chunkSize < 1 || chunkSize > SeatAllocator.CHUNK || crashAtChunk < 0) {
            throw new IllegalArgumentException("chunk size 1 to " + SeatAllocator.CHUNK + ", crash at chunk 0 or more");
        }
        armed = new Armed(examId, Objects.requireNonNull(area), chunkSize, crashAtChunk);
        crashingRun = null;
        chunksWritten = 0;
    }

    /** Disarms the hook. */
    public static synchronized void disarm() {
        armed = null;
        crashingRun = null;
        chunksWritten = 0;
    }

    private static Armed armedFor(AllocationRun run) {
        Armed a = armed;
        return a != null && AuthorityClock.adjustable() && a.examId() == run.getExamId() && a.area().equals(run.getArea())
                ? a : null;
    }

    /** The chunk size for the run: the armed one for its exam and area, else {@link SeatAllocator#CHUNK}. */
    static int chunkSize(AllocationRun run) {
        Armed a = armedFor(run);
        return a == null ? SeatAllocator.CHUNK : a.chunkSize();
    }

    /** Called in a chunk's transaction after its rows were flushed: dies there when this is the armed chunk. */
    static synchronized void afterChunk(AllocationRun run) {
        Armed a = armedFor(run);
        if (a == null || a.crashAtChunk() == 0) {
            return;
        }
        if (crashingRun == null) {
            crashingRun = run.getId();
        }
        if (!crashingRun.equals(run.getId())) {
            return;
        }
        chunksWritten++;
        if (chunksWritten == a.crashAtChunk()) {
            // Once only: the resumed run writes on.
            armed = new Armed(a.examId(), a.area(), a.chunkSize(), 0);
            throw new SimulatedCrash(run.getId(), chunksWritten);
        }
    }
}
