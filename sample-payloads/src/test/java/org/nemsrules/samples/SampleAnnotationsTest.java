package org.nemsrules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Severity;
import org.nemsrules.recording.FileScanner;
import org.nemsrules.recording.RecordingReader;
import org.nemsrules.report.FileResult;

/**
 * The golden test: every recording under {@code valid/} produces no error, and every recording
 * under {@code invalid/} produces exactly the errors it is annotated with (see README.md for the
 * annotation format). One test per file, named by the file.
 */
class SampleAnnotationsTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("nems.samples", "")).toAbsolutePath().normalize();
    private static final Path VALID = SAMPLES.resolve("valid");
    private static final Path INVALID = SAMPLES.resolve("invalid");

    /** The samples are judged as their supplier's own build would judge them: with nems-rules.yaml. */
    private static final NemsValidator VALIDATOR = Corpus.asTheirBuild(1);

    @TestFactory
    Stream<DynamicTest> validSamplesProduceNoError() {
        return samples(VALID).stream()
                .map(file -> DynamicTest.dynamicTest(shown(file), file.toUri(), () -> {
                    Expectations expectations = Expectations.of(file, shown(file));
                    assertTrue(
                            expectations.isEmpty(),
                            () -> shown(file) + " is a valid sample but carries annotations " + expectations.all()
                                    + "; move it to invalid/ or remove them");
                    FileResult result = VALIDATOR.validateFile(file);
                    List<Finding> errors = result.findings().stream()
                            .filter(f -> f.severity() == Severity.ERROR)
                            .toList();
                    assertTrue(
                            errors.isEmpty(),
                            () -> shown(file) + " is a valid sample but has " + errors.size()
                                    + " error(s):"
                                    + errors.stream()
                                            .map(f -> "\n  " + Expectations.Outcome.describe(f))
                                            .collect(Collectors.joining()));
                    assertFalse(
                            result.interactions().isEmpty(),
                            () -> shown(file) + " holds no request, so it checks nothing");
                }));
    }

    @TestFactory
    Stream<DynamicTest> invalidSamplesProduceExactlyTheAnnotatedErrors() {
        return samples(INVALID).stream()
                .map(file -> DynamicTest.dynamicTest(shown(file), file.toUri(), () -> {
                    Expectations expectations = Expectations.of(file, shown(file));
                    assertFalse(
                            expectations.isEmpty(),
                            () -> shown(file) + " is an invalid sample without annotations: add "
                                    + "'# expect: <rule-id>' comments or a sidecar " + file.getFileName()
                                    + Expectations.SIDECAR_SUFFIX);
                    for (Expectations.Expected e : expectations.all()) {
                        assertTrue(
                                VALIDATOR.catalog().find(e.ruleId()).isPresent(),
                                () -> e.source() + ": no rule has the id '" + e.ruleId() + "'");
                    }
                    FileResult result = VALIDATOR.validateFile(file);
                    Expectations.Outcome outcome = expectations.check(result.findings());
                    if (!outcome.passed()) {
                        fail(shown(file) + " does not produce the annotated findings:" + outcome.describe()
                                + "\n  all findings:"
                                + result.findings().stream()
                                        .map(f -> "\n    " + Expectations.Outcome.describe(f))
                                        .collect(Collectors.joining()));
                    }
                }));
    }

    @Test
    void bothDirectoriesHoldSamples() {
        assertTrue(
                Files.isDirectory(VALID),
                () -> "no directory " + VALID + " (system property nems.samples is '"
                        + System.getProperty("nems.samples") + "')");
        assertTrue(Files.isDirectory(INVALID), () -> "no directory " + INVALID);
        assertTrue(samples(VALID).size() > 0, "valid/ holds no sample");
        assertTrue(samples(INVALID).size() > 0, "invalid/ holds no sample");
    }

    @Test
    void everyFileIsARecordingTheReaderUnderstands() {
        List<Path> all = Stream.concat(allFiles(VALID).stream(), allFiles(INVALID).stream())
                .toList();
        assertFalse(all.isEmpty(), "no files under valid/ and invalid/");
        List<String> strays = all.stream()
                .filter(f -> !isSidecar(f) && !isReadme(f) && !RecordingReader.isRecording(f))
                .map(SampleAnnotationsTest::shown)
                .toList();
        assertEquals(List.of(), strays, "files that are not recordings the reader understands");
        List<String> orphans = all.stream()
                .filter(SampleAnnotationsTest::isSidecar)
                .filter(f -> !Files.exists(f.resolveSibling(sidecarTarget(f))))
                .map(SampleAnnotationsTest::shown)
                .toList();
        assertEquals(List.of(), orphans, "sidecar .expect files without the recording they annotate");
    }

    @Test
    void aDirectoryRunSeesEverySample() throws IOException {
        List<Path> expected = Stream.concat(samples(VALID).stream(), samples(INVALID).stream())
                .sorted()
                .toList();
        assertEquals(
                expected,
                FileScanner.defaults().scan(List.of(VALID, INVALID)).files(),
                "the default include and exclude patterns must pick up exactly the samples");
    }

    /** The recordings under a directory: every file but sidecars, READMEs and IDE environment files, sorted. */
    static List<Path> samples(Path dir) {
        return allFiles(dir).stream()
                .filter(f -> !isSidecar(f) && !isReadme(f) && !isEnvironmentFile(f))
                .toList();
    }

    /** An IDE environment file is the environment of the recordings beside it, not a recording. */
    private static boolean isEnvironmentFile(Path file) {
        String name = file.getFileName().toString();
        return name.equals("http-client.env.json") || name.equals("http-client.private.env.json");
    }

    private static List<Path> allFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(Expectations.SIDECAR_SUFFIX);
    }

    private static boolean isReadme(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme");
    }

    private static String sidecarTarget(Path sidecar) {
        String name = sidecar.getFileName().toString();
        return name.substring(0, name.length() - Expectations.SIDECAR_SUFFIX.length());
    }

    private static String shown(Path file) {
        return SAMPLES.relativize(file).toString().replace('\\', '/');
    }
}
