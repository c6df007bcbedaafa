package org.kaowu.certification;

import jakarta.ejb.ApplicationException;
import org.kaowu.shared.AuthorityClock;

/**
 * A fault hook for the test server only (started with {@code -Dkaowu.clock.adjustable=true}): the next batch of one
 * exam weighs its sittings in chunks of a chosen size and its k-th chunk's transaction dies after its certificates were
 * written (as when the node is killed): the chunk is rolled back with the serials it took, the batch stays RUNNING and
 * its job ends. {@link Certificates#resume} then takes it up as the job's recovery would. Anywhere else the hook cannot
 * be armed and the chunk size is {@link Certificates#CHUNK}.
 */
public final class IssuanceFaults {

    /** The simulated death of a chunk's transaction: rolls it back and passes through the EJB container unwrapped. */
    @ApplicationException(rollback = true)
    public static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(long runId, int chunk) {
            super("simulated crash of issuance run " + runId + " in chunk " + chunk);
        }
    }

    private record Armed(long examId, int chunkSize, int crashAtChunk) {
    }

    private static volatile Armed armed;
    private static volatile int chunksWritten;

    private IssuanceFaults() {
    }

    /** Arms the hook for the exam: chunks of {@code chunkSize} (1 to CHUNK), the {@code crashAtChunk}-th (from 1) dies once. */
    public static synchronized void arm(long examId, int chunkSize, int crashAtChunk) {
        if (!AuthorityClock.adjustable()) {
            throw new IllegalStateException("the issuance fault hook exists on a test server only");
        }
        if (chunkSize < 1 || chunkSize > Certificates.CHUNK || crashAtChunk < 0) {
            throw new IllegalArgumentException("chunk size 1 to " + Certificates.CHUNK + ", crash at chunk 0 or more");
        }
        armed = new Armed(examId, chunkSize, crashAtChunk);
        chunksWritten = 0;
    }

    public static synchronized void disarm() {
        armed = null;
        chunksWritten = 0;
    }

    private static Armed armedFor(long examId) {
        Armed a = armed;
        return a != null && AuthorityClock.adjustable() && a.examId() == examId ? a : null;
    }

    static int chunkSize(long examId) {
        Armed a = armedFor(examId);
        return a == null ? Certificates.CHUNK : a.chunkSize();
    }

    /** Called in a chunk's transaction after its rows were flushed: dies there when this is the armed chunk. */
    static synchronized void afterChunk(long examId, long runId) {
        Armed a = armedFor(examId);
        if (a == null || a.crashAtChunk() == 0) {
            return;
        }
        chunksWritten++;
        if (chunksWritten == a.crashAtChunk()) {
            armed = new Armed(a.examId(), a.chunkSize(), 0);
            throw new SimulatedCrash(runId, chunksWritten);
        }
    }
}
