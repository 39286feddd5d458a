package org.nemsrules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Report;

/**
 * One validator, shared by many threads over the whole corpus (every reader: .http, HAR, bare XML and JSON), finds
 * exactly what it finds alone: no rule, view or parser keeps state between requests or threads.
 */
class SharedValidatorConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 20;

    private static List<Path> recordings;
    private static NemsValidator shared;
    private static Map<Path, FileResult> serial;

    @BeforeAll
    static void validateSerially() {
        recordings = Corpus.recordings();
        shared = Corpus.everyRule().build();
        serial = new HashMap<>();
        for (Path file : recordings) {
            serial.put(file, shared.validateFile(file));
        }
    }

    @Test
    void theCorpusIsAMixOfEveryReaderAndOfFindings() {
        Map<String, Long> byExtension = recordings.stream()
                .collect(Collectors.groupingBy(
                        f -> f.getFileName().toString().replaceAll(".*\\.", ""), Collectors.counting()));
        assertTrue(byExtension.keySet().containsAll(List.of("http", "har", "xml", "json")), byExtension.toString());
        assertTrue(serial.values().stream().anyMatch(r -> r.findings().isEmpty()), "some files are clean");
        long findings =
                serial.values().stream().mapToLong(r -> r.findings().size()).sum();
        assertTrue(findings > 150, "a real amount of findings to compare: " + findings);
    }

    @Test
    void eightThreadsSharingOneValidatorFindExactlyTheSerialFindings() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                // A fresh order each round, cut into eight overlapping shares: each file is validated by two threads
                // at once, and each thread meets a different mix of readers and rules from its neighbours.
                List<Path> order = new ArrayList<>(recordings);
                Collections.shuffle(order, new Random(round));
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<Map<Path, FileResult>>> runs = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    runs.add(pool.submit(validateAll(share(order, t), start)));
                }
                Map<Path, Integer> seen = new HashMap<>();
                for (int t = 0; t < THREADS; t++) {
                    for (Map.Entry<Path, FileResult> found : runs.get(t).get().entrySet()) {
                        assertSame(serial.get(found.getKey()), found.getValue(), "round " + round + ", thread " + t);
                        seen.merge(found.getKey(), 1, Integer::sum);
                    }
                }
                assertEquals(recordings.size(), seen.size(), "every file is validated in every round");
                assertTrue(seen.values().stream().allMatch(n -> n == 2), "by two threads");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The thread's quarter of the corpus, overlapping the next thread's by half. */
    private static List<Path> share(List<Path> order, int thread) {
        List<Path> share = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int slot = i % THREADS;
            if (slot == thread || slot == (thread + 1) % THREADS) {
                share.add(order.get(i));
            }
        }
        return share;
    }

    private static Callable<Map<Path, FileResult>> validateAll(List<Path> files, CyclicBarrier start) {
        return () -> {
            start.await();
            Map<Path, FileResult> found = new HashMap<>();
            for (Path file : files) {
                found.put(file, shared.validateFile(file));
            }
            return found;
        };
    }

    @Test
    void theValidatorsOwnThreadsGiveTheReportOfOneThread() throws Exception {
        List<Path> roots = List.of(Corpus.SAMPLES.resolve("valid"), Corpus.SAMPLES.resolve("invalid"));
        Report one = Corpus.everyRule().threads(1).build().validate(roots);
        NemsValidator many = Corpus.everyRule().threads(THREADS).build();
        // Besides the recordings, the report holds the environment file that cannot be used (invalid/environment-file).
        assertEquals(
                recordings.size(),
                one.files().stream()
                        .filter(f -> !f.path().endsWith("http-client.env.json"))
                        .count());
        for (int round = 0; round < 5; round++) {
            Report parallel = many.validate(roots);
            for (int i = 0; i < one.files().size(); i++) {
                assertSame(one.files().get(i), parallel.files().get(i), "round " + round);
            }
            assertEquals(one, parallel, "round " + round);
        }
    }

    /** Equal results, or a message naming the file and only the findings that differ. */
    private static void assertSame(FileResult expected, FileResult actual, String context) {
        if (expected.equals(actual)) {
            return;
        }
        List<Finding> missing = new ArrayList<>(expected.findings());
        missing.removeAll(actual.findings());
        List<Finding> extra = new ArrayList<>(actual.findings());
        extra.removeAll(expected.findings());
        fail(context + ": " + expected.path() + " differs from the serial run"
                + (expected.interactions().equals(actual.interactions())
                        ? ""
                        : "\n  requests: " + expected.interactions() + "\n  now: " + actual.interactions())
                + "\n  missing: " + missing + "\n  extra: " + extra
                + (missing.isEmpty() && extra.isEmpty() ? "\n  (same findings, in another order)" : ""));
    }
}
