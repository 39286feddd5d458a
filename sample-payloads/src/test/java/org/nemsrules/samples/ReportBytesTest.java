package org.nemsrules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;
import org.nemsrules.report.ReportFormat;
import org.nemsrules.report.ToolInfo;

/**
 * Every report format's output on the samples, byte for byte, against the copy kept in {@code src/test/reports}: a
 * change that was meant to make the tool faster, or to tidy a class, must not change a report by a byte. When a
 * report is meant to change, write the copies again and review their diff with the change:
 *
 * <pre>./mvnw -pl sample-payloads test -Dtest=ReportBytesTest -Dnems.writeReports=true</pre>
 *
 * <p>Not compared: the project's version, which every release changes, and the samples' place on disk.
 */
class ReportBytesTest {
    private static final Path SAMPLES = Corpus.SAMPLES;
    private static final Path KEPT = SAMPLES.resolve("src/test/reports");
    private static final boolean WRITE = Boolean.getBoolean("nems.writeReports");

    /** One report over every sample, valid and invalid, as the samples' own build would judge them. */
    private static final Report REPORT = report(1);
    /** The same from two threads: the validator promises one report whatever the count. */
    private static final Report FROM_TWO_THREADS = report(2);

    private static Report report(int threads) {
        try {
            return Corpus.asTheirBuild(threads)
                    .validate(List.of(SAMPLES.resolve("valid"), SAMPLES.resolve("invalid")))
                    .redacted(Redactor.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String written(ReportFormat format, Report report) throws IOException {
        StringWriter out = new StringWriter();
        format.writer(false, SAMPLES, Redactor.DEFAULT).write(report, out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theReportIsTheKeptOneByteForByte(ReportFormat format) throws IOException {
        // The samples' place on this machine (SARIF's originalUriBaseIds) and the release are not the report's content.
        String written = written(format, REPORT)
                .replace(SAMPLES.toUri().toString(), "file:///SAMPLES/")
                .replace(ToolInfo.current().version(), "VERSION");
        // ".kept": neither a recording nor a FHIR resource to a run over sample-payloads, which the README's first
        // command is.
        Path kept = KEPT.resolve("samples." + format.label() + "." + format.extension() + ".kept");
        if (WRITE) {
            Files.createDirectories(KEPT);
            Files.writeString(kept, written, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(kept), () -> kept + " is missing; write it with -Dnems.writeReports=true");
        String expected = Files.readString(kept, StandardCharsets.UTF_8);
        if (!expected.equals(written)) {
            fail(format.label() + " report differs from " + SAMPLES.relativize(kept)
                    + firstDifference(expected, written)
                    + "; if the change is meant, write the copies again with -Dnems.writeReports=true");
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theReportIsTheSameFromTwoThreads(ReportFormat format) throws IOException {
        // The kept copies hold for any number of threads.
        assertEquals(written(format, REPORT), written(format, FROM_TWO_THREADS));
    }

    private static String firstDifference(String expected, String written) {
        List<String> a = expected.lines().toList();
        List<String> b = written.lines().toList();
        int line = 0;
        while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
            line++;
        }
        String was = line < a.size() ? a.get(line) : "(end)";
        String now = line < b.size() ? b.get(line) : "(end)";
        int column = 0;
        while (column < was.length() && column < now.length() && was.charAt(column) == now.charAt(column)) {
            column++;
        }
        return " at line " + (line + 1) + ", column " + (column + 1) + ":\n  kept:    " + around(was, column)
                + "\n  written: " + around(now, column);
    }

    private static String around(String line, int column) {
        int from = Math.max(0, column - 60);
        int to = Math.min(line.length(), column + 120);
        return (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
    }
}
