package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(report, out -> {
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

        assertThrows(IllegalStateException.class, () -> AtomicFile.write(report, out -> {
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
        Baseline old = Baseline.of(new Report(List.of(new FileResult(Reports.SPACED, List.of("a"),
                List.of(Reports.SCOPE_ERROR))), Reports.sample().rules()));
        old.write(file);
        String before = Files.readString(file);
        Path blocked = dir.resolve("blocked");
        Files.createDirectories(blocked.resolve("not-empty"));

        assertThrows(IOException.class, () -> Baseline.of(Reports.sample()).write(blocked));

        assertEquals(before, Files.readString(file));
        assertEquals(List.of(blocked, file), filesIn(dir));
        assertEquals(List.of(blocked.resolve("not-empty")), filesIn(blocked));
    }
}
