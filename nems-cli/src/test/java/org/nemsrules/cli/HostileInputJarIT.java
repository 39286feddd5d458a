package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real jar over broken, hostile and large inputs, as a CI job would meet them, and holds
 * it to the limits docs/limits.md promises: exit code 0, 1 or 2, never a stack trace, a 100 MB
 * recording refused within a 64 MB heap, and 20,000 files checked with few file handles.
 */
class HostileInputJarIT {
    private static final Path JAR = Path.of(System.getProperty("nems.cli.jar", "target/nems-check.jar"));
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));

    /** Runs the jar with the given JVM options, under {@code ulimit -n} when {@code maxOpenFiles > 0}. */
    static PipesAndDevicesJarIT.Run run(
            Path workDir, List<String> jvm, int maxOpenFiles, int timeoutSeconds, String... args) throws Exception {
        List<String> java = JavaCommand.java();
        java.addAll(jvm);
        java.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        java.addAll(List.of(args));
        List<String> command = new ArrayList<>();
        if (maxOpenFiles > 0) {
            // The shell lowers the limit for itself, then becomes the JVM, which inherits it.
            command.addAll(List.of("/bin/sh", "-c", "ulimit -n " + maxOpenFiles + " && exec \"$@\"", "sh"));
        }
        command.addAll(java);
        return PipesAndDevicesJarIT.run(workDir, timeoutSeconds, command);
    }

    private static void assertAnsweredWithoutATrace(PipesAndDevicesJarIT.Run run) {
        assertTrue(run.exit() >= 0 && run.exit() <= 2, "exit code " + run.exit() + "\n" + run.err());
        List<String> traced = run.err()
                .lines()
                .filter(l -> l.contains("Exception") || l.startsWith("\tat ") || l.contains("Error:"))
                .toList();
        assertTrue(traced.isEmpty(), "a user must never see a stack trace:\n" + run.err());
    }

    @Test
    void aDirectoryOfBrokenAndHostileFilesGivesFindingsNotATrace(@TempDir Path dir) throws Exception {
        int written = writeBrokenCorpus(dir);
        PipesAndDevicesJarIT.Run run = run(dir, List.of("-Xmx256m"), 0, 600, "--format", "json", ".");
        assertAnsweredWithoutATrace(run);
        assertEquals(1, run.exit(), "broken inputs are findings, so the run fails with 1\n" + run.err());
        assertTrue(run.err().isEmpty(), run.err());
        assertTrue(
                run.out().contains("recording.invalid-encoding")
                        && run.out().contains("recording.malformed-har")
                        && run.out().contains("subscription.unparseable"),
                "expected findings of the reading rules");
        System.out.printf("hostile corpus: %,d files in %,d ms%n", written, run.millis());
    }

    @Test
    void aHundredMegabyteRecordingIsRefusedWithinA64MegabyteHeap(@TempDir Path dir) throws Exception {
        writeLarge(dir.resolve("huge.http"), 100L << 20);
        writeLarge(dir.resolve("huge.har"), 100L << 20);
        PipesAndDevicesJarIT.Run run = run(dir, List.of("-Xmx64m"), 0, 120, ".");
        assertAnsweredWithoutATrace(run);
        assertEquals(1, run.exit(), run.out() + run.err());
        for (String file : List.of("huge.har", "huge.http")) {
            assertTrue(
                    run.out()
                            .contains(file + ": error recording.unreadable-file the file is 104,857,600 bytes, "
                                    + "above the limit of 10,485,760 bytes"),
                    run.out());
        }
    }

    @Test
    void aRecordingAtTheLimitIsCheckedIn128MegabytesAndReportedNotLostIn64(@TempDir Path dir) throws Exception {
        writeLarge(dir.resolve("large.http"), (10L << 20) - 1024);
        Files.writeString(dir.resolve("small.http"), "GET /STU3/Subscription/1 HTTP/1.1\n");
        PipesAndDevicesJarIT.Run enough = run(dir, List.of("-Xmx128m"), 0, 300, ".");
        assertAnsweredWithoutATrace(enough);
        assertEquals(1, enough.exit(), enough.out() + enough.err());
        assertTrue(enough.err().isEmpty(), enough.err());
        assertFalse(enough.out().contains("recording.unreadable-file"), enough.out());
        assertTrue(enough.out().contains("large.http:1: error header.missing"), enough.out());

        PipesAndDevicesJarIT.Run tooLittle = run(dir, List.of("-Xmx64m"), 0, 300, ".");
        assertAnsweredWithoutATrace(tooLittle);
        assertEquals(1, tooLittle.exit(), tooLittle.out() + tooLittle.err());
        assertTrue(
                tooLittle.out().contains("large.http: error recording.unreadable-file there was not enough memory"),
                tooLittle.out());
        assertTrue(
                tooLittle.out().contains("small.http:1: error header.missing"),
                "the other files are still checked:\n" + tooLittle.out());
        System.out.printf("a recording of 10 MB: %,d ms at -Xmx128m%n", enough.millis());
    }

    @Test
    void twentyThousandFilesAreCheckedUnderAnOpenFileLimitOf256(@TempDir Path dir) throws Exception {
        byte[] read = Files.readAllBytes(SAMPLES.resolve("valid/read.http"));
        for (int d = 0; d < 20; d++) {
            Path sub = Files.createDirectory(dir.resolve("d" + d));
            for (int f = 0; f < 1_000; f++) {
                Files.write(sub.resolve("r" + f + ".http"), read);
            }
        }
        PipesAndDevicesJarIT.Run run = run(dir, List.of("-Xmx256m"), 256, 600, "--format", "json", ".");
        assertAnsweredWithoutATrace(run);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().isEmpty(), run.err());
        assertEquals(20_000, countOf(run.out(), "\"path\""), "every file is in the report");
        System.out.printf("20,000 files: %,d ms under ulimit -n 256%n", run.millis());
    }

    private static int countOf(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** A request with one header line repeated to the size given: text a reader would have to hold. */
    private static void writeLarge(Path file, long size) throws IOException {
        byte[] head = "GET /STU3/Subscription/1 HTTP/1.1\n".getBytes(StandardCharsets.US_ASCII);
        byte[] line = "X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            long left = size - head.length;
            byte[] block = new byte[line.length * 1024];
            for (int i = 0; i < 1024; i++) {
                System.arraycopy(line, 0, block, i * line.length, line.length);
            }
            while (left >= block.length) {
                out.write(block);
                left -= block.length;
            }
            Arrays.fill(block, 0, (int) left, (byte) 'a');
            out.write(block, 0, (int) left);
        }
    }

    /** Each sample cut in half, re-encoded and with flipped bytes, under every extension, plus hostile inputs. */
    private static int writeBrokenCorpus(Path dir) throws IOException {
        List<Path> samples;
        try (Stream<Path> walk = Files.walk(SAMPLES.resolve("invalid"))) {
            samples = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".expect"))
                    .sorted()
                    .limit(40)
                    .toList();
        }
        int n = 0;
        Random random = new Random(42);
        for (Path sample : samples) {
            byte[] bytes = Files.readAllBytes(sample);
            String text = new String(bytes, StandardCharsets.UTF_8);
            byte[] flipped = bytes.clone();
            for (int i = 0; i < 3 && flipped.length > 0; i++) {
                flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
            }
            List<byte[]> variants = List.of(
                    Arrays.copyOf(bytes, bytes.length / 2),
                    Arrays.copyOf(bytes, bytes.length / 3),
                    text.getBytes(StandardCharsets.UTF_16),
                    text.getBytes(StandardCharsets.UTF_16LE),
                    text.replace('a', '\u00e9').getBytes(StandardCharsets.ISO_8859_1),
                    flipped);
            for (int v = 0; v < variants.size(); v++) {
                for (String ext : List.of(".http", ".har", ".json", ".xml")) {
                    Files.write(dir.resolve(sample.getFileName() + "-" + v + ext), variants.get(v));
                    n++;
                }
            }
        }
        String deepJson = "{\"resourceType\":\"Subscription\",\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        String deepXml = "<Subscription xmlns=\"http://hl7.org/fhir\">" + "<extension>".repeat(10_000)
                + "</extension>".repeat(10_000) + "</Subscription>";
        List<String> hostile = List.of(
                "",
                "   \n\t\n",
                deepJson,
                deepXml,
                "[".repeat(10_000),
                "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><Subscription xmlns=\"http://hl7.org/fhir\">"
                        + "<reason value=\"&c;\"/></Subscription>");
        for (int h = 0; h < hostile.size(); h++) {
            for (String ext : List.of(".http", ".har", ".json", ".xml")) {
                Files.writeString(dir.resolve("hostile-" + h + ext), hostile.get(h));
                n++;
            }
        }
        Files.write(dir.resolve("random.http"), randomBytes(random, 8192));
        Files.write(dir.resolve("random.har"), randomBytes(random, 8192));
        return n + 2;
    }

    private static byte[] randomBytes(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }
}
