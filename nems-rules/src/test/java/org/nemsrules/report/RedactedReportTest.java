package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.Severity;

/** Every writer, given a redacted report, shows neither a whole JWT nor (by default) an NHS number. */
class RedactedReportTest {
    private static final String JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0"
            + ".eyJpc3MiOiJodHRwczovL2RlbW9uc3RyYXRvci5jb20iLCJzdWIiOiI5NDM0NzY1OTE5In0.";
    private static final String UNSPACED = "4010232137";
    private static final String SPACED = "599 012 8088";
    private static final String FILE = "recordings/patient.http";

    /** A report carrying both numbers and the token in every kind of free text a writer may print. */
    private static Report leaky() {
        Finding error = new Finding(
                "jwt.sub-mismatch",
                Severity.ERROR,
                "the token " + JWT + " names patient " + UNSPACED + ", the criteria " + SPACED,
                new Location(FILE, 0, 4, 7, "jwt.claims.sub"),
                "R-JWT-09",
                400,
                "MISSING_OR_INVALID_HEADER");
        Finding warning = new Finding(
                "criteria.patient-mismatch",
                Severity.WARNING,
                "criteria names " + SPACED + ", the token " + UNSPACED,
                new Location(FILE, 1, 12, null, "Subscription.criteria"),
                "R-CRIT-03",
                null,
                null);
        Finding info = new Finding(
                "http.not-subscription",
                Severity.INFO,
                "request for Patient/" + UNSPACED,
                new Location(FILE, 1, 10, null, "request-line"),
                "",
                null,
                null);
        Finding fileLevel = new Finding(
                "recording.malformed-header",
                Severity.ERROR,
                "found 'Authorization Bearer " + JWT + "'",
                new Location(FILE, -1, 2, null, ""),
                "",
                null,
                null);
        return new Report(
                List.of(new FileResult(
                        FILE,
                        List.of(
                                "GET /STU3/Subscription/" + JWT + " (line 1)",
                                "GET /STU3/Patient/" + UNSPACED + "?t=" + JWT + " (line 10)"),
                        List.of(fileLevel, error, info, warning))),
                List.of(
                        Reports.rule("jwt.sub-mismatch", Severity.ERROR, "R-JWT-09"),
                        Reports.rule("criteria.patient-mismatch", Severity.WARNING, "R-CRIT-03"),
                        Reports.rule("http.not-subscription", Severity.INFO, "R-HTTP-01"),
                        Reports.rule("recording.malformed-header", Severity.ERROR, "R-HTTP-02")),
                List.of("a note about " + UNSPACED + " and " + JWT),
                Optional.of(new BaselineSummary(1, 0)));
    }

    /** Written as the command line writes it: the writer redacts what it quotes itself with the report's redactor. */
    private static String write(ReportFormat format, Report report, Redactor redactor) {
        return Reports.write(format.writer(false, Path.of(""), redactor), report);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void byDefaultNoWriterShowsAWholeJwtOrAnNhsNumber(ReportFormat format) {
        String raw = write(format, leaky(), Redactor.KEEP_NHS_NUMBERS);
        assertTrue(
                raw.contains(JWT) || raw.contains(UNSPACED),
                "the unredacted report must carry them, or this " + "test proves nothing:\n" + raw);

        String out = write(format, leaky().redacted(Redactor.DEFAULT), Redactor.DEFAULT);

        assertFalse(out.contains(JWT), out);
        assertFalse(out.contains(UNSPACED), out);
        assertFalse(out.contains(SPACED), out);
        assertFalse(out.contains("5990128088"), out);
        assertTrue(out.contains("401****137"), out);
        assertTrue(out.contains("599****088"), out);
        assertTrue(out.contains("eyJhbGciOi…[JWT of " + JWT.length() + " characters, redacted]"), out);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void keepingNhsNumbersStillCutsTheJwt(ReportFormat format) {
        String out = write(format, leaky().redacted(Redactor.KEEP_NHS_NUMBERS), Redactor.KEEP_NHS_NUMBERS);

        assertFalse(out.contains(JWT), out);
        assertTrue(out.contains(UNSPACED), out);
        assertFalse(out.contains("401****137"), out);
    }

    @Test
    void redactionKeepsEverythingButTheText() {
        Report raw = leaky();
        Report shown = raw.redacted(Redactor.DEFAULT);

        assertEquals(raw.files().get(0).path(), shown.files().get(0).path());
        assertEquals(raw.rules(), shown.rules());
        assertEquals(raw.baseline(), shown.baseline());
        assertEquals(
                List.of("a note about 401****137 and eyJhbGciOi…[JWT of " + JWT.length() + " characters, redacted]"),
                shown.notes());
        assertEquals(
                "GET /STU3/Patient/401****137?t=eyJhbGciOi…[JWT of " + JWT.length()
                        + " characters, redacted] (line 10)",
                shown.files().get(0).interactions().get(1));
        for (int i = 0; i < raw.findings().count(); i++) {
            Finding before = raw.findings().toList().get(i);
            Finding after = shown.findings().toList().get(i);
            assertEquals(before.ruleId(), after.ruleId());
            assertEquals(before.severity(), after.severity());
            assertEquals(before.location().line(), after.location().line());
            assertEquals(before.location().interaction(), after.location().interaction());
            assertEquals(before.location().column(), after.location().column());
            assertEquals(before.location().file(), after.location().file());
            assertEquals(before.requirement(), after.requirement());
            assertEquals(before.httpStatus(), after.httpStatus());
            assertEquals(before.spineCode(), after.spineCode());
        }
    }

    @Test
    void aFindingHasOneFingerprintInEveryMode() {
        List<Finding> raw = leaky().findings().toList();
        List<Finding> masked = leaky().redacted(Redactor.DEFAULT).findings().toList();
        List<Finding> kept =
                leaky().redacted(Redactor.KEEP_NHS_NUMBERS).findings().toList();

        for (int i = 0; i < raw.size(); i++) {
            assertEquals(
                    raw.get(i).fingerprint(),
                    masked.get(i).fingerprint(),
                    raw.get(i).message());
            assertEquals(
                    raw.get(i).fingerprint(),
                    kept.get(i).fingerprint(),
                    raw.get(i).message());
        }
    }

    @Test
    void aBaselineIsTheSameBytesInEveryModeAndShowsNeitherNumbersNorTokens() {
        String fromRaw = Baseline.of(leaky()).text();
        String fromMasked = Baseline.of(leaky().redacted(Redactor.DEFAULT)).text();
        String fromKept =
                Baseline.of(leaky().redacted(Redactor.KEEP_NHS_NUMBERS)).text();

        assertEquals(fromRaw, fromMasked);
        assertEquals(fromRaw, fromKept);
        assertFalse(fromRaw.contains(JWT), fromRaw);
        assertFalse(fromRaw.contains(UNSPACED), fromRaw);
        assertFalse(fromRaw.contains(SPACED), fromRaw);
        assertTrue(fromRaw.contains("401****137"), fromRaw);
    }

    @Test
    void aBaselineWrittenInOneModeAcceptsTheFindingsOfAnother() {
        Baseline written = Baseline.of(leaky().redacted(Redactor.KEEP_NHS_NUMBERS));

        Report applied = written.apply(leaky().redacted(Redactor.DEFAULT));

        assertEquals(0, applied.findings().count());
        assertEquals(Optional.of(new BaselineSummary(4, 0)), applied.baseline());
    }
}
