package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionKind;
import org.nemsrules.model.Origin;
import org.nemsrules.recording.RecordingReader.Format;

class RecordingReaderTest {
    private static final String JSON = "{\n  \"resourceType\": \"Subscription\",\n  # not a comment\n}\n\n";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Subscription xmlns=\"http://hl7.org/fhir\"/>\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"s.json|json", "s.xml|xml", "S.JSON|json", "s.Xml|xml"})
    void aBareResourceIsOneCreateWithTheWholeFileAsBodyAtLineOne(String name, String kind) throws IOException {
        String text = kind.equals("json") ? JSON : XML;
        Recording r = new RecordingReader().read(write(name, text), name);
        assertEquals(name, r.file());
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.interactions().size());
        Interaction i = r.interactions().get(0);
        assertEquals(Origin.BARE_RESOURCE, i.origin());
        assertEquals(name, i.file());
        assertEquals(0, i.index());
        assertEquals(1, i.line());
        assertTrue(i.headers().isEmpty());
        assertEquals(text, i.body().text(), "the whole file, as written");
        assertEquals(1, i.body().line());
        assertEquals(InteractionKind.CREATE, i.kind());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", " ", "\n\n", "\r\n\t \r\n"})
    void aBlankBareResourceHasNothingToRead(String text) {
        Recording r = new BareResourceReader().read("s.json", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), r.interactions());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void aBareResourceInLatin1IsAnInvalidEncoding() {
        byte[] bytes = "<Subscription>\n<reason value=\"caf\u00e9\"/>\n".getBytes(StandardCharsets.ISO_8859_1);
        Recording r = new BareResourceReader().read("s.xml", bytes);
        assertEquals(List.of(), r.interactions());
        assertEquals(1, r.problems().size());
        assertEquals(InvalidEncodingRule.ID, r.problems().get(0).ruleId());
        assertEquals(2, r.problems().get(0).line());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        "a.http, HTTP", "a.HTTP, HTTP", "a.rest, HTTP", "A.Rest, HTTP",
        "a.har, HAR", "a.HAR, HAR",
        "a.xml, BARE_RESOURCE", "a.XML, BARE_RESOURCE", "a.json, BARE_RESOURCE", "a.Json, BARE_RESOURCE",
        "a.txt, UNKNOWN", "http, UNKNOWN", "a.http.bak, UNKNOWN", "a.jsonl, UNKNOWN",
    })
    void theFormatIsChosenByExtensionWhateverItsCase(String name, Format expected) {
        assertEquals(expected, RecordingReader.format(Path.of("dir", name)));
        assertEquals(expected != Format.UNKNOWN, RecordingReader.isRecording(Path.of(name)));
    }

    @Test
    void theReaderForTheExtensionIsTheOneThatReads() throws IOException {
        String http = "GET /STU3/Subscription/abc HTTP/1.1\nAccept: application/fhir+json\n";
        String har = "{\"log\": {\"entries\": [{\"request\": {\"method\": \"DELETE\", \"url\": \"/STU3/Subscription/abc\"}}]}}";
        RecordingReader reader = new RecordingReader();
        assertEquals(Origin.HTTP_FILE, reader.read(write("a.HTTP", http), "a").interactions().get(0).origin());
        assertEquals(Origin.HTTP_FILE, reader.read(write("a.rest", http), "a").interactions().get(0).origin());
        assertEquals(Origin.HAR, reader.read(write("a.Har", har), "a").interactions().get(0).origin());
        assertEquals(Origin.BARE_RESOURCE, reader.read(write("a.json", har), "a").interactions().get(0).origin());
    }

    @Test
    void aFileAboveTheSizeBoundIsUnreadableWithoutBeingRead() throws IOException {
        Path big = write("big.http", "GET /STU3/Subscription/abc HTTP/1.1\n" + "X: y\n".repeat(40));
        long size = Files.size(big);
        Recording r = new RecordingReader(size - 1).read(big, "big.http");
        assertEquals(List.of(), r.interactions());
        assertEquals(1, r.problems().size());
        ReadProblem p = r.problems().get(0);
        assertEquals(UnreadableFileRule.ID, p.ruleId());
        assertTrue(p.message().contains("above the limit"), p.message());
        assertEquals(1, new RecordingReader(size).read(big, "big.http").interactions().size(), "at the bound is fine");
    }

    @Test
    void aFileTooLargeIsNotOpened() throws IOException {
        // Unreadable by permission: if the reader opened it despite the bound, the message would say so.
        Path big = write("big.json", "{\"resourceType\": \"Subscription\"}");
        assumeTrue(big.toFile().setReadable(false, false) && !Files.isReadable(big),
                "permissions are not enforced here (e.g. running as root)");
        try {
            ReadProblem p = new RecordingReader(4).read(big, "big.json").problems().get(0);
            assertTrue(p.message().contains("above the limit"), p.message());
        } finally {
            big.toFile().setReadable(true, false);
        }
    }

    @Test
    void aMissingFileIsUnreadableNotAnException() {
        Recording r = new RecordingReader().read(dir.resolve("gone.http"), "gone.http");
        assertEquals("gone.http", r.file());
        assertEquals(List.of(), r.interactions());
        assertEquals(1, r.problems().size());
        assertEquals(UnreadableFileRule.ID, r.problems().get(0).ruleId());
        assertTrue(r.problems().get(0).message().contains("could not be read"), r.problems().get(0).message());
    }

    @Test
    void aDirectoryNamedLikeARecordingIsUnreadableNotAnException() throws IOException {
        Path d = Files.createDirectory(dir.resolve("d.http"));
        Recording r = new RecordingReader().read(d, "d.http");
        assertEquals(List.of(), r.interactions());
        assertEquals(UnreadableFileRule.ID, r.problems().get(0).ruleId());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"a.http", "a.har", "a.json", "a.xml"})
    void theInputFileIsUnchangedAfterReading(String name) throws IOException {
        Path file = write(name, name.endsWith(".har")
                ? "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"/x\"}}]}}"
                : "POST /STU3/Subscription HTTP/1.1\r\nAccept: x\r\n\r\n{}\r\n");
        FileTime then = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, then);
        byte[] before = Files.readAllBytes(file);
        new RecordingReader().read(file, name);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(then, Files.getLastModifiedTime(file));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no other file was written");
        }
    }
}
