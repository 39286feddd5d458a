package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionKind;
import org.nemsrules.model.Origin;
import org.nemsrules.recording.RecordingReader.Format;
import org.nemsrules.recording.rules.InvalidEncodingRule;
import org.nemsrules.recording.rules.UnreadableFileRule;

@Isolated("it counts the JVM's pipe-reading threads to show that none is left behind")
class RecordingReaderTest {
    private static final String JSON = "{\n  \"resourceType\": \"Subscription\",\n  # not a comment\n}\n\n";
    private static final String XML =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Subscription xmlns=\"http://hl7.org/fhir\"/>\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {"s.json|json", "s.xml|xml", "S.JSON|json", "s.Xml|xml"})
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
        "a.http, HTTP",
        "a.HTTP, HTTP",
        "a.rest, HTTP",
        "A.Rest, HTTP",
        "a.har, HAR",
        "a.HAR, HAR",
        "a.xml, BARE_RESOURCE",
        "a.XML, BARE_RESOURCE",
        "a.json, BARE_RESOURCE",
        "a.Json, BARE_RESOURCE",
        "a.txt, UNKNOWN",
        "http, UNKNOWN",
        "a.http.bak, UNKNOWN",
        "a.jsonl, UNKNOWN",
    })
    void theFormatIsChosenByExtensionWhateverItsCase(String name, Format expected) {
        assertEquals(expected, RecordingReader.format(Path.of("dir", name)));
        assertEquals(expected != Format.UNKNOWN, RecordingReader.isRecording(Path.of(name)));
    }

    @Test
    void theReaderForTheExtensionIsTheOneThatReads() throws IOException {
        String http = "GET /STU3/Subscription/abc HTTP/1.1\nAccept: application/fhir+json\n";
        String har =
                "{\"log\": {\"entries\": [{\"request\": {\"method\": \"DELETE\", \"url\": \"/STU3/Subscription/abc\"}}]}}";
        RecordingReader reader = new RecordingReader();
        assertEquals(
                Origin.HTTP_FILE,
                reader.read(write("a.HTTP", http), "a").interactions().get(0).origin());
        assertEquals(
                Origin.HTTP_FILE,
                reader.read(write("a.rest", http), "a").interactions().get(0).origin());
        assertEquals(
                Origin.HAR,
                reader.read(write("a.Har", har), "a").interactions().get(0).origin());
        assertEquals(
                Origin.BARE_RESOURCE,
                reader.read(write("a.json", har), "a").interactions().get(0).origin());
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
        assertEquals(
                1,
                new RecordingReader(size).read(big, "big.http").interactions().size(),
                "at the bound is fine");
    }

    @Test
    void aFileTooLargeIsNotOpened() throws IOException {
        // Unreadable by permission: if the reader opened it despite the bound, the message would say so.
        Path big = write("big.json", "{\"resourceType\": \"Subscription\"}");
        assumeTrue(
                big.toFile().setReadable(false, false) && !Files.isReadable(big),
                "permissions are not enforced here (e.g. running as root)");
        try {
            ReadProblem p =
                    new RecordingReader(4).read(big, "big.json").problems().get(0);
            assertTrue(p.message().contains("above the limit"), p.message());
        } finally {
            big.toFile().setReadable(true, false);
        }
    }

    @Test
    void aMissingFileIsUnreadableInWordsNotAnException() {
        Recording r = new RecordingReader().read(dir.resolve("gone.http"), "gone.http");
        assertEquals("gone.http", r.file());
        assertEquals(List.of(), r.interactions());
        assertEquals(
                List.of(new ReadProblem(
                        UnreadableFileRule.ID,
                        0,
                        null,
                        "the file could not be read: there is no such file (it was moved or deleted)")),
                r.problems());
    }

    @Test
    void aDirectoryNamedLikeARecordingIsUnreadableInWordsNotAnException() throws IOException {
        Path d = Files.createDirectory(dir.resolve("d.http"));
        Recording r = new RecordingReader().read(d, "d.http");
        assertEquals(List.of(), r.interactions());
        assertEquals(UnreadableFileRule.ID, r.problems().get(0).ruleId());
        assertTrue(
                r.problems().get(0).message().startsWith("it is a directory, not a file"),
                r.problems().get(0).message());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ACCESS_DENIED   | permission denied",
                "NO_SUCH_FILE    | there is no such file (it was moved or deleted)",
                "NOT_DIRECTORY   | a part of its path is not a directory",
                "LOOP            | too many levels of symbolic links",
                "IO              | input/output error",
                "SECURITY        | permission denied by the Java security policy",
                "OUT_OF_MEMORY   | there was not enough memory to read the file"
            })
    void aFailureToReadIsSaidInWordsWithoutTheNameOfAJavaException(String failure, String words) {
        Throwable e = switch (failure) {
            case "ACCESS_DENIED" -> new java.nio.file.AccessDeniedException("/r/a.http");
            case "NO_SUCH_FILE" -> new java.nio.file.NoSuchFileException("/r/a.http");
            case "NOT_DIRECTORY" -> new java.nio.file.NotDirectoryException("/r/a.http");
            case "LOOP" ->
                new java.nio.file.FileSystemException("/r/a.http", null, "Too many levels of symbolic links");
            case "IO" -> new IOException("Input/output error");
            case "SECURITY" ->
                new SecurityException("access denied (\"java.io.FilePermission\" \"/r/a.http\" \"read\")");
            default -> new OutOfMemoryError("Java heap space");
        };
        String said = ReadFailure.inWords(e);
        assertTrue(said.startsWith(words), said);
        assertFalse(said.matches(".*(Exception|Error|AccessDenied|NoSuchFile|OutOfMemory|/r/a\\.http).*"), said);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"a.http", "a.har", "a.json", "a.xml"})
    void theInputFileIsUnchangedAfterReading(String name) throws IOException {
        Path file = write(
                name,
                name.endsWith(".har")
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

    @Test
    void aRegularFileIsReadNoFurtherThanTheBoundEvenWhenItGrowsAfterItsSizeWasTaken() throws IOException {
        byte[] endless = new byte[64 * 1024];
        java.nio.channels.ReadableByteChannel zeros = new java.nio.channels.ReadableByteChannel() {
            @Override
            public int read(java.nio.ByteBuffer into) {
                int n = Math.min(into.remaining(), endless.length);
                into.put(endless, 0, n);
                return n;
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {}
        };
        // The file system said 100 bytes; the stream never ends (as /proc files, /dev/zero or a file being written).
        byte[] read = BoundedBytes.read(zeros, 100, 1_000_000);
        assertEquals(1_000_001, read.length, "one byte beyond the bound tells that there was more; no further");
        assertEquals(
                5,
                BoundedBytes.read(
                                java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(new byte[5])),
                                5,
                                10)
                        .length,
                "a file of its size is read whole");
        assertEquals(
                11,
                BoundedBytes.read(
                                java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(new byte[50])),
                                5,
                                10)
                        .length,
                "a file that grew stops past the bound");
        assertEquals(
                0,
                BoundedBytes.read(
                                java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0])),
                                0,
                                10)
                        .length);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aCharacterDeviceIsRefusedAtOnceInWordsWithoutBeingRead() {
        for (String device : List.of("/dev/zero", "/dev/urandom", "/dev/null")) {
            long start = System.nanoTime();
            Recording r = new RecordingReader().read(Path.of(device), device);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(
                    List.of(new ReadProblem(
                            UnreadableFileRule.ID,
                            0,
                            null,
                            "it is a character device, not a " + "file; only files and pipes are read as recordings")),
                    r.problems(),
                    device);
            assertTrue(millis < 2_000, device + " took " + millis + " ms");
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSocketIsRefusedInWords() throws IOException {
        Path socket = dir.resolve("s.http");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            Recording r = new RecordingReader().read(socket, "s.http");
            assertEquals(
                    List.of(new ReadProblem(
                            UnreadableFileRule.ID,
                            0,
                            null,
                            "it is a socket, not a " + "file; only files and pipes are read as recordings")),
                    r.problems());
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeFedARecordingIsReadAsTheFileWouldBe() throws Exception {
        Path fifo = fifo("fed.http");
        String recording = "GET /STU3/Subscription/abc HTTP/1.1\nAccept: application/fhir+json\n";
        Thread writer = writer(fifo, recording.getBytes(StandardCharsets.UTF_8), false);
        Recording r = new RecordingReader().read(fifo, "fed.http");
        writer.join(5_000);
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.interactions().size());
        assertEquals("GET", r.interactions().get(0).method());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeNobodyOpensToWriteIsGivenUpAfterTheSilenceBoundAndLeavesNoThreadBlocked() throws Exception {
        Path fifo = fifo("silent.http");
        long start = System.nanoTime();
        Recording r = new RecordingReader(RecordingReader.DEFAULT_MAX_BYTES, Duration.ofMillis(500)).read(fifo, "s");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(
                List.of(new ReadProblem(
                        UnreadableFileRule.ID,
                        0,
                        null,
                        "it is a pipe, and no program opened it " + "to write within 0.5 seconds; nothing was read")),
                r.problems());
        assertTrue(millis >= 500 && millis < 5_000, millis + " ms");
        assertNoPipeReaderLeft();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeThatFallsSilentIsGivenUpAfterTheSilenceBound() throws Exception {
        Path fifo = fifo("stalled.http");
        Thread writer = writer(fifo, "GET /STU3/Subscription/abc HTTP/1.1\n".getBytes(StandardCharsets.UTF_8), true);
        long start = System.nanoTime();
        // Long enough for the writer thread to open the pipe and write on a loaded machine.
        Recording r = new RecordingReader(RecordingReader.DEFAULT_MAX_BYTES, Duration.ofSeconds(2)).read(fifo, "s");
        long millis = (System.nanoTime() - start) / 1_000_000;
        writer.interrupt();
        assertEquals(
                List.of(new ReadProblem(
                        UnreadableFileRule.ID,
                        0,
                        null,
                        "it is a pipe, and it sent nothing for "
                                + "2 seconds after 36 bytes; it was not read to its end")),
                r.problems());
        assertTrue(millis >= 2_000 && millis < 10_000, millis + " ms");
        assertNoPipeReaderLeft();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeLongerThanTheBoundIsReadNoFurtherThanTheBound() throws Exception {
        Path fifo = fifo("long.http");
        Thread writer = writer(fifo, new byte[50_000], false);
        Recording r = new RecordingReader(10_000).read(fifo, "long.http");
        writer.join(5_000);
        assertEquals(
                List.of(new ReadProblem(
                        UnreadableFileRule.ID,
                        0,
                        null,
                        "the pipe sent more than 10,000 bytes, "
                                + "the limit for one recording; it was read no further")),
                r.problems());
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process mkfifo =
                new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo failed");
        return fifo;
    }

    /** A thread writing to the pipe; when {@code hold}, it keeps the pipe open after writing until interrupted. */
    private static Thread writer(Path fifo, byte[] bytes, boolean hold) {
        Thread t = new Thread(
                () -> {
                    try (var out = Files.newOutputStream(fifo, java.nio.file.StandardOpenOption.WRITE)) {
                        out.write(bytes);
                        out.flush();
                        if (hold) {
                            Thread.sleep(60_000);
                        }
                    } catch (IOException | InterruptedException expected) {
                        // The reader stopped reading (a broken pipe), or the test is done.
                    }
                },
                "test-pipe-writer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void assertNoPipeReaderLeft() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && pipeReaders() > 0) {
            Thread.sleep(20);
        }
        assertEquals(0, pipeReaders(), "a thread reading a pipe was left behind");
    }

    private static long pipeReaders() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(PipeInput.THREAD_NAME))
                .count();
    }

    @Test
    void aHarBodyDeclaredBase64IsHeldToTheReadersOwnBoundOnceDecoded() {
        // 12 bytes once decoded: within a bound of 12, beyond one of 11. The HAR itself is larger than either.
        String har = "{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", "
                + "\"url\": \"https://host/STU3/Subscription\", \"postData\": {\"mimeType\": \"application/fhir+json\", "
                + "\"text\": \"eyJhIjogImJjIn0g\", \"encoding\": \"base64\"}}}]}}";
        byte[] bytes = har.getBytes(StandardCharsets.UTF_8);

        Recording within = new RecordingReader(12).read("a.har", bytes, Format.HAR);
        Recording beyond = new RecordingReader(11).read("a.har", bytes, Format.HAR);

        assertEquals(List.of(), within.problems());
        assertEquals(1, within.interactions().size());
        assertEquals(1, beyond.problems().size());
        assertTrue(
                beyond.problems().get(0).message().contains("above the limit of 11 bytes"),
                beyond.problems().get(0).message());
    }
}
