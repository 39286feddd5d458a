package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.Severity;

class TextReportWriterTest {

    @Test
    void findingsAreGroupedUnderTheirFileAsFileLineSeverityRuleMessageRequirement() {
        String text = Reports.write(new TextReportWriter(false), Reports.sample());

        assertEquals(
                List.of(
                        Reports.UNREADABLE,
                        "  " + Reports.UNREADABLE
                                + ": error recording.unreadable-file the file could not be read: AccessDenied",
                        Reports.SPACED,
                        "  " + Reports.SPACED + ": warning header.interaction-id the recording as a whole is odd",
                        "  " + Reports.SPACED + ":3: error jwt.scope-value "
                                + Reports.NASTY.replace("\u0007", "\\u0007") + " [R-JWT-07]",
                        "  " + Reports.SPACED + ":10: warning header.interaction-id InteractionID is 'urn:x' "
                                + "<expected SubscriptionsApiGet> [R-HDR-03]",
                        "  " + Reports.SPACED
                                + ":12: info subscription.unused-element channel.payload is ignored & that is fine [R-SUB-14]",
                        "3 files, 3 requests: 2 errors, 2 warnings, 1 info"),
                text.lines().toList());
    }

    @Test
    void controlCharactersFromRecordingsNeverReachTheTerminal() {
        assertEquals("bell \\u0007 escape \\u001B[2J", TextReportWriter.printable("bell \u0007 escape \u001B[2J"));
    }

    @Test
    void withoutColourThereAreNoAnsiEscapes() {
        assertFalse(Reports.write(new TextReportWriter(false), Reports.sample()).contains("\u001B["));
    }

    @Test
    void withColourSeveritiesAndFileNamesArePainted() {
        String text = Reports.write(new TextReportWriter(true), Reports.sample());

        assertTrue(text.contains("\u001B[31merror\u001B[0m"), text);
        assertTrue(text.contains("\u001B[33mwarning\u001B[0m"), text);
        assertTrue(text.contains("\u001B[36minfo\u001B[0m"), text);
        assertTrue(text.contains("\u001B[1m" + Reports.SPACED + "\u001B[0m"), text);
        assertEquals(
                text.replaceAll("\u001B\\[[0-9;]*m", ""), Reports.write(new TextReportWriter(false), Reports.sample()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | 0 | 0 | 0 | 0 | 0 files, 0 requests: 0 errors, 0 warnings, 0 infos",
                "1 | 1 | 1 | 1 | 1 | 1 file, 1 request: 1 error, 1 warning, 1 info",
                "2 | 3 | 2 | 1 | 1 | 2 files, 3 requests: 2 errors, 1 warning, 1 info",
                "3 | 5 | 0 | 4 | 2 | 3 files, 5 requests: 0 errors, 4 warnings, 2 infos"
            })
    void theSummaryLineCountsWithPlurals(
            int files, int requests, int errors, int warnings, int infos, String expected) {
        List<FileResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < files; i++) {
            List<Finding> findings = new java.util.ArrayList<>();
            if (i == 0) {
                add(findings, errors, Severity.ERROR);
                add(findings, warnings, Severity.WARNING);
                add(findings, infos, Severity.INFO);
            }
            int mine = i == 0 ? requests - (files - 1) : 1;
            results.add(new FileResult("f" + i + ".http", java.util.Collections.nCopies(mine, "GET x"), findings));
        }
        Report report = new Report(results, List.of());

        assertEquals(expected, TextReportWriter.summary(report));
        List<String> lines =
                Reports.write(new TextReportWriter(false), report).lines().toList();
        assertEquals(expected, lines.get(lines.size() - 1));
    }

    private static void add(List<Finding> findings, int n, Severity severity) {
        for (int i = 0; i < n; i++) {
            findings.add(new Finding("http.x", severity, "m", new Location("f0.http", 0, 1, null, ""), "", null, null));
        }
    }

    @Test
    void aFileWithoutFindingsIsNotListed() {
        String text = Reports.write(new TextReportWriter(false), Reports.sample());

        assertFalse(text.contains(Reports.CLEAN), text);
    }
}
