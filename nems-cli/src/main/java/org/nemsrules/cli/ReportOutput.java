package org.nemsrules.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.nemsrules.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --format}: a format and, after {@code =}, the file its report goes to ({@code sarif=out.sarif}); without
 * a file the report goes where {@code -o} says, or to stdout. Repeating {@code --format} writes several reports from
 * one run, so that CI starts one JVM rather than one per format.
 *
 * @param format the format
 * @param file   the file named after {@code =}, if any
 */
record ReportOutput(ReportFormat format, Optional<Path> file) {
    /** The report a run writes when no {@code --format} is given: text, to {@code -o} or stdout. */
    static final ReportOutput DEFAULT = new ReportOutput(ReportFormat.TEXT, Optional.empty());

    /** As the user wrote it: {@code sarif=out.sarif}, or {@code json}. */
    String written() {
        return format.label() + file.map(f -> "=" + f).orElse("");
    }

    /** Reads {@code FORMAT} or {@code FORMAT=FILE}; picocli puts the option's name before the reason it refuses one. */
    static final class Converter implements ITypeConverter<ReportOutput> {
        @Override
        public ReportOutput convert(String value) {
            int equals = value.indexOf('=');
            String label = equals < 0 ? value : value.substring(0, equals);
            ReportFormat format = ReportFormat.fromLabel(label)
                    .orElseThrow(() -> new TypeConversionException("'" + label + "' is not one of "
                            + String.join(", ", ReportFormat.labels()) + " (each may be followed by =FILE)"));
            if (equals < 0) {
                return new ReportOutput(format, Optional.empty());
            }
            String file = value.substring(equals + 1);
            if (file.isBlank()) {
                throw new TypeConversionException("'" + value + "' names no file after '='; write " + format.label()
                        + "=FILE, or " + format.label() + " alone for stdout");
            }
            try {
                return new ReportOutput(format, Optional.of(Path.of(file)));
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + value + "': " + e.getReason());
            }
        }
    }
}
