package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.config.ConfigException;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.recording.FileScanner;
import org.nemsrules.recording.ScanResult;
import org.nemsrules.report.RunInputs.Overwritten;

/**
 * A command embedded in another JVM runs "in" a directory that is not the process's working directory: relative
 * paths are read and written there, and every message names a path as the user named it, never as resolved.
 */
class RelativeToADirectoryTest {
    @TempDir
    Path work;

    /** A relative name in {@code work}: the process's own working directory holds no such file. */
    private final Path recording = Path.of("recordings-of-this-test", "read.http");

    @BeforeEach
    void recordingInTheDirectory() throws IOException {
        Files.createDirectories(work.resolve(recording).getParent());
        Files.writeString(work.resolve(recording), "GET /STU3/Subscription/1 HTTP/1.1\n");
        assertFalse(Files.exists(recording), "the test needs a name the process's directory lacks");
    }

    @Test
    void theScannerFindsRelativeRootsInTheDirectoryAndKeepsThemAsGiven() throws IOException {
        ScanResult scan = FileScanner.defaults().scan(work, List.of(recording.getParent()));

        assertEquals(List.of(work.resolve(recording)), scan.files());
        assertEquals(List.of(recording.getParent()), scan.roots());
        NoSuchFileException missing = assertThrows(
                NoSuchFileException.class, () -> FileScanner.defaults().scan(work, List.of(Path.of("absent"))));
        assertEquals("absent", missing.getFile());
    }

    @Test
    void anOutputIsWrittenInTheDirectoryAndNamedAsGivenWhenItCannotBe() throws IOException {
        AtomicFile.write(work, Path.of("report.txt"), out -> out.write("whole"));

        assertEquals("whole", Files.readString(work.resolve("report.txt")));
        assertFalse(Files.exists(Path.of("report.txt")), "nothing written in the process's own directory");
        IOException directory = assertThrows(IOException.class, () -> OutputTarget.of(work, recording.getParent()));
        assertEquals(recording.getParent() + ": is a directory", directory.getMessage());
    }

    @Test
    void anOutputOverARelativeInputIsFoundInTheDirectory() throws IOException {
        RunInputs inputs = RunInputs.of(FileScanner.defaults(), work, List.of(recording));

        assertEquals(Optional.of(new Overwritten(recording, "the recording", false)), inputs.overwrittenBy(recording));
        assertEquals(Optional.empty(), inputs.overwrittenBy(Path.of("report.json")));
    }

    @Test
    void aBaselineIsWrittenAndReadInTheDirectoryAndAMissingOneIsNamedAsGiven() throws IOException {
        Baseline empty = Baseline.of(new Report(List.of(), List.of()));

        assertTrue(empty.write(work, Path.of("baseline.txt")));
        assertFalse(empty.write(work, Path.of("baseline.txt")), "unchanged: left as it is");
        assertEquals(0, Baseline.read(work, Path.of("baseline.txt")).size());
        NoSuchFileException missing =
                assertThrows(NoSuchFileException.class, () -> Baseline.read(work, Path.of("absent.txt")));
        assertEquals("absent.txt", missing.getFile());
    }

    @Test
    void aConfigurationIsNamedInItsErrorsAsGiven() throws IOException {
        Path file = Files.writeString(work.resolve("nems-rules.yaml"), "systems: [\n");

        ConfigException e = assertThrows(ConfigException.class, () -> SupplierConfig.load(file, "nems-rules.yaml"));
        assertTrue(e.errors().get(0).startsWith("nems-rules.yaml:"), e.errors().toString());
    }
}
