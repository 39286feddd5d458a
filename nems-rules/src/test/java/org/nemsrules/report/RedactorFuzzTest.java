package org.nemsrules.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes the redactor (docs/fuzzing.md) with any text, as a message and as the lines of a recording. The promise:
 * it returns, one line for each line given, and a finding's fingerprint does not depend on how its message was
 * redacted before ({@link Redactor#FOR_FINGERPRINTS} after any redactor gives what it gives alone), so that a
 * baseline written in one mode holds in the others.
 *
 * <p>The input's first line names the kind of file the rest is read as ({@code http}, {@code har}, anything else
 * as text); seeds, in {@code RedactorFuzzTestInputs/redactsAnyText}, are recordings and messages holding
 * credentials, malformed tokens, NHS-number-like runs and ASIDs.
 */
class RedactorFuzzTest {
    private static final List<Redactor> REDACTORS =
            List.of(Redactor.DEFAULT, Redactor.KEEP_NHS_NUMBERS, Redactor.FOR_FINGERPRINTS);

    @FuzzTest(maxDuration = "3m")
    void redactsAnyText(byte[] bytes) {
        String input = new String(bytes, UTF_8);
        int newline = input.indexOf('\n');
        String kind = newline < 0 ? "text" : input.substring(0, newline);
        String text = newline < 0 ? input : input.substring(newline + 1);
        List<String> lines = RecordingSource.split(text);
        String fingerprinted = Redactor.FOR_FINGERPRINTS.redact(text);
        for (Redactor redactor : REDACTORS) {
            assertEquals(
                    lines.size(),
                    redactor.redactRecording("fuzz." + kind, lines).size());
            assertEquals(
                    fingerprinted, Redactor.FOR_FINGERPRINTS.redact(redactor.redact(text)), redactor + ": " + text);
            assertEquals(
                    fingerprinted, Redactor.FOR_FINGERPRINTS.redact(redactor.redact(text, "header:fromASID")), text);
        }
    }
}
