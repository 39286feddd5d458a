package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SharedWorkListTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 5_000).boxed().toList();

    @Test
    void resultsComeInTheItemsOrderWhateverThreadComputedThem() {
        List<String> results = SharedWorkList.map(ITEMS, 4, "worker", i -> "#" + i);

        assertEquals(ITEMS.stream().map(i -> "#" + i).toList(), results);
    }

    @Test
    void eachItemIsTakenExactlyOnce() {
        AtomicInteger calls = new AtomicInteger();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();

        SharedWorkList.map(ITEMS, 3, "worker", i -> {
            calls.incrementAndGet();
            assertTrue(seen.add(i), "taken twice: " + i);
            return i;
        });

        assertEquals(ITEMS.size(), calls.get());
        assertEquals(ITEMS.size(), seen.size());
    }

    @Test
    void theCallingThreadWorksAlongsideTheHelpers() throws InterruptedException {
        Thread caller = Thread.currentThread();
        Set<String> names = ConcurrentHashMap.newKeySet();
        // Each of the two threads waits until both have started, so neither can take every item alone.
        CountDownLatch bothStarted = new CountDownLatch(2);
        Set<Thread> started = ConcurrentHashMap.newKeySet();

        SharedWorkList.map(ITEMS, 2, "helper", i -> {
            if (started.add(Thread.currentThread())) {
                bothStarted.countDown();
                await(bothStarted);
            }
            names.add(
                    Thread.currentThread() == caller
                            ? "caller"
                            : Thread.currentThread().getName());
            return i;
        });

        assertEquals(Set.of("caller", "helper"), names);
    }

    @Test
    void onOneThreadOnlyTheCallerWorks() {
        Thread caller = Thread.currentThread();

        List<Boolean> onCaller = SharedWorkList.map(ITEMS, 1, "worker", i -> Thread.currentThread() == caller);

        assertTrue(onCaller.stream().allMatch(b -> b));
    }

    @Test
    void aFailureStopsTheOtherThreadsAndIsThrownWithItsCause() {
        AtomicInteger calls = new AtomicInteger();
        IllegalArgumentException fault = new IllegalArgumentException("item 10 is bad");
        // Later items wait for the failure, so the other thread cannot have finished the list before it.
        CountDownLatch failed = new CountDownLatch(1);

        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> SharedWorkList.map(ITEMS, 2, "worker", i -> {
                    calls.incrementAndGet();
                    if (i == 10) {
                        failed.countDown();
                        throw fault;
                    }
                    if (i > 10) {
                        await(failed);
                    }
                    return i;
                }));

        assertSame(fault, thrown.getCause());
        assertTrue(thrown.getMessage().contains("item 10 is bad"), thrown.getMessage());
        assertTrue(calls.get() < ITEMS.size(), "items were still taken after the failure: " + calls.get());
    }

    @Test
    void onOneThreadAFailureIsThrownTheSameWay() {
        IllegalArgumentException fault = new IllegalArgumentException("bad");

        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> SharedWorkList.map(ITEMS, 1, "worker", i -> {
                    throw fault;
                }));

        assertSame(fault, thrown.getCause());
    }

    @Test
    void moreThreadsThanItemsAndNoItemsAtAll() {
        assertEquals(List.of(2, 4), SharedWorkList.map(List.of(1, 2), 8, "worker", i -> i * 2));
        assertEquals(List.of(), SharedWorkList.map(List.<Integer>of(), 8, "worker", i -> i));
    }

    @Test
    void threadsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SharedWorkList.map(ITEMS, 0, "worker", i -> i));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "nothing happened in 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
