package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real jar on recordings saved with CR alone as line end (classic Mac OS), which it once read as one
 * comment line ("no request", exit 0): the valid samples and invalid ones, rewritten so, give the very report the
 * samples as committed give, every finding on the same line.
 */
class LineEndsJarIT {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"))
            .toAbsolutePath()
            .normalize();
    /** Invalid samples whose messages do not count bytes (a body's size would rightly differ). */
    private static final List<String> INVALID = List.of(
            "header-without-colon.http",
            "criteria-event-repeated.http",
            "subscription-status-active.http",
            "subscription-raw-ampersand.http",
            "jwt-no-authorization.http",
            "subscription-contained-patient.xml",
            "har-with-put.har");

    @Test
    void recordingsWithCrAloneGiveTheReportOfTheRecordingsAsCommitted(@TempDir Path dir) throws Exception {
        Path asCommitted = Files.createDirectories(dir.resolve("committed"));
        Path crAlone = Files.createDirectories(dir.resolve("cr"));
        List<Path> samples;
        try (Stream<Path> valid = Files.list(SAMPLES.resolve("valid"))) {
            samples = Stream.concat(
                            valid.filter(Files::isRegularFile),
                            INVALID.stream().map(SAMPLES.resolve("invalid")::resolve))
                    .sorted()
                    .toList();
        }
        for (Path sample : samples) {
            byte[] bytes = Files.readAllBytes(sample);
            Files.write(asCommitted.resolve(sample.getFileName()), bytes);
            Files.write(crAlone.resolve(sample.getFileName()), withCrAlone(bytes));
        }
        assertTrue(new String(Files.readAllBytes(crAlone.resolve("read.http")), "UTF-8").indexOf('\n') < 0);

        PipesAndDevicesJarIT.Run expected = PipesAndDevicesJarIT.run(asCommitted, 300, PipesAndDevicesJarIT.jar("."));
        PipesAndDevicesJarIT.Run actual = PipesAndDevicesJarIT.run(crAlone, 300, PipesAndDevicesJarIT.jar("."));

        assertEquals(1, expected.exit(), expected.out() + expected.err());
        assertFalse(expected.out().contains("recording.no-request"), expected.out());
        assertTrue(
                expected.out().contains("header-without-colon.http:")
                        && expected.out().contains("har-with-put.har:"),
                expected.out());
        assertEquals(expected.out(), actual.out(), "the same findings on the same lines");
        assertEquals(expected.exit(), actual.exit());
        assertEquals(expected.err(), actual.err());
    }

    private static byte[] withCrAlone(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                continue;
            }
            out.write(bytes[i] == '\n' ? '\r' : bytes[i]);
        }
        return out.toByteArray();
    }
}
