package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.Location;
import org.nemsrules.engine.NemsValidator;

class BaselineTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static Finding moved(Finding f, int interaction, int line) {
        return new Finding(
                f.ruleId(),
                f.severity(),
                f.message(),
                new Location(
                        f.location().file(),
                        interaction,
                        line,
                        f.location().column(),
                        f.location().path()),
                f.requirement(),
                f.httpStatus(),
                f.spineCode());
    }

    private static Report reportOf(Finding... findings) {
        return new Report(
                List.of(new FileResult(Reports.SPACED, List.of("a", "b", "c"), List.of(findings))),
                Reports.sample().rules());
    }

    @Test
    void aFindingThatMovedToAnotherLineAndRequestStaysBaselined() {
        Baseline baseline = Baseline.of(reportOf(Reports.SCOPE_ERROR, Reports.HEADER_WARNING));

        Report later =
                baseline.apply(reportOf(moved(Reports.SCOPE_ERROR, 1, 40), moved(Reports.HEADER_WARNING, 2, 52)));

        assertEquals(List.of(), later.findings().toList());
        assertEquals(Optional.of(new BaselineSummary(2, 0)), later.baseline());
    }

    @Test
    void aNewFindingIsReportedAndAFixedOneLeavesAStaleEntry() {
        Baseline baseline = Baseline.of(reportOf(Reports.SCOPE_ERROR, Reports.HEADER_WARNING));

        Report later = baseline.apply(reportOf(Reports.SCOPE_ERROR, Reports.PAYLOAD_NOTE));

        assertEquals(List.of(Reports.PAYLOAD_NOTE), later.findings().toList());
        assertEquals(Optional.of(new BaselineSummary(1, 1)), later.baseline());
    }

    @Test
    void anEntryAcceptsOneFindingSoASecondIdenticalOneIsNew() {
        Baseline baseline = Baseline.of(reportOf(Reports.SCOPE_ERROR));
        Finding again = moved(Reports.SCOPE_ERROR, 1, 20);

        Report later = baseline.apply(reportOf(Reports.SCOPE_ERROR, again));

        assertEquals(List.of(again), later.findings().toList());
        assertEquals(2, Baseline.of(reportOf(Reports.SCOPE_ERROR, again)).size());
    }

    @Test
    void aChangedValueIsANewFinding() {
        Finding reworded = new Finding(
                Reports.SCOPE_ERROR.ruleId(),
                Reports.SCOPE_ERROR.severity(),
                "scope is 'patient/Subscription.read'; expected 'patient/Subscription.write'",
                Reports.SCOPE_ERROR.location(),
                "",
                null,
                null);

        Report later = Baseline.of(reportOf(Reports.SCOPE_ERROR)).apply(reportOf(reworded));

        assertEquals(List.of(reworded), later.findings().toList());
        assertEquals(Optional.of(new BaselineSummary(0, 1)), later.baseline());
    }

    @Test
    void aLineNumberQuotedInAMessageDoesNotMakeAMovedFindingNew() {
        Finding before = new Finding(
                "header.repeated",
                Reports.SCOPE_ERROR.severity(),
                "fromASID is repeated on line 5 and line 7",
                new Location(Reports.SPACED, 0, 7, null, "header:fromASID"),
                "",
                null,
                null);
        Finding after = new Finding(
                "header.repeated",
                before.severity(),
                "fromASID is repeated on line 9 and line 11",
                new Location(Reports.SPACED, 1, 11, null, "header:fromASID"),
                "",
                null,
                null);

        assertEquals(before.fingerprint(), after.fingerprint());
    }

    @Test
    void theFileIsAHeaderThenSortedTabSeparatedEntries() {
        String text = Baseline.of(Reports.sample()).text();

        List<String> lines = text.lines().toList();
        List<String> entries = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertTrue(lines.get(0).startsWith("# NEMS Rules baseline"), text);
        assertEquals(5, entries.size(), text);
        assertEquals(entries.stream().sorted().toList(), entries);
        String scope = entries.stream()
                .filter(e -> e.contains("jwt.scope-value"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                String.join(
                        "\t",
                        Reports.SPACED,
                        "jwt.scope-value",
                        "jwt.claims.scope",
                        Reports.SCOPE_ERROR.fingerprint(),
                        Reports.NASTY.replace('\u0007', ' ')),
                scope);
        assertTrue(text.endsWith("\n"));
        assertFalse(text.contains("\r"));
    }

    @Test
    void theSameFindingsInAnotherOrderGiveTheSameBytes(@TempDir Path other) throws IOException {
        Path first = dir.resolve("nems-baseline.txt");
        Path second = other.resolve("nems-baseline.txt");
        Baseline.of(reportOf(Reports.SCOPE_ERROR, Reports.HEADER_WARNING, Reports.PAYLOAD_NOTE))
                .write(first);
        Baseline.of(reportOf(Reports.PAYLOAD_NOTE, moved(Reports.SCOPE_ERROR, 2, 30), Reports.HEADER_WARNING))
                .write(second);

        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void anUnchangedBaselineIsNotRewrittenAndAChangedOneIs() throws IOException {
        Path file = dir.resolve("nems-baseline.txt");
        Baseline baseline = Baseline.of(reportOf(Reports.SCOPE_ERROR));
        assertTrue(baseline.write(file));
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written);
        byte[] bytes = Files.readAllBytes(file);

        assertFalse(Baseline.of(reportOf(moved(Reports.SCOPE_ERROR, 1, 9))).write(file));
        assertEquals(written, Files.getLastModifiedTime(file));
        assertEquals(new String(bytes, StandardCharsets.UTF_8), Files.readString(file));

        assertTrue(
                Baseline.of(reportOf(Reports.SCOPE_ERROR, Reports.PAYLOAD_NOTE)).write(file));
        assertEquals(2, Baseline.read(file).size());
        try (var leftovers = Files.list(dir)) {
            assertEquals(List.of(file), leftovers.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void readingGivesBackWhatWasWritten() throws IOException {
        Path file = dir.resolve("b.txt");
        Baseline.of(Reports.sample()).write(file);

        Baseline read = Baseline.read(file);

        assertEquals(Baseline.of(Reports.sample()).text(), read.text());
        assertEquals(
                Optional.of(new BaselineSummary(5, 0)),
                read.apply(Reports.sample()).baseline());
    }

    @Test
    void aLineThatIsNotAnEntryIsRefusedNamingTheLine() throws IOException {
        Path file = dir.resolve("b.txt");
        Files.writeString(file, Baseline.HEADER + "rec/a.http\tjwt.x\t\tnot-a-fingerprint\tmessage\n");

        IOException e = assertThrows(IOException.class, () -> Baseline.read(file));
        assertTrue(e.getMessage().startsWith(file + ":4: not a baseline entry"), e.getMessage());
    }

    @Test
    void blankLinesAndCommentsAreAllowed() throws IOException {
        Path file = dir.resolve("b.txt");
        Files.writeString(
                file,
                "# hand-trimmed\n\n"
                        + Baseline.of(reportOf(Reports.SCOPE_ERROR)).text() + "\n");

        assertEquals(1, Baseline.read(file).size());
    }

    @Test
    void theSummaryJsonAndSarifSayHowManyWereBaselinedAndHowManyEntriesAreStale() throws Exception {
        Report report = Baseline.of(reportOf(Reports.SCOPE_ERROR, Reports.HEADER_WARNING))
                .apply(reportOf(Reports.SCOPE_ERROR, Reports.PAYLOAD_NOTE));

        assertTrue(
                TextReportWriter.summary(report)
                        .endsWith(": 0 errors, 0 warnings, 1 info (1 baselined, " + "1 stale baseline entry)"),
                TextReportWriter.summary(report));
        JsonNode summary = MAPPER.readTree(Reports.write(new JsonReportWriter(Reports.TOOL), report))
                .get("summary");
        assertEquals(1, summary.get("baselined").intValue());
        assertEquals(1, summary.get("staleBaselineEntries").intValue());
        JsonNode run = MAPPER.readTree(Reports.write(new SarifReportWriter(Reports.TOOL), report))
                .get("runs")
                .get(0);
        assertEquals(1, run.get("properties").get("baselined").intValue());
        assertEquals(1, run.get("properties").get("staleBaselineEntries").intValue());
    }

    @Test
    void withoutABaselineNothingIsSaid() throws Exception {
        Report report = reportOf(Reports.SCOPE_ERROR);

        assertFalse(TextReportWriter.summary(report).contains("baseline"));
        assertTrue(MAPPER.readTree(Reports.write(new JsonReportWriter(Reports.TOOL), report))
                .get("summary")
                .path("baselined")
                .isMissingNode());
        assertTrue(MAPPER.readTree(Reports.write(new SarifReportWriter(Reports.TOOL), report))
                .get("runs")
                .get(0)
                .path("properties")
                .isMissingNode());
    }

    @Test
    void aRecordingEditedAboveAnAcceptedFindingKeepsItBaselined() throws IOException {
        String token = "Authorization: Bearer not-a-jwt";
        String read =
                "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/7f3c2a9e41d84b0b9c5e6a1d2f7b8c03 HTTP/1.1";
        Path recording = dir.resolve("rec.http");
        Files.writeString(recording, String.join("\n", read, token, ""));
        NemsValidator validator =
                NemsValidator.builder().baseDirectory(dir).threads(1).build();
        Report before = validator.validate(List.of(recording));
        assertFalse(before.findings().toList().isEmpty());
        Baseline baseline = Baseline.of(before);

        Files.writeString(
                recording,
                String.join(
                        "\n",
                        "# A request recorded later, above the first.",
                        read,
                        "Authorization: Bearer also.not-a-jwt",
                        "",
                        "###",
                        "",
                        "# The first request, now lower down.",
                        read,
                        token,
                        ""));
        Report all = validator.validate(List.of(recording));
        Report after = baseline.apply(all);

        assertEquals(before.findings().count(), after.baseline().orElseThrow().baselined());
        assertEquals(0, after.baseline().orElseThrow().stale());
        // The new request repeats the missing headers: between identical findings the baseline compares counts.
        assertEquals(
                all.findings().count() - before.findings().count(),
                after.findings().count());
        assertTrue(
                after.findings().anyMatch(f -> f.message().contains("has 2 dot-separated parts")),
                after.findings().toList()::toString);
        assertTrue(
                after.findings().noneMatch(f -> f.message().contains("has 1 dot-separated part")),
                after.findings().toList()::toString);
    }

    @Test
    void aBaselineAboveTenMegabytesIsRefusedNamingTheFileAndTheBound() throws IOException {
        Path file = dir.resolve("huge-baseline.txt");
        String entry =
                "rec/read.http\tjwt.malformed\theader:Authorization\t" + "0".repeat(32) + "\t" + "m".repeat(200) + "\n";
        try (var out = Files.newBufferedWriter(file)) {
            for (long written = 0; written <= Baseline.MAX_BYTES; written += entry.length()) {
                out.write(entry);
            }
        }

        IOException e = assertThrows(IOException.class, () -> Baseline.read(file));

        assertEquals(
                file + ": is larger than the limit of 10,485,760 bytes for a baseline; a baseline lists accepted "
                        + "findings, a few hundred bytes each",
                e.getMessage());
    }

    @Test
    void theBoundIsCountedWhileReadingNotTakenFromTheFileSize() throws Exception {
        // A FIFO has no size: only counting what is read stops an endless feed.
        Path fifo = dir.resolve("baseline.fifo");
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", fifo.toString())
                        .inheritIO()
                        .start()
                        .waitFor());
        Thread feeder = new Thread(() -> {
            byte[] chunk = "# a comment line of a baseline that never ends\n"
                    .repeat(1000)
                    .getBytes(StandardCharsets.UTF_8);
            try (var out = Files.newOutputStream(fifo)) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException stopped) {
                // The reader closed its end: what this test waits for.
            }
        });
        feeder.setDaemon(true);
        feeder.start();

        IOException e = assertThrows(IOException.class, () -> Baseline.read(fifo));

        assertTrue(e.getMessage().startsWith(fifo + ": is larger than the limit of 10,485,760 bytes"), e.getMessage());
        feeder.join(30_000);
        assertFalse(feeder.isAlive(), "the feed was cut off when the reader stopped");
    }

    @Test
    void aBaselineThatIsNotUtf8IsSaidInWords() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {'#', ' ', (byte) 0xE9, '\n'});

        IOException e = assertThrows(IOException.class, () -> Baseline.read(file));

        assertEquals(file + ": is not UTF-8 text; a baseline is written by --write-baseline", e.getMessage());
    }

    @Test
    void anUnreadableBaselineIsSaidInWordsNotAsAnExceptionName() throws IOException {
        Path directory = Files.createDirectories(dir.resolve("a-directory.txt"));

        IOException e = assertThrows(IOException.class, () -> Baseline.read(directory));

        assertEquals(directory + ": cannot be read: is a directory", e.getMessage());
    }
}
