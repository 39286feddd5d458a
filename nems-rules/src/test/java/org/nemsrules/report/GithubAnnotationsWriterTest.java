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

class GithubAnnotationsWriterTest {

    private static List<String> lines(Report report) {
        return Reports.write(new GithubAnnotationsWriter(), report).lines().toList();
    }

    @Test
    void oneCommandPerFindingInReportOrderThenTheSummary() {
        List<String> lines = lines(Reports.sample());

        assertEquals(
                List.of(
                        "::error file=recordings/broken.http,line=1,title=recording.unreadable-file::the file could not be read: AccessDenied",
                        "::warning file=recordings/my subscriptions/create.http,line=1,title=header.interaction-id::the recording as a whole is odd",
                        "::error file=recordings/my subscriptions/create.http,line=3,title=jwt.scope-value::scope is \"patient/Subscription.write\" <not> 'read' & more\uFFFD done [R-JWT-07]",
                        "::warning file=recordings/my subscriptions/create.http,line=10,col=15,title=header.interaction-id::InteractionID is 'urn:x' <expected SubscriptionsApiGet> [R-HDR-03]",
                        "::notice file=recordings/my subscriptions/create.http,line=12,title=subscription.unused-element::channel.payload is ignored & that is fine [R-SUB-14]",
                        "3 files, 3 requests: 2 errors, 2 warnings, 1 info"),
                lines);
    }

    @Test
    void eachNoteOfTheRunIsANoticeWithoutAFileAfterTheFindingsAndBeforeTheSummary() {
        List<String> lines = lines(Reports.sampleWithNotes());

        assertEquals(
                List.of(
                        "::notice::no supplier configuration (nems-rules.yaml) was given, so 1 check was not possible: config.mailbox",
                        "::notice::deep validation ran on 2 Subscriptions & said <so> 100%25 \"done\"",
                        "3 files, 3 requests: 2 errors, 2 warnings, 1 info"),
                lines.subList(5, lines.size()));
    }

    @Test
    void aNoteCannotEndItsNoticeEarlyNorStartACommand() {
        Report report = new Report(List.of(), List.of(), List.of("a\n::error::forged\r\n::add-mask::x"));

        assertEquals(
                List.of(
                        "::notice::a%0A::error::forged%0D%0A::add-mask::x",
                        "0 files, 0 requests: 0 errors, 0 warnings, 0 infos"),
                lines(report));
    }

    @ParameterizedTest
    @CsvSource({"ERROR, error", "WARNING, warning", "INFO, notice"})
    void everySeverityHasItsCommand(Severity severity, String command) {
        Finding f = new Finding("a.rule", severity, "m", new Location("a.http", 0, 2, null, ""), "", null, null);
        assertEquals("::" + command + " file=a.http,line=2,title=a.rule::m", GithubAnnotationsWriter.annotation(f));
    }

    @Test
    void aFindingWithoutALineGoesOnTheFirstLine() {
        Finding f = new Finding("a.rule", Severity.ERROR, "m", new Location("a.http", -1, 0, null, ""), "", null, null);
        assertTrue(GithubAnnotationsWriter.annotation(f).startsWith("::error file=a.http,line=1,title=a.rule::"));
    }

    @Test
    void theMessageEscapesPercentCarriageReturnAndNewlineButKeepsColonsAndCommas() {
        Finding f = new Finding(
                "a.rule",
                Severity.ERROR,
                "100% wrong,\r\nnext: ::warning::forged",
                new Location("a.http", 0, 2, null, ""),
                "R-X-01",
                null,
                null);

        String line = GithubAnnotationsWriter.annotation(f);

        assertEquals(
                "::error file=a.http,line=2,title=a.rule::100%25 wrong,%0D%0Anext: ::warning::forged [R-X-01]", line);
        assertFalse(line.contains("\n") || line.contains("\r"), "one finding stays on one line");
    }

    @Test
    void propertiesAlsoEscapeColonsAndCommas() {
        Finding f = new Finding(
                "a.rule",
                Severity.WARNING,
                "m",
                new Location("C:/rec,ordings/50%\nx.http", 0, 7, 3, ""),
                "",
                null,
                null);

        assertEquals(
                "::warning file=C%3A/rec%2Cordings/50%25%0Ax.http,line=7,col=3,title=a.rule::m",
                GithubAnnotationsWriter.annotation(f));
    }

    @Test
    void percentIsEscapedFirstSoEscapesAreNotEscapedTwice() {
        assertEquals("%250A%0A", GithubAnnotationsWriter.escapeData("%0A\n"));
        assertEquals("%253A%3A%2C", GithubAnnotationsWriter.escapeProperty("%3A:,"));
    }

    @Test
    void otherControlCharactersCannotReachTheLog() {
        assertEquals("a\uFFFD[31mred\tb", GithubAnnotationsWriter.escapeData("a\u001B[31mred\tb"));
    }

    @Test
    void anEmptyReportIsJustTheSummary() {
        assertEquals(
                List.of("0 files, 0 requests: 0 errors, 0 warnings, 0 infos"), lines(new Report(List.of(), List.of())));
    }
}
