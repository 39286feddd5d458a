package org.nemsrules.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Severity;

/**
 * JUnit XML as Maven Surefire writes it, so CI test tabs show recordings as tests: one
 * {@code testsuite} per file, one {@code testcase} per request, and a {@code failure} per error
 * finding. Warnings and infos go to the test case's {@code system-out}, unless warnings are counted as
 * failures ({@link Warnings#FAIL}). Findings about the file as a whole (it could not be read) belong to an
 * extra test case named {@value #FILE_CASE}. The run's notes are the {@code system-out} of a suite named
 * {@value #RUN_SUITE} that holds no test, written first and only when there are notes: {@code testsuites} has
 * no {@code system-out} of its own in the schemas CI servers read.
 */
public final class JunitReportWriter implements ReportWriter {
    static final String FILE_CASE = "(recording)";
    static final String RUN_SUITE = "(run)";

    /** What a warning does to its test case. */
    public enum Warnings {
        /** Written to the case's {@code system-out}; the case passes, as the exit code does by default. */
        PASS,
        /** A {@code failure} of the case, as an error is: for teams that hold warnings to the same bar. */
        FAIL
    }

    private final Warnings warnings;

    /** Warnings pass their test case. */
    public JunitReportWriter() {
        this(Warnings.PASS);
    }

    public JunitReportWriter(Warnings warnings) {
        this.warnings = Objects.requireNonNull(warnings);
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "nems-check");
            xml.writeAttribute(
                    "tests",
                    Integer.toString(report.files().stream()
                            .mapToInt(JunitReportWriter::caseCount)
                            .sum()));
            xml.writeAttribute(
                    "failures",
                    Integer.toString(
                            report.files().stream().mapToInt(this::failedCases).sum()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", "0");
            xml.writeCharacters("\n");
            if (!report.notes().isEmpty()) {
                notes(xml, report.notes());
            }
            for (FileResult file : report.files()) {
                suite(xml, file);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static boolean hasFileCase(FileResult file) {
        return file.interactions().isEmpty()
                || file.findings().stream().anyMatch(f -> f.location().interaction() < 0);
    }

    private static int caseCount(FileResult file) {
        return file.interactions().size() + (hasFileCase(file) ? 1 : 0);
    }

    private int failedCases(FileResult file) {
        int failed = 0;
        for (int i = hasFileCase(file) ? -1 : 0; i < file.interactions().size(); i++) {
            if (findings(file, i).stream().anyMatch(this::fails)) {
                failed++;
            }
        }
        return failed;
    }

    private static List<Finding> findings(FileResult file, int interaction) {
        return file.findings().stream()
                .filter(f -> f.location().interaction() == interaction)
                .toList();
    }

    /** Whether a finding is a {@code failure} of its case rather than a line of its {@code system-out}. */
    private boolean fails(Finding f) {
        return f.severity() == Severity.ERROR || (f.severity() == Severity.WARNING && warnings == Warnings.FAIL);
    }

    /** The run's notes, one per line, in a suite without tests: they are about no file and no request. */
    private static void notes(XMLStreamWriter xml, List<String> notes) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", RUN_SUITE);
        for (String count : List.of("tests", "failures", "errors", "skipped", "time")) {
            xml.writeAttribute(count, "0");
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        StringBuilder text = new StringBuilder();
        notes.forEach(note -> text.append(shown(note)).append('\n'));
        xml.writeCharacters(text.toString());
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private void suite(XMLStreamWriter xml, FileResult file) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", shown(file.path()));
        xml.writeAttribute("tests", Integer.toString(caseCount(file)));
        xml.writeAttribute("failures", Integer.toString(failedCases(file)));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", "0");
        xml.writeCharacters("\n");
        if (hasFileCase(file)) {
            testCase(xml, file, -1, FILE_CASE);
        }
        for (int i = 0; i < file.interactions().size(); i++) {
            testCase(xml, file, i, file.interactions().get(i));
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private void testCase(XMLStreamWriter xml, FileResult file, int interaction, String name)
            throws XMLStreamException {
        List<Finding> all = findings(file, interaction);
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", shown(name));
        xml.writeAttribute("classname", shown(file.path()));
        xml.writeAttribute("time", "0");
        StringBuilder others = new StringBuilder();
        for (Finding f : all) {
            String line = shown(f.location().fileAndLine() + ": " + f.severity().label() + " " + f.ruleId() + " "
                    + f.message() + (f.requirement().isEmpty() ? "" : " [" + f.requirement() + "]"));
            if (fails(f)) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("message", shown(f.ruleId() + ": " + f.message()));
                xml.writeAttribute("type", shown(f.ruleId()));
                xml.writeCharacters(line);
                xml.writeEndElement();
            } else {
                others.append(line).append('\n');
            }
        }
        if (others.length() > 0) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(xmlSafe(others.toString()));
            xml.writeEndElement();
        }
        if (!all.isEmpty()) {
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /**
     * A file name, label or message as the report shows it: on one line, control characters escaped
     * ({@link PrintableText}), since CI systems print these values in their logs, where a line feed followed by
     * {@code ::error} would be read as a workflow command; then made something XML can hold.
     */
    private static String shown(String text) {
        return xmlSafe(PrintableText.escape(text));
    }

    /**
     * Replaces what XML 1.0 cannot hold at all (control characters other than tab, line feed and
     * carriage return, unpaired surrogates, U+FFFE and U+FFFF) with U+FFFD: a message quoting a
     * recording's bytes must not make the whole report unreadable.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                if (allowed) {
                    safe.appendCodePoint(c);
                } else {
                    safe.append('\uFFFD');
                }
            }
            i += width;
        }
        return safe == null ? text : safe.toString();
    }
}
