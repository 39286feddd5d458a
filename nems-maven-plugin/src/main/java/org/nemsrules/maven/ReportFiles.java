package org.nemsrules.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nemsrules.report.AtomicFile;
import org.nemsrules.report.JunitReportWriter;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;
import org.nemsrules.report.ReportFormat;
import org.nemsrules.report.RunInputs;

/**
 * Writes a report in each format asked for, into one directory, each file whole or not at all. The JUnit file is
 * named as Surefire names its own ({@code TEST-*.xml}), so CI test tabs that collect Surefire reports pick it up.
 */
final class ReportFiles {
    private ReportFiles() {}

    /** The formats named, in order, without repeats. */
    static Set<ReportFormat> parse(List<String> labels) throws IllegalArgumentException {
        Set<ReportFormat> formats = new LinkedHashSet<>();
        for (String label : labels) {
            for (String one : label.split(",", -1)) {
                if (one.isBlank()) {
                    continue;
                }
                formats.add(ReportFormat.fromLabel(one)
                        .orElseThrow(() -> new IllegalArgumentException("reportFormats '" + one.strip()
                                + "' is not one of " + String.join(", ", ReportFormat.labels()))));
            }
        }
        return formats;
    }

    static String fileName(ReportFormat format) {
        return switch (format) {
            case JUNIT -> "TEST-nems-check.xml";
            case OPERATION_OUTCOME -> "nems-check.operation-outcome.json";
            case GITHUB -> "nems-check.github.txt";
            case HTML -> "nems-check.html";
            default -> "nems-check." + format.extension();
        };
    }

    /** The file of each format, in {@code directory}. */
    static List<Path> files(Set<ReportFormat> formats, Path directory) {
        return formats.stream()
                .map(format -> directory.resolve(fileName(format)))
                .toList();
    }

    /**
     * Refuses, before anything is checked, an output that would overwrite a file the run reads: a report directory
     * inside a source directory would have its JSON and JUnit XML read back as recordings, and a baseline may name a
     * recording.
     *
     * @param outputs each output after the words that name it ("report file", "baseline")
     * @throws IOException naming the output and the input, or saying why the output cannot be written at all
     */
    static void refuseInputs(RunInputs inputs, Map<Path, String> outputs) throws IOException {
        for (Map.Entry<Path, String> output : outputs.entrySet()) {
            Optional<RunInputs.Overwritten> input = inputs.overwrittenBy(output.getKey());
            if (input.isPresent()) {
                throw new IOException(output.getValue() + " " + output.getKey() + " "
                        + input.get().describe()
                        + "; inputs are never written: "
                        + (input.get().fromDirectory()
                                ? "write it elsewhere, e.g. under target/, or add it to excludes"
                                : "write it elsewhere, e.g. under target/"));
            }
        }
    }

    /**
     * Writes each report and returns the files written. The report files of the formats not asked for this time are
     * removed, so that a format dropped from {@code reportFormats} leaves no report of an earlier run to be uploaded
     * as this one's; only the files this class names are touched, and only when they are plain files.
     *
     * @param junitWarnings whether a warning fails its test case in the JUnit report
     */
    static List<Path> write(
            Report report,
            Set<ReportFormat> formats,
            Path directory,
            Path baseDirectory,
            Redactor redactor,
            JunitReportWriter.Warnings junitWarnings)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path file = directory.resolve(fileName(format));
            AtomicFile.write(
                    file,
                    out -> format.writer(false, baseDirectory, redactor, junitWarnings)
                            .write(report, out));
            written.add(file);
        }
        Set<ReportFormat> dropped = EnumSet.allOf(ReportFormat.class);
        dropped.removeAll(formats);
        for (ReportFormat format : dropped) {
            Path stale = directory.resolve(fileName(format));
            if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(stale);
            }
        }
        return written;
    }
}
