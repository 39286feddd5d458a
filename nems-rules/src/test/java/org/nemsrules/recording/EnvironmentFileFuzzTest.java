package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Fuzzes the reader of IDE environment files with any bytes (docs/fuzzing.md). Its promise: whatever the file holds,
 * it returns the environments it could read and a one-line problem for what it could not; nothing escapes, and the
 * nesting bound holds before any recursion. The first byte chooses the kind of file (IntelliJ's public or private
 * file, VS Code's settings.json), the rest is the file. Seeds are the IDEs' documented examples and broken ones, in
 * {@code EnvironmentFileFuzzTestInputs/parsesAnyBytes}.
 */
class EnvironmentFileFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parsesAnyBytes(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        EnvironmentFile.Kind kind = EnvironmentFile.Kind.values()[Math.floorMod(bytes[0], 3)];
        EnvironmentFile file =
                EnvironmentFile.parse(Path.of(kind.fileName()), kind, Arrays.copyOfRange(bytes, 1, bytes.length));
        assertNotNull(file);
        for (EnvironmentFileProblem problem : file.problems()) {
            assertFalse(problem.message().contains("\n") || problem.message().contains("\r"), problem.message());
        }
    }
}
