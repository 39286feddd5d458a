package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;

/**
 * Checking never changes what is checked: every file of the sample corpus (recordings, sidecars, the configuration
 * the jar finds there) keeps its bytes and modification time through runs that write reports and baselines, and
 * nothing is added next to them.
 */
class UnchangedInputsJarIT {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"))
            .toAbsolutePath()
            .normalize();

    /** A file's bytes and modification time. */
    record State(List<Byte> bytes, FileTime modified) {
        static State of(Path file) throws IOException {
            byte[] raw = Files.readAllBytes(file);
            Byte[] boxed = new Byte[raw.length];
            Arrays.setAll(boxed, i -> raw[i]);
            return new State(List.of(boxed), Files.getLastModifiedTime(file));
        }
    }

    /** Every file of the corpus but the build's own output, by path. */
    private static Map<String, State> corpus() throws IOException {
        Map<String, State> states = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String shown = SAMPLES.relativize(file).toString().replace('\\', '/');
                if (!shown.startsWith("target/")) {
                    states.put(shown, State.of(file));
                }
            }
        }
        return states;
    }

    @Test
    void runsThatWriteReportsAndBaselinesLeaveTheCorpusAsItWas(@TempDir Path out) throws Exception {
        Map<String, State> before = corpus();
        assertTrue(
                before.keySet().stream()
                                .filter(p -> p.startsWith("invalid/") || p.startsWith("valid/"))
                                .count()
                        > 100,
                "the whole corpus: " + before.size());
        String baseline = out.resolve("nems-baseline.txt").toString();

        Run wrote = NemsCheckJarIT.run(
                SAMPLES,
                "--write-baseline",
                baseline,
                "--format",
                "sarif",
                "-o",
                out.resolve("report.sarif").toString(),
                "valid",
                "invalid");
        assertEquals(0, wrote.exit(), wrote.err());
        Run updated = NemsCheckJarIT.run(
                SAMPLES,
                "--baseline",
                baseline,
                "--update-baseline",
                "--format",
                "junit",
                "-o",
                out.resolve("report.xml").toString(),
                "valid",
                "invalid");
        assertEquals(0, updated.exit(), updated.err());
        assertTrue(updated.err().contains("left unchanged"), updated.err());
        Run checked = NemsCheckJarIT.run(
                SAMPLES,
                "--fail-on",
                "never",
                "--format",
                "operation-outcome",
                "-o",
                out.resolve("report.json").toString(),
                "--enable",
                "nhs-number.not-test-data",
                ".");
        assertEquals(0, checked.exit(), checked.err());

        assertEquals(before, corpus(), "a file of the corpus changed, appeared or disappeared");
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(
                    List.of("nems-baseline.txt", "report.json", "report.sarif", "report.xml"),
                    written.map(p -> p.getFileName().toString()).sorted().toList(),
                    "only what was asked for");
        }
    }
}
