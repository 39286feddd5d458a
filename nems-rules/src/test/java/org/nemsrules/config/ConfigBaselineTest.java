package org.nemsrules.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A baseline named in the configuration stays inside the configuration's directory: {@code --update-baseline} writes
 * it, and the configuration may come with the recordings of someone else's repository.
 */
class ConfigBaselineTest {
    private static final String EXPECTED = "; a baseline named in the configuration must be a path inside the "
            + "configuration's directory, such as nems-baseline.txt (name one elsewhere with --baseline or "
            + "baselineFile)";

    @TempDir
    Path dir;

    private Path project;

    private Path config(String baseline) throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        return Files.writeString(project.resolve("nems-rules.yaml"), "systems: []\nbaseline: " + baseline + "\n");
    }

    private List<String> errors(Path file) {
        return assertThrows(ConfigException.class, () -> SupplierConfig.load(file))
                .errors();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nems-baseline.txt",
                "src/test/nems/baseline.txt",
                "a/../b.txt",
                "./x.txt",
                "not-yet/made/baseline.txt"
            })
    void aPathInsideTheDirectoryIsResolvedBesideTheFile(String baseline) throws Exception {
        Path file = config(baseline);
        assertEquals(
                Optional.of(project.toAbsolutePath().resolve(baseline).normalize()),
                SupplierConfig.load(file).baseline());
    }

    @Test
    void anAbsolutePathIsAConfigurationError() throws Exception {
        Path file = config("/etc/passwd");
        assertEquals(List.of(file + ":2: baseline: '/etc/passwd' is an absolute path" + EXPECTED), errors(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside.txt", "a/../../outside.txt", "../project-other/b.txt", ".", "a/.."})
    void aPathLeadingOutIsAConfigurationError(String baseline) throws Exception {
        Path file = config(baseline);
        assertEquals(
                List.of(file + ":2: baseline: '" + baseline + "' leads out of the configuration's directory"
                        + EXPECTED),
                errors(file));
    }

    @Test
    void aSymbolicLinkLeadingOutIsAConfigurationError() throws Exception {
        Path file = config("shared/nems-baseline.txt");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(project.resolve("shared"), elsewhere);

        assertEquals(
                List.of(file + ":2: baseline: 'shared/nems-baseline.txt' leads out of the configuration's "
                        + "directory through a symbolic link" + EXPECTED),
                errors(file));
    }

    @Test
    void aBaselineThatIsItselfALinkOutIsAConfigurationError() throws Exception {
        Path file = config("nems-baseline.txt");
        Path bashrc = Files.writeString(dir.resolve(".bashrc"), "export PATH\n");
        Files.createSymbolicLink(project.resolve("nems-baseline.txt"), bashrc);

        assertEquals(
                List.of(file + ":2: baseline: 'nems-baseline.txt' leads out of the configuration's directory "
                        + "through a symbolic link" + EXPECTED),
                errors(file));
    }

    @Test
    void aLinkThatStaysInsideIsFine() throws Exception {
        Path file = config("current.txt");
        Files.writeString(project.resolve("baseline-2026.txt"), "");
        Files.createSymbolicLink(project.resolve("current.txt"), Path.of("baseline-2026.txt"));

        assertEquals(
                Optional.of(project.resolve("current.txt")),
                SupplierConfig.load(file).baseline());
    }

    @Test
    void aNameThatIsNoPathIsAConfigurationError() throws Exception {
        Path file = config("\"a\\0b\"");
        assertEquals(1, errors(file).size(), () -> errors(file).toString());
        String error = errors(file).get(0);
        assertTrue(error.startsWith(file + ":2: baseline: '"), error);
        assertTrue(error.endsWith("' is not a path" + EXPECTED), error);
    }

    @Test
    void aLinkThatLoopsCannotBeResolvedAndIsAConfigurationError() throws Exception {
        Path file = config("loop/nems-baseline.txt");
        Files.createSymbolicLink(project.resolve("loop"), Path.of("loop"));
        List<String> errors = errors(file);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(
                errors.get(0).startsWith(file + ":2: baseline: 'loop/nems-baseline.txt' cannot be resolved ("),
                errors.get(0));
        assertTrue(errors.get(0).endsWith(")" + EXPECTED), errors.get(0));
    }
}
