package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds {@code .pre-commit-hooks.yaml} to what the pre-commit framework needs and what issue 10 asks of it, and runs
 * the hook's command the way the framework does: its entry, then the staged files its {@code files} and
 * {@code exclude} patterns select. Where the framework itself is installed ({@code pre-commit}, Debian package
 * {@code pre-commit}), one more test lets it run the hook for real.
 */
class PreCommitManifestIT {
    private static final Path JAR = Path.of(System.getProperty("nems.cli.jar", "target/nems-check.jar"));
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));
    private static final Path REPOSITORY = Path.of(System.getProperty("nems.hooks", "../hooks"))
            .toAbsolutePath()
            .normalize()
            .getParent();
    private static final Map<String, String> HOOK = hook();

    record Run(int exit, String output) {}

    @Test
    void offersTheNemsCheckHookWithOneJvmForAllFiles() {
        assertEquals("nems-check", HOOK.get("id"));
        assertEquals("script", HOOK.get("language"), "entry is a file of this repository, run from its clone");
        assertEquals("true", HOOK.get("pass_filenames"));
        assertEquals("true", HOOK.get("require_serial"), "pre-commit must not start a JVM per chunk of files");
        assertTrue(HOOK.get("entry").endsWith(" --enable nhs-number.not-test-data"), HOOK.get("entry"));
        Path script = REPOSITORY.resolve(HOOK.get("entry").split(" ")[0]);
        assertTrue(Files.isExecutable(script), script + " must exist and be executable");
    }

    @ParameterizedTest(name = "{0} checked: {1}")
    @CsvSource({
        "create.http, true",
        "src/test/resources/recordings/create-and-read.har, true",
        "src/test/nems/subscription.xml, true",
        "src/main/nems/generic/subscription.json, true",
        "nems/subscription.json, true",
        "pom.xml, false",
        "src/test/nems/pom.xml, false",
        "src/main/resources/logback.xml, false",
        "package.json, false",
        "src/test/nems/nems-rules.json, false",
        "target/nems/subscription.xml, false",
        "node_modules/x/y.http, false",
        ".idea/nems/workspace.xml, false",
        "src/test/nems/create.http.expect, false",
        "src/test/nemsfiles/subscription.json, false",
        "README.md, false",
    })
    void selectsRecordingsAndLeavesBuildFilesAlone(String path, boolean checked) {
        assertEquals(checked, selected(path), path);
    }

    @Test
    void theEntryBlocksAPossiblyRealNhsNumberAndPassesGoodRecordings(@TempDir Path repo) throws Exception {
        String sample = Files.readString(SAMPLES.resolve("valid/subscription-explicit.xml"), StandardCharsets.UTF_8);
        write(repo, "src/test/nems/real-number.xml", OutsideTestRangeNhsNumber.intoExplicitSubscription(sample));
        write(
                repo,
                "src/test/nems/create.http",
                Files.readString(SAMPLES.resolve("valid/create-explicit.http"), StandardCharsets.UTF_8));
        write(repo, "pom.xml", "<project/>\n");

        Run blocked = runEntry(repo, List.of("pom.xml", "src/test/nems/create.http", "src/test/nems/real-number.xml"));
        assertEquals(1, blocked.exit(), blocked.output());
        assertTrue(
                blocked.output().contains("src/test/nems/real-number.xml:13: error nhs-number.not-test-data"),
                blocked.output());
        assertTrue(blocked.output().contains("2 files"), "pom.xml is not passed:\n" + blocked.output());

        Run passed = runEntry(repo, List.of("pom.xml", "src/test/nems/create.http"));
        assertEquals(0, passed.exit(), passed.output());
    }

    @Test
    void theFrameworkRunsTheHookFromThisRepository(@TempDir Path repo, @TempDir Path home) throws Exception {
        assumeTrue(onPath("pre-commit"), "the pre-commit framework is not installed (Debian package pre-commit)");
        assumeTrue(onPath("git"), "git is not on PATH");
        assumeTrue(Files.exists(REPOSITORY.resolve(".git")), REPOSITORY + " is not a git checkout");
        run(repo, home, List.of("git", "init", "-q"));
        write(
                repo,
                "recordings/options.http",
                Files.readString(SAMPLES.resolve("invalid/http-options.http"), StandardCharsets.UTF_8));
        write(repo, "pom.xml", "<project/>\n");
        run(repo, home, List.of("git", "add", "."));
        Run run =
                run(repo, home, List.of("pre-commit", "try-repo", REPOSITORY.toString(), "nems-check", "--all-files"));
        assertNotEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("recordings/options.http:3: error http.unsupported-method"), run.output());
        assertFalse(run.output().contains("pom.xml"), run.output());
    }

    /** Which paths the hook receives: pre-commit searches (not matches) both patterns in repository-relative paths. */
    private static boolean selected(String path) {
        return Pattern.compile(HOOK.get("files")).matcher(path).find()
                && !Pattern.compile(HOOK.get("exclude")).matcher(path).find();
    }

    private static Run runEntry(Path repo, List<String> staged) throws IOException, InterruptedException {
        List<String> command = JavaCommand.javaJar();
        List<String> entry = Arrays.asList(HOOK.get("entry").split(" "));
        command.addAll(entry.subList(1, entry.size()));
        staged.stream().filter(PreCommitManifestIT::selected).forEach(command::add);
        return run(repo, null, command);
    }

    private static Run run(Path dir, Path preCommitHome, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("NEMS_CHECK_JAR", JAR.toAbsolutePath().toString());
        if (preCommitHome != null) {
            env.put("PRE_COMMIT_HOME", preCommitHome.toString());
        }
        Path output = Files.createTempFile("nems-pre-commit", ".txt");
        try {
            Process p = builder.redirectOutput(output.toFile()).start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), String.join(" ", command) + " did not finish within 180 s");
            return new Run(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void write(Path repo, String to, String content) throws IOException {
        Path target = repo.resolve(to);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content, StandardCharsets.UTF_8);
    }

    /**
     * The manifest's one hook as flat keys. The manifest is kept to plain {@code key: value} lines (a folded
     * description aside) so that this reader, rather than a YAML library the command line does not need, can hold it.
     */
    private static Map<String, String> hook() {
        try {
            Map<String, String> keys = new LinkedHashMap<>();
            for (String line :
                    Files.readAllLines(REPOSITORY.resolve(".pre-commit-hooks.yaml"), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.matches("(- )?[a-z_]+:.*")) {
                    continue;
                }
                String entry = trimmed.startsWith("- ") ? trimmed.substring(2) : trimmed;
                int colon = entry.indexOf(':');
                String value = entry.substring(colon + 1).strip();
                if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                    value = value.substring(1, value.length() - 1).replace("''", "'");
                }
                if (keys.putIfAbsent(entry.substring(0, colon), value) != null) {
                    throw new AssertionError("the manifest offers one hook; '" + entry + "' appears twice");
                }
            }
            return keys;
        } catch (IOException e) {
            throw new AssertionError("cannot read .pre-commit-hooks.yaml at the repository root", e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && Arrays.stream(path.split(File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
