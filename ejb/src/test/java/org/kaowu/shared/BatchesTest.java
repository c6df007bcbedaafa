package org.kaowu.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchesTest {

    @Test
    void itemsThatWaitTogetherAreDoneTogetherInOrderAndNeverMoreThanTheMaximum() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(11);
        Batches<Integer> batches = new Batches<>(4, batch -> {
            seen.add(List.copyOf(batch));
            first.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batch.forEach(i -> all.countDown());
        }, (batch, failure) -> { });
        batches.start(Executors.defaultThreadFactory(), "test-worker", 1);
        assertTrue(batches.open());
        batches.add(0);
        assertTrue(first.await(5, TimeUnit.SECONDS));
        for (int i = 1; i <= 10; i++) {
            batches.add(i); // all queued while the worker is busy with the first
        }
        release.countDown();
        assertTrue(all.await(5, TimeUnit.SECONDS));
        assertEquals(List.of(List.of(0), List.of(1, 2, 3, 4), List.of(5, 6, 7, 8), List.of(9, 10)), seen);
        assertTrue(batches.stop(1_000).isEmpty());
        assertFalse(batches.open());
    }

    @Test
    void stoppingGivesBackWhatWasStillQueuedAndAStoppedBatchesStaysClosed() throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Batches<String> batches = new Batches<>(8, batch -> {
            busy.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, (batch, failure) -> { });
        batches.start(Executors.defaultThreadFactory(), "test-worker", 1);
        batches.add("a");
        assertTrue(busy.await(5, TimeUnit.SECONDS));
        batches.add("b");
        batches.add("c");
        assertEquals(List.of("b", "c"), batches.stop(1_000), "what no worker took is handed back to be done alone");
        batches.start(Executors.defaultThreadFactory(), "test-worker", 1);
        assertFalse(batches.open(), "not started again once stopped");
        assertThrows(IllegalArgumentException.class, () -> new Batches<String>(0, b -> { }, (b, f) -> { }));

        Batches<String> unused = new Batches<>(8, b -> { }, (b, f) -> { });
        assertTrue(unused.stop(100).isEmpty());
        unused.start(Executors.defaultThreadFactory(), "test-worker", 1);
        assertFalse(unused.open(), "stopped before it was ever started: it stays closed");
    }

    @Test
    void aBatchThatFailsIsHandedToTheFailureAndTheWorkerGoesOn() throws InterruptedException {
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch both = new CountDownLatch(2);
        Batches<String> batches = new Batches<>(1, batch -> {
            if (batch.contains("bad")) {
                throw new AssertionError("an Error, not an exception");
            }
            done.addAll(batch);
            both.countDown();
        }, (batch, failure) -> {
            failed.addAll(batch);
            both.countDown();
        });
        batches.start(Executors.defaultThreadFactory(), "test-worker", 1);
        batches.add("bad");
        batches.add("good");
        assertTrue(both.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("bad"), failed);
        assertEquals(List.of("good"), done, "the worker outlived the failure");
        batches.stop(1_000);
    }
}
