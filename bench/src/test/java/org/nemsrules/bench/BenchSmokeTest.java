package org.nemsrules.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.bench.CorpusGenerator.Fault;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;

/**
 * Runs the harness on a tiny corpus so that it cannot rot. It holds no figure to a limit: it only checks that
 * the parts produce numbers and that the corpus is what it claims to be.
 */
class BenchSmokeTest {
    private static final int COUNT = 20;

    @TempDir
    Path dir;

    @Test
    void theCorpusIsDeterministic() throws Exception {
        List<Path> first = CorpusGenerator.write(dir.resolve("a"), COUNT);
        List<Path> second = CorpusGenerator.write(dir.resolve("b"), COUNT);
        assertEquals(COUNT, first.size());
        for (int i = 0; i < COUNT; i++) {
            assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)));
        }
    }

    @Test
    void generatedNhsNumbersPassTheModulus11Check() {
        for (int i = 0; i < 500; i++) {
            String number = CorpusGenerator.nhsNumber(i);
            assertTrue(number.startsWith("999") && number.length() == 10, number);
            assertEquals(number.charAt(9) - '0', CorpusGenerator.checkDigit(number.substring(0, 9)), number);
        }
    }

    @Test
    void everyFaultyRecordingHasAFindingAndEveryValidOneHasNoError() throws Exception {
        List<Path> files = CorpusGenerator.write(dir, COUNT);
        NemsValidator validator = NemsValidator.builder().build();
        int faulty = 0;
        for (int i = 0; i < COUNT; i++) {
            List<Finding> findings = validator.validateFile(files.get(i)).findings();
            Fault fault = CorpusGenerator.faultOf(i);
            if (fault == Fault.NONE) {
                assertTrue(
                        findings.stream().noneMatch(f -> f.severity() == org.nemsrules.engine.Severity.ERROR),
                        files.get(i) + ": " + findings);
            } else {
                faulty++;
                assertFalse(findings.isEmpty(), files.get(i) + " has no finding for " + fault);
            }
        }
        assertEquals(COUNT / 2, faulty);
    }

    @Test
    void theWarmHarnessProducesNumbersAtOneAndTwoThreads() throws Exception {
        CorpusGenerator.write(dir, COUNT);
        for (int threads : new int[] {1, 2}) {
            WarmThroughput.Result result = WarmThroughput.measure(dir, threads, false, Integer.MAX_VALUE, 0, 1);
            assertEquals(COUNT, result.recordings());
            assertTrue(result.findings() > 0, result.toString());
            assertTrue(result.perSecond() > 0 && result.heapUsedMb() > 0, result.toString());
        }
    }

    @Test
    void theWarmUpRepeatsWholePassesUntilItHasCheckedEnough() throws Exception {
        List<Path> files = CorpusGenerator.write(dir, COUNT);
        NemsValidator validator = NemsValidator.builder().build();
        assertEquals(COUNT, WarmThroughput.warmUp(validator, files, 0), "always one whole pass");
        assertEquals(COUNT, WarmThroughput.warmUp(validator, files, COUNT));
        assertEquals(3 * COUNT, WarmThroughput.warmUp(validator, files, 2 * COUNT + 1));
    }

    @Test
    void theBaselineValidatesAgainstTheProfileAndRejectsAMissingContact() throws Exception {
        List<Path> files = CorpusGenerator.write(dir, COUNT);
        HandRolledBaseline baseline = new HandRolledBaseline();
        int noContact = -1;
        for (int i = 0; i < COUNT; i++) {
            if (CorpusGenerator.faultOf(i) == Fault.NO_CONTACT) {
                noContact = i;
            }
        }
        assertTrue(noContact >= 0, "the smoke corpus holds a missing contact");
        assertEquals(0, baseline.errors(RecordingBody.of(files.get(0))), "a valid body has no profile error");
        assertTrue(
                baseline.errors(RecordingBody.of(files.get(noContact))) > 0,
                "the profile asks for at least one contact");
        assertTrue(baseline.warmMillisPerRecording(files, 4) > 0);
    }
}
