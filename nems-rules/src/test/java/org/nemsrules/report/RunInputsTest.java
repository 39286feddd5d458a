package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.recording.FileScanner;
import org.nemsrules.report.RunInputs.Overwritten;

/** No output of a run is written over a file the run reads. */
class RunInputsTest {
    @TempDir
    Path dir;

    private Path recordings;
    private Path named;
    private RunInputs inputs;

    @BeforeEach
    void corpus() throws IOException {
        recordings = Files.createDirectories(dir.resolve("src/test/nems"));
        Files.writeString(recordings.resolve("create.http"), "POST /STU3/Subscription HTTP/1.1\n");
        named = Files.writeString(dir.resolve("read.http"), "GET /STU3/Subscription/1 HTTP/1.1\n");
        inputs = RunInputs.of(FileScanner.defaults(), List.of(recordings, named))
                .and(dir.resolve("nems-rules.yaml"), "the configuration");
    }

    @Test
    void aRecordingNamedOnTheCommandLineIsNeverWritten() throws IOException {
        assertEquals(Optional.of(new Overwritten(named, "the recording", false)), inputs.overwrittenBy(named));
        assertEquals(
                "is the recording " + named + ", which this run reads",
                inputs.overwrittenBy(named).orElseThrow().describe());
    }

    @Test
    void aFileTheScannerWouldSelectInAnInputDirectoryIsRefusedWhetherOrNotItExists() throws IOException {
        for (String file : List.of("create.http", "report.json", "deeper/report.xml")) {
            assertEquals(
                    Optional.of(new Overwritten(recordings, "a directory to check", true)),
                    inputs.overwrittenBy(recordings.resolve(file)),
                    file);
        }
    }

    @Test
    void aFileTheScannerWouldNotSelectMayBeWrittenThere() throws IOException {
        for (String file : List.of(
                "report.sarif", "nems-baseline.txt", "target/report.json", ".reports/report.json", "nems-rules.json")) {
            assertEquals(Optional.empty(), inputs.overwrittenBy(recordings.resolve(file)), file);
        }
        assertEquals(Optional.empty(), inputs.overwrittenBy(dir.resolve("report.json")), "beside, not inside");
    }

    @Test
    void theUsersExcludesAreHonoured() throws IOException {
        RunInputs excluding = RunInputs.of(
                new FileScanner(FileScanner.DEFAULT_INCLUDES, List.of("**/reports/**")), List.of(recordings));
        assertEquals(Optional.empty(), excluding.overwrittenBy(recordings.resolve("reports/r.json")));
    }

    @Test
    void theConfigurationIsAnInputToo() throws IOException {
        Path config = Files.writeString(dir.resolve("nems-rules.yaml"), "systems: []\n");
        assertEquals(
                Optional.of(new Overwritten(dir.resolve("nems-rules.yaml"), "the configuration", false)),
                inputs.overwrittenBy(config));
    }

    @Test
    void aLinkToAnInputOrAHardLinkOfOneIsTheInput() throws IOException {
        Path symbolic = Files.createSymbolicLink(dir.resolve("out.txt"), named);
        Path hard = Files.createLink(dir.resolve("hard.txt"), named);
        Path throughDirectory = Files.createSymbolicLink(dir.resolve("nems"), recordings);

        assertEquals(named, inputs.overwrittenBy(symbolic).orElseThrow().input());
        assertEquals(named, inputs.overwrittenBy(hard).orElseThrow().input());
        assertEquals(
                recordings,
                inputs.overwrittenBy(throughDirectory.resolve("x.har"))
                        .orElseThrow()
                        .input());
    }

    @Test
    void streamsAreNotFilesAndADirectoryIsNoOutput() throws IOException {
        assertEquals(Optional.empty(), inputs.overwrittenBy(Path.of("/dev/null")));
        IOException e = assertThrows(IOException.class, () -> inputs.overwrittenBy(recordings));
        assertEquals(recordings + ": is a directory", e.getMessage());
    }
}
