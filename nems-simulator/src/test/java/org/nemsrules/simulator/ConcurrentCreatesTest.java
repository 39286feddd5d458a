package org.nemsrules.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One simulator serving many clients at once: 8 threads of 100 creates each, every one with its own criteria. */
class ConcurrentCreatesTest {
    private static final int THREADS = 8;
    private static final int CREATES = 100;

    @Test
    @Timeout(120)
    void eightHundredConcurrentCreatesGetEightHundredIdsSequenceNumbersAndRecordings(@TempDir Path recordings)
            throws Exception {
        NemsSimulator simulator = NemsSimulator.builder().recordTo(recordings).build();
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
        try (Stream<Path> files = Files.list(recordings)) {
            assertEquals(
                    LongStream.rangeClosed(1, THREADS * CREATES)
                            .mapToObj(n -> String.format(Locale.ROOT, "%06d-create-201.har", n))
                            .toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    @Timeout(60)
    void theSameCreateFromEightClientsAtOnceIsStoredOnce() throws Exception {
        NemsSimulator simulator = NemsSimulator.builder().build();
        SimulatedRequest create = Requests.create();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return simulator.handle(create).response().status();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, answered.stream().filter(s -> s == 201).count(), answered.toString());
            assertEquals(THREADS - 1, answered.stream().filter(s -> s == 409).count(), answered.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, simulator.subscriptions().size());
    }
}
