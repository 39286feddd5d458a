package org.nemsrules.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies one function to every item of a list on several threads, the calling thread among them, and gives the
 * results in the list's order.
 *
 * <p>Each thread takes the next untaken index from one shared counter, so a slow item holds up only its own
 * thread, and a result goes straight into its slot. A task and a {@code Future} per item, handed over through an
 * executor's queue, are dear beside the tenth of a millisecond a recording takes on the default path: with them a
 * two-thread run over 10,000 recordings took 13-17 % longer (docs/benchmarks.md, "Two threads"). The calling thread
 * works rather than waits because on a small machine a waiting thread's core is one the workers lack.
 */
final class SharedWorkList {
    private SharedWorkList() {}

    /**
     * Returns {@code function} applied to each of {@code items}, in order, computed on {@code threads} threads.
     * The first exception a call throws stops the others taking more items, and is thrown here as the cause of an
     * {@link IllegalStateException}.
     */
    static <T, R> List<R> map(
            List<T> items, int threads, String threadName, Function<? super T, ? extends R> function) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                    results[i] = function.apply(items.get(i));
                }
            } catch (RuntimeException | Error e) {
                next.set(results.length);
                throw e;
            }
        };
        int helpers = Math.min(threads, items.size()) - 1;
        if (helpers <= 0) {
            runHere(work);
            return resultList(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(helpers, runnable -> {
            Thread t = new Thread(runnable, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> helping = new ArrayList<>(helpers);
            for (int i = 0; i < helpers; i++) {
                helping.add(pool.submit(work));
            }
            runHere(work);
            // Future.get also makes the helpers' writes to results visible here.
            for (Future<?> future : helping) {
                future.get();
            }
            return resultList(results);
        } catch (InterruptedException e) {
            next.set(results.length);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("validation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runHere(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            throw new IllegalStateException("validation failed: " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> List<R> resultList(Object[] results) {
        return (List<R>) Arrays.asList(results);
    }
}
