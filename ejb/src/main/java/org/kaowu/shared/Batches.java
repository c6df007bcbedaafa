package org.kaowu.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that arrives at the same moment, done together: a few worker threads each take whatever items are waiting
 * (up to a maximum) and hand them, as one list, to the work. The registration desk decides the registrations that
 * arrive together in one transaction; public verification answers the look-ups that arrive together with one select.
 * Whoever adds an item waits for its own answer (a future inside the item); this class only moves the items.
 */
public final class Batches<T> {

    private static final Logger LOG = Logger.getLogger(Batches.class.getName());

    private final int max;
    private final Consumer<List<T>> work;
    private final BiConsumer<List<T>, Throwable> failed;
    private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean open;
    private boolean stopped;

    /**
     * {@code work} gets lists of 1 to {@code max} items, in the order they arrived. Whatever it throws is handed,
     * with the batch, to {@code failed} (which should answer every item of it), and the worker goes on.
     */
    public Batches(int max, Consumer<List<T>> work, BiConsumer<List<T>, Throwable> failed) {
        if (max < 1) {
            throw new IllegalArgumentException("a batch holds at least one item");
        }
        this.max = max;
        this.work = work;
        this.failed = failed;
    }

    /**
     * Starts {@code count} workers named {@code name-0}, {@code name-1}, … (daemon threads from {@code factory}); does
     * nothing once started, or once stopped.
     */
    public synchronized void start(ThreadFactory factory, String name, int count) {
        if (open || stopped) {
            return;
        }
        for (int i = 0; i < Math.max(1, count); i++) {
            Thread t = factory.newThread(this::loop);
            t.setName(name + "-" + i);
            t.setDaemon(true);
            workers.add(t);
        }
        open = true;
        workers.forEach(Thread::start);
    }

    /** Whether the workers run: while false, callers do their work alone. */
    public boolean open() {
        return open;
    }

    public void add(T item) {
        queue.add(item);
    }

    /**
     * Stops the workers (waiting up to {@code joinMillis} for each to finish its batch) and gives back whatever was
     * still queued, for the caller to finish alone.
     */
    public List<T> stop(long joinMillis) {
        synchronized (this) {
            open = false;
            stopped = true;
            workers.forEach(Thread::interrupt);
        }
        for (Thread t : workers) {
            try {
                t.join(joinMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<T> left = new ArrayList<>();
        queue.drainTo(left);
        return left;
    }

    private void loop() {
        List<T> batch = new ArrayList<>(max);
        while (open) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, max - 1);
            try {
                work.accept(batch);
            } catch (Throwable t) { // the worker must outlive any batch: the next ones would wait for ever
                LOG.log(Level.SEVERE, "A batch of {0} failed ({1})", new Object[]{batch.size(), t.getClass().getName()});
                try {
                    failed.accept(batch, t);
                } catch (RuntimeException again) {
                    LOG.log(Level.SEVERE, "Answering a failed batch failed too ({0})", again.getClass().getName());
                }
            }
            batch.clear();
        }
    }
}
