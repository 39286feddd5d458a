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
 * executor's queue, cost more than a recording takes to check on the default path (0.1 ms): with them, two threads
 * on two cores gave 1.3 times one thread's throughput; taking indexes gives 1.9 (docs/benchmarks.md). The calling
 * thread works rather than waits because on a small machine a waiting thread's core is one the workers lack.
 */
final class SharedWorkList {
    private SharedWorkList() {
    }

    /**
     * Returns {@code function} applied to each of {@code items}, in order, computed on {@code threads} threads.
     * The first exception a call throws stops the others taking more items, and is thrown here as the cause of an
     * {@link IllegalStateException}.
     */
    static <T, R> List<R> map(List<T> items, int threads, String threadName, Function<? super T, ? extends R> function) {
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
            work.run();
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
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                throw new IllegalStateException("validation failed: " + e, e);
            }
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

    @SuppressWarnings("unchecked")
    private static <R> List<R> resultList(Object[] results) {
        return (List<R>) Arrays.asList(results);
    }
}
