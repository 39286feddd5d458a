package org.nemsrules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Interactions;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Report;
import org.nemsrules.report.TextReportWriter;

class ValidationReportTest {
    private static final Interaction REQUEST =
            Interactions.request("POST", "/STU3/Subscription").build();
    private static final Finding SCOPE = finding("jwt.scope-value", Severity.ERROR, 3, "R-JWT-11");
    private static final Finding LIFETIME = finding("jwt.token-lifetime", Severity.WARNING, 3, "R-JWT-05");
    private static final Finding ENCODED = finding("criteria.percent-encoded", Severity.INFO, 12, "");
    private static final ValidationReport REPORT =
            new ValidationReport(List.of(REQUEST), List.of(SCOPE, LIFETIME, ENCODED), List.of("a note"));

    private static Finding finding(String rule, Severity severity, int line, String requirement) {
        return new Finding(
                rule,
                severity,
                "the " + rule + " fault",
                new Location("request", 0, line, null, ""),
                requirement,
                null,
                null);
    }

    @Test
    void aReportWithAnErrorIsInvalidAndOneWithOnlyWarningsIsValid() {
        assertFalse(REPORT.isValid());
        assertTrue(REPORT.filter(f -> f != SCOPE).isValid());
        assertFalse(REPORT.filter(f -> f != SCOPE).isEmpty());
        assertTrue(new ValidationReport(List.of(REQUEST), List.of(), List.of()).isValid());
    }

    @Test
    void findingsAreFilteredBySeverity() {
        assertEquals(List.of(SCOPE), REPORT.errors());
        assertEquals(List.of(LIFETIME), REPORT.warnings());
        assertEquals(List.of(ENCODED), REPORT.withSeverity(Severity.INFO).findings());
        assertEquals(List.of(SCOPE, LIFETIME), REPORT.atLeast(Severity.WARNING).findings());
        assertEquals(
                List.of(SCOPE, LIFETIME, ENCODED), REPORT.atLeast(Severity.INFO).findings());
        assertTrue(REPORT.hasFindingsAtLeast(Severity.ERROR));
        assertFalse(REPORT.withSeverity(Severity.INFO).hasFindingsAtLeast(Severity.WARNING));
    }

    @Test
    void findingsAreFilteredByRuleOrCategory() {
        assertEquals(List.of(SCOPE), REPORT.forRule("jwt.scope-value").findings());
        assertEquals(List.of(SCOPE, LIFETIME), REPORT.forRule("jwt.*").findings());
        assertEquals(List.of(), REPORT.forRule("jwt.scope").findings(), "a rule id is matched whole");
        assertEquals(List.of(), REPORT.forRule("jw.*").findings(), "a category is matched whole");
        assertTrue(REPORT.hasFinding("criteria.*"));
        assertFalse(REPORT.hasFinding("header.*"));
        assertEquals(List.of("criteria.percent-encoded", "jwt.scope-value", "jwt.token-lifetime"), REPORT.ruleIds());
    }

    @Test
    void aFilteredReportKeepsTheRequestsAndNotes() {
        ValidationReport errors = REPORT.atLeast(Severity.ERROR);

        assertEquals(REPORT.requests(), errors.requests());
        assertEquals(REPORT.notes(), errors.notes());
    }

    @Test
    void theReportIsImmutable() {
        List<Finding> findings = new ArrayList<>(List.of(SCOPE));
        ValidationReport report = new ValidationReport(List.of(REQUEST), findings, List.of());
        findings.add(LIFETIME);

        assertEquals(List.of(SCOPE), report.findings(), "a copy of what it was given");
        assertThrows(
                UnsupportedOperationException.class, () -> report.findings().add(ENCODED));
        assertThrows(
                UnsupportedOperationException.class, () -> report.requests().clear());
        assertThrows(UnsupportedOperationException.class, () -> report.notes().add("x"));
        report.filter(f -> false);
        assertEquals(List.of(SCOPE), report.findings(), "filtering makes a new report");
    }

    @Test
    void mergingKeepsBothInOrderAndEachNoteOnce() {
        ValidationReport other = new ValidationReport(List.of(REQUEST), List.of(ENCODED), List.of("a note"));

        ValidationReport merged = REPORT.atLeast(Severity.ERROR).merge(other);

        assertEquals(List.of(SCOPE, ENCODED), merged.findings());
        assertEquals(2, merged.requests().size());
        assertEquals(List.of("a note"), merged.notes());
    }

    @Test
    void reportsWithTheSameContentAreEqual() {
        ValidationReport again = new ValidationReport(
                List.of(Interactions.request("POST", "/STU3/Subscription").build()),
                List.of(SCOPE, LIFETIME, ENCODED),
                List.of("a note"));

        assertEquals(REPORT, again);
        assertEquals(REPORT.hashCode(), again.hashCode());
        assertFalse(REPORT.equals(REPORT.atLeast(Severity.ERROR)));
    }

    @Test
    void findingsAreDescribedAsTheTextReportWritesThem() throws IOException {
        Finding hostile = new Finding(
                "header.empty",
                Severity.ERROR,
                "value '\u001B[2J' is blank",
                new Location("request", 0, 4, null, ""),
                "",
                null,
                null);
        List<Finding> findings = List.of(SCOPE, hostile, ENCODED);
        StringWriter text = new StringWriter();
        new TextReportWriter(false)
                .write(new Report(List.of(new FileResult("request", List.of("r"), findings)), List.of()), text);

        String described = new ValidationReport(List.of(REQUEST), findings, List.of("a note")).describe();

        List<String> writerLines = text.toString().lines().toList();
        List<String> describedLines = described.lines().toList();
        assertEquals(writerLines.subList(0, 4), describedLines.subList(0, 4), described);
        assertEquals("  request:3: error jwt.scope-value the jwt.scope-value fault [R-JWT-11]", describedLines.get(1));
        assertEquals("1 request: 2 errors, 0 warnings, 1 info", describedLines.get(4));
        assertEquals("note: a note", describedLines.get(5));
    }

    @Test
    void aDescriptionCutsCredentialsAndShowsControlCharactersAsEscapes() {
        Finding forged = new Finding(
                "recording.malformed-header",
                Severity.ERROR,
                "found 'Cookie: SESSION=abc123' and '\r\n::error::x'",
                new Location("re\nquest", 0, 4, null, ""),
                "",
                null,
                null);

        String described = new ValidationReport(List.of(REQUEST), List.of(forged), List.of()).describe();

        assertTrue(described.lines().noneMatch(line -> line.startsWith("::")), described);
        assertTrue(
                described.contains("re\\nquest\n  re\\nquest:4: error recording.malformed-header found 'Cookie: "
                        + "\u2026[credential of 14 characters, redacted]' and '\\r\\n::error::x'"),
                described);
    }
}
