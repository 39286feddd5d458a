package org.nemsrules.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One simulator serving many clients at once: 8 threads of 100 creates each, every one with its own criteria. */
class ConcurrentCreatesTest {
    private static final int THREADS = 8;
    private static final int CREATES = 100;

    @Test
    @Timeout(120)
    void eightHundredConcurrentCreatesGetEightHundredIdsAndSequenceNumbers() throws Exception {
        NemsSimulator simulator = NemsSimulator.builder().build();
        SimulatedRequest template = Requests.create();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Exchange>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<Exchange> mine = new ArrayList<>();
                    for (int i = 0; i < CREATES; i++) {
                        String nhsNumber = Requests.nhsNumber(thread * 1_000 + i + 1);
                        mine.add(simulator.handle(Requests.withBody(
                                template, body -> body.replace(Requests.SAMPLE_NHS_NUMBER, nhsNumber))));
                    }
                    return mine;
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<List<Exchange>> result : results) {
                for (Exchange exchange : result.get(100, TimeUnit.SECONDS)) {
                    assertEquals(
                            201,
                            exchange.response().status(),
                            exchange.findings().toString());
                    ids.add(Requests.idOf(exchange.response()));
                }
            }
            assertEquals(THREADS * CREATES, ids.size());
            assertTrue(ids.stream().allMatch(id -> id.matches("[0-9a-f]{32}")));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(THREADS * CREATES, simulator.exchanges().size());
        assertEquals(THREADS * CREATES, simulator.subscriptions().size());
        assertEquals(
                LongStream.rangeClosed(1, THREADS * CREATES).boxed().toList(),
                simulator.exchanges().stream().map(Exchange::sequence).sorted().toList());
    }
}
