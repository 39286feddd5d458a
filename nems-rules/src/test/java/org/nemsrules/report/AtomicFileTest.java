package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written through {@link AtomicFile} is the new content whole, or the old content untouched. */
class AtomicFileTest {
    private static final String GOOD = "the report of the last good run\n";

    @TempDir
    Path dir;

    private List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path report = dir.resolve("report.sarif");
        Files.writeString(report, GOOD);

        IOException failure = assertThrows(
                IOException.class,
                () -> AtomicFile.write(report, out -> {
                    out.write("{\"runs\": [ half of a new rep");
                    out.flush();
                    throw new IOException("disk full");
                }));

        assertEquals("disk full", failure.getMessage());
        assertEquals(GOOD, Files.readString(report));
        assertEquals(List.of(report), filesIn(dir), "no temporary file is left behind");
    }

    @Test
    void aWriterThatCrashesLeavesNoFileWhereThereWasNone() throws IOException {
        Path report = dir.resolve("out").resolve("report.json");

        assertThrows(
                IllegalStateException.class,
                () -> AtomicFile.write(report, out -> {
                    out.write("{\"files\": [");
                    throw new IllegalStateException("a bug in a writer");
                }));

        assertFalse(Files.exists(report));
        assertEquals(List.of(), filesIn(report.getParent()));
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWholeAndLeavesNothingElse() throws IOException {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, GOOD);

        AtomicFile.write(report, out -> out.write("new ✓ report\n"));

        assertEquals("new ✓ report\n", Files.readString(report, StandardCharsets.UTF_8));
        assertEquals(List.of(report), filesIn(dir));
    }

    @Test
    void aTargetThatCannotBeReplacedFailsAndLeavesNoTemporaryFile() throws IOException {
        // A non-empty directory cannot be replaced by a file: the move at the end fails, as a full disk might.
        Path target = dir.resolve("taken");
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), GOOD);

        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> out.write("new\n")));

        assertTrue(Files.isDirectory(target));
        assertEquals(GOOD, Files.readString(target.resolve("keep.txt")));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void aBaselineThatCannotBeWrittenLeavesTheOldOneAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("nems-baseline.txt");
        Baseline old = Baseline.of(new Report(
                List.of(new FileResult(Reports.SPACED, List.of("a"), List.of(Reports.SCOPE_ERROR))),
                Reports.sample().rules()));
        old.write(file);
        String before = Files.readString(file);
        Path blocked = dir.resolve("blocked");
        Files.createDirectories(blocked.resolve("not-empty"));

        assertThrows(IOException.class, () -> Baseline.of(Reports.sample()).write(blocked));

        assertEquals(before, Files.readString(file));
        assertEquals(List.of(blocked, file), filesIn(dir));
        assertEquals(List.of(blocked.resolve("not-empty")), filesIn(blocked));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTargetAndStaysALink() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path real = reports.resolve("real.sarif");
        Files.writeString(real, GOOD);
        Path link = Files.createSymbolicLink(dir.resolve("link.sarif"), Path.of("reports/real.sarif"));

        AtomicFile.write(link, out -> out.write("new\n"));

        assertTrue(Files.isSymbolicLink(link), "the link the user named is still a link");
        assertEquals(Path.of("reports/real.sarif"), Files.readSymbolicLink(link));
        assertEquals("new\n", Files.readString(real));
        assertEquals(List.of(real), filesIn(reports), "the temporary file was made beside the target, and moved");
    }

    @Test
    void aDanglingLinkCreatesItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("later/report.json"));

        AtomicFile.write(link, out -> out.write("{}\n"));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("{}\n", Files.readString(dir.resolve("later/report.json")));
    }

    @Test
    void aLoopOfLinksIsRefusedInWords() throws IOException {
        Path a = dir.resolve("a");
        Files.createSymbolicLink(a, Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));

        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(a, out -> out.write("x")));

        assertEquals(a + ": too many levels of symbolic links", e.getMessage());
    }

    @Test
    void aDirectoryIsRefusedInWordsAndLeftAlone() throws IOException {
        IOException root = assertThrows(IOException.class, () -> AtomicFile.write(Path.of("/"), out -> out.write("x")));
        assertEquals("/: is a directory", root.getMessage());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(empty, out -> out.write("x")));
        assertEquals(empty + ": is a directory", e.getMessage());
        assertTrue(Files.isDirectory(empty));
        assertEquals(List.of(empty), filesIn(dir));
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", fifo.toString())
                        .inheritIO()
                        .start()
                        .waitFor());
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        AtomicFile.write(fifo, out -> out.write("through the pipe\n"));

        assertEquals("through the pipe\n", read.get(30, TimeUnit.SECONDS));
        assertTrue(isFifo(fifo), "still a FIFO, not a regular file");
        assertEquals(List.of(fifo), filesIn(dir));
    }

    @Test
    void aCharacterDeviceIsWrittenThroughAndKeepsItsIdentity() throws Exception {
        // A node of the null device in the test's own directory: the system's /dev/null is not the test's to risk.
        Path device = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3")
                .redirectErrorStream(true)
                .start();
        assumeTrue(
                mknod.waitFor() == 0,
                "creating a device node needs root, as CI runs: "
                        + new String(mknod.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Object before = Files.getAttribute(device, "unix:rdev");

        AtomicFile.write(device, out -> out.write("into nothing\n"));

        assertEquals(before, Files.getAttribute(device, "unix:rdev"));
        assertFalse(Files.isRegularFile(device), "not replaced by a regular file");
        assertEquals(0, Files.size(device));
        assertEquals(List.of(device), filesIn(dir));
    }

    @Test
    void aNewFileGetsTheModeAnyNewFileGets() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path report = dir.resolve("report.sarif");

        AtomicFile.write(report, out -> out.write(GOOD));

        assertEquals(
                PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(report)),
                "0666 less the umask, as the file beside it, not 0600");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        for (String mode : List.of("rw-r-----", "rw-rw-rw-", "r--------", "rw----r--")) {
            Path report = dir.resolve("report-" + mode + ".txt");
            Files.writeString(report, GOOD);
            Files.setPosixFilePermissions(report, PosixFilePermissions.fromString(mode));

            AtomicFile.write(report, out -> out.write("new\n"));

            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
            assertEquals("new\n", Files.readString(report));
        }
    }

    private static boolean isFifo(Path file) throws IOException {
        return ((Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000) == 0010000;
    }
}
