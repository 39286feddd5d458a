package org.nemsrules.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nemsrules.report.AtomicFile;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;
import org.nemsrules.report.ReportFormat;

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
            for (String one : label.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                formats.add(ReportFormat.fromLabel(one).orElseThrow(() -> new IllegalArgumentException(
                        "reportFormats '" + one.strip() + "' is not one of " + String.join(", ", ReportFormat.labels()))));
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

    /** Writes each report and returns the files written. */
    static List<Path> write(Report report, Set<ReportFormat> formats, Path directory, Path baseDirectory,
            Redactor redactor) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path file = directory.resolve(fileName(format));
            AtomicFile.write(file, out -> format.writer(false, baseDirectory, redactor).write(report, out));
            written.add(file);
        }
        return written;
    }
}
