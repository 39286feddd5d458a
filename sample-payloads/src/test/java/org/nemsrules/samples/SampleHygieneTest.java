package org.nemsrules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.recording.FileScanner;
import org.nemsrules.recording.ScanResult;

/**
 * The corpus practises what {@code nhs-number.not-test-data} preaches: recordings kept in source
 * control carry only NHS numbers set aside for test data, never one that could be a real patient's. And a run over
 * the module reads the samples and nothing else.
 */
class SampleHygieneTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("nems.samples", "")).toAbsolutePath().normalize();

    @Test
    void everyNhsNumberInTheSamplesIsTestData() throws IOException {
        NemsValidator hygiene = NemsValidator.builder()
                .baseDirectory(SAMPLES)
                .threads(1)
                .enable("nhs-number.not-test-data")
                .build();
        List<Finding> real = hygiene.validate(List.of(SAMPLES.resolve("valid"), SAMPLES.resolve("invalid")))
                .findings()
                .filter(f -> f.ruleId().equals("nhs-number.not-test-data"))
                .toList();
        assertEquals(List.of(), real, "replace these with numbers from the test range (999 000 0000 to 999 999 9999)");
    }

    @Test
    void aRunOverTheWholeModuleReadsOnlyTheSamples() throws IOException {
        // The README's first command checks sample-payloads as a whole: what the tests keep beside the samples (the
        // kept reports, the sources) must not be read as recordings or counted as skipped ones.
        ScanResult scan = FileScanner.defaults().scan(List.of(SAMPLES));
        List<Path> others = scan.files().stream()
                .filter(f -> !f.startsWith(SAMPLES.resolve("valid")) && !f.startsWith(SAMPLES.resolve("invalid")))
                .toList();
        assertEquals(List.of(), others);
        assertTrue(scan.files().size() > 100, "only " + scan.files().size() + " samples found");
    }

    @Test
    void theCheckSeesANumberOutsideTheTestRange(@TempDir Path dir) throws IOException {
        String sample = Files.readString(SAMPLES.resolve("valid/subscription-explicit.xml"), StandardCharsets.UTF_8);
        assertTrue(sample.contains("9990000034"), "the sample changed: update this test");
        // Built here rather than written down: a valid number outside the test range, that no file keeps.
        Path copy = dir.resolve("subscription.xml");
        Files.writeString(copy, sample.replace("9990000034", withCheckDigit("123456788")), StandardCharsets.UTF_8);

        NemsValidator hygiene = NemsValidator.builder()
                .baseDirectory(dir)
                .enable("nhs-number.not-test-data")
                .build();
        long found = hygiene.validateFile(copy).findings().stream()
                .filter(f -> f.ruleId().equals("nhs-number.not-test-data"))
                .count();
        assertEquals(1, found);
    }

    private static String withCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return nine + check;
    }
}
