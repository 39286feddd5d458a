package org.nemsrules.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;
import org.nemsrules.report.FileResult;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Calls each JMH benchmark's setup and a few of its operations directly, with no JMH run and no timing, so that
 * the benchmarks cannot rot: they must still build, and still measure work that gives the right answers.
 */
class BenchmarksSmokeTest {
    private static final int OPERATIONS = 18;
    /** The corpus's first recording with no contact (the one fault the profile itself rejects) is the 16th. */
    private static final int NO_CONTACT_WITHIN = 16;

    @Test
    void theDefaultPathFindsTheFaultsAndPassesTheValidRecordingsAtOneAndTwoThreads() throws Exception {
        DefaultPathBenchmark benchmark = new DefaultPathBenchmark();
        benchmark.recordings = InMemoryCorpus.Selection.ALL;
        benchmark.setUp();
        assertEquals(DefaultPathBenchmark.CORPUS_SIZE, benchmark.corpus.size());
        Cursor cursor = new Cursor();
        int faulty = 0;
        for (int i = 0; i < OPERATIONS; i++) {
            FileResult result = i % 2 == 0 ? benchmark.oneThread(cursor) : benchmark.twoThreads(cursor);
            if (result.path().contains("-none-")) {
                assertTrue(
                        result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR),
                        result.path() + ": " + result.findings());
            } else {
                faulty++;
                assertFalse(result.findings().isEmpty(), result.path() + " has no finding");
            }
        }
        assertEquals(OPERATIONS / 2, faulty, "the corpus alternates valid and faulty recordings");
    }

    @Test
    void theValidSelectionHoldsOnlyValidRecordings() throws Exception {
        DefaultPathBenchmark benchmark = new DefaultPathBenchmark();
        benchmark.recordings = InMemoryCorpus.Selection.VALID;
        benchmark.setUp();
        assertEquals(DefaultPathBenchmark.CORPUS_SIZE / 2, benchmark.corpus.size());
        Cursor cursor = new Cursor();
        for (int i = 0; i < OPERATIONS; i++) {
            FileResult result = benchmark.oneThread(cursor);
            assertTrue(result.path().contains("-none-"), result.path());
            assertTrue(
                    result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR),
                    result.path() + ": " + result.findings());
        }
    }

    @Test
    void aSecondThreadStartsElsewhereInTheCorpus() throws Exception {
        InMemoryCorpus corpus = InMemoryCorpus.generate(DefaultPathBenchmark.CORPUS_SIZE, InMemoryCorpus.Selection.ALL);
        Cursor first = new Cursor();
        Cursor second = new Cursor();
        first.place(threadParams(0));
        second.place(threadParams(1));
        assertFalse(first.next(corpus).name().equals(second.next(corpus).name()));
    }

    @Test
    void theDeepPathPassesTheValidRecordingsAndRejectsAMissingContact() throws Exception {
        DeepPathBenchmark benchmark = new DeepPathBenchmark();
        benchmark.setUp();
        Cursor cursor = new Cursor();
        boolean sawNoContact = false;
        for (int i = 0; i < NO_CONTACT_WITHIN; i++) {
            FileResult result = benchmark.validate(cursor);
            List<Finding> errors = result.findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .toList();
            if (result.path().contains("-none-")) {
                assertTrue(errors.isEmpty(), result.path() + ": " + errors);
            } else if (result.path().contains("-no-contact-")) {
                sawNoContact = true;
                assertTrue(
                        errors.stream().anyMatch(f -> f.message().contains("contact")),
                        result.path() + " has no error about its contact: " + errors);
            }
        }
        assertTrue(sawNoContact, "the first recordings include one with no contact");
    }

    @Test
    void theHandRolledRoutePassesTheValidBodiesAndRejectsAMissingContact() throws Exception {
        HandRolledBenchmark benchmark = new HandRolledBenchmark();
        benchmark.setUp();
        Cursor cursor = new Cursor();
        for (int i = 0; i < NO_CONTACT_WITHIN; i++) {
            InMemoryCorpus.Entry entry = benchmark.corpus.get(i);
            int errors = benchmark.validate(cursor);
            if (entry.valid()) {
                assertEquals(0, errors, entry.name() + " has a profile error");
            } else if (entry.name().contains("-no-contact-")) {
                assertTrue(errors > 0, "the profile asks for at least one contact");
            }
        }
    }

    @Test
    void theAnnotationProcessorListedTheThreeBenchmarks() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(in, "no META-INF/BenchmarkList: the JMH annotation processor did not run");
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String benchmark : List.of(
                    "DefaultPathBenchmark_oneThread",
                    "DefaultPathBenchmark_twoThreads",
                    "DeepPathBenchmark_validate",
                    "HandRolledBenchmark_validate")) {
                assertTrue(
                        list.contains("org.nemsrules.bench.jmh.jmh_generated." + benchmark + "_jmhTest"),
                        benchmark + " is not in " + list);
            }
        }
    }

    private static ThreadParams threadParams(int index) {
        return new ThreadParams(index, 2, 0, 1, 0, 1, 0, 1, 0, 1);
    }
}
