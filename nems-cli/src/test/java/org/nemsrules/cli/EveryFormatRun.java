package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.nemsrules.cli.NemsCheckJarIT.Run;
import org.nemsrules.report.ReportFormat;

/**
 * One run of the jar that writes a report in each of several formats: the first to stdout, each other to a file of
 * its own, with repeated {@code --format FORMAT=FILE}. A test that holds every format to the same promise (nothing
 * leaks, nothing forged) needs one start of the jar rather than one per format, and a report written beside others
 * is the report a run of its own would write ({@code
 * ReportOutputsJarIT.severalFormatsInOneRunWriteEachReportAsARunOfItsOwnWould}). The files are written outside the
 * working directory, so that a run over {@code .} never reads them.
 *
 * @param exit    the jar's exit code
 * @param err     what it wrote to stderr
 * @param reports each format's report
 */
record EveryFormatRun(int exit, String err, Map<ReportFormat, String> reports) {
    static final List<ReportFormat> ALL = List.of(ReportFormat.values());

    /** Runs the jar in {@code workDir} with {@code args} and one {@code --format} for each of {@code formats}. */
    static EveryFormatRun run(Path workDir, List<ReportFormat> formats, String... args)
            throws IOException, InterruptedException {
        Path reportDir = Files.createTempDirectory("nems-reports");
        try {
            List<String> command =
                    new ArrayList<>(List.of("--format", formats.get(0).label()));
            for (ReportFormat format : formats.subList(1, formats.size())) {
                command.add("--format");
                command.add(format.label() + "=" + file(reportDir, format));
            }
            command.addAll(List.of(args));
            Run run = NemsCheckJarIT.run(workDir, command.toArray(String[]::new));
            Map<ReportFormat, String> reports = new EnumMap<>(ReportFormat.class);
            reports.put(formats.get(0), run.out());
            for (ReportFormat format : formats.subList(1, formats.size())) {
                Path file = file(reportDir, format);
                assertTrue(Files.isRegularFile(file), format.label() + " wrote no report: " + run.err());
                reports.put(format, Files.readString(file, StandardCharsets.UTF_8));
            }
            return new EveryFormatRun(run.exit(), run.err(), reports);
        } finally {
            try (Stream<Path> files = Files.list(reportDir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(reportDir);
        }
    }

    private static Path file(Path dir, ReportFormat format) {
        return dir.resolve("report-" + format.label() + "." + format.extension());
    }
}
