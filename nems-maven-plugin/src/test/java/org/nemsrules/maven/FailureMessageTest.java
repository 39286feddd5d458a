package org.nemsrules.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.Severity;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.Report;

/** The findings a failed build lists in its failure, which Maven prints even when run quiet ({@code mvn -q}). */
class FailureMessageTest {
    private static Finding finding(Severity severity, int line, String message) {
        return new Finding(
                "http.base-path",
                severity,
                message,
                new Location("client/src/test/nems/x.http", 0, line, null, ""),
                "",
                null,
                null);
    }

    @Test
    void theFindingsAtOrAboveTheThresholdAreListedWithTheirSeverityAndControlCharactersEscaped() {
        Report report = new Report(
                List.of(new FileResult(
                        "client/src/test/nems/x.http",
                        List.of("a"),
                        List.of(
                                finding(Severity.INFO, 1, "a note"),
                                finding(Severity.WARNING, 2, "no /STU3\n::error x"),
                                finding(Severity.ERROR, 3, "wrong")))),
                List.of());

        assertEquals(
                List.of(
                        "client/src/test/nems/x.http:2: warning http.base-path: no /STU3\\n::error x",
                        "client/src/test/nems/x.http:3: error http.base-path: wrong"),
                CheckMojo.failing(report, Severity.WARNING, 2));
    }

    @Test
    void theListStopsAtTwentyAndCountsTheRest() {
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= 25; line++) {
            findings.add(finding(Severity.ERROR, line, "wrong"));
        }
        Report report =
                new Report(List.of(new FileResult("client/src/test/nems/x.http", List.of("a"), findings)), List.of());

        List<String> lines = CheckMojo.failing(report, Severity.ERROR, 25);

        assertEquals(CheckMojo.MAX_FAILING_LISTED + 1, lines.size());
        assertEquals("client/src/test/nems/x.http:20: error http.base-path: wrong", lines.get(19));
        assertEquals("and 5 more", lines.get(20));
    }
}
