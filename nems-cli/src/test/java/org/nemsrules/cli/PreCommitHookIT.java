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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the plain git hook ({@code hooks/pre-commit}) as git runs it: installed in a temporary repository, on a real
 * {@code git commit}, with the real command-line jar. What is asserted is what a developer sees: whether the commit
 * happened, and the findings printed.
 */
class PreCommitHookIT {
    private static final Path JAR = Path.of(System.getProperty("nems.cli.jar", "target/nems-check.jar"));
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));
    private static final Path HOOK =
            Path.of(System.getProperty("nems.hooks", "../hooks")).resolve("pre-commit");

    @TempDir
    Path repo;

    record Run(int exit, String output) {}

    @BeforeAll
    static void gitIsInstalled() {
        assumeTrue(onPath("git"), "git is not on PATH: the hook cannot be exercised here");
        assumeTrue(onPath("sh"), "sh is not on PATH: the hook cannot be exercised here");
    }

    @BeforeEach
    void repositoryWithTheHookInstalled() throws Exception {
        git("init", "-q");
        git("config", "user.name", "Hook Test");
        git("config", "user.email", "hook-test@example.org");
        git("config", "commit.gpgsign", "false");
        Path installed = repo.resolve(".git/hooks/pre-commit");
        Files.createDirectories(installed.getParent());
        Files.copy(HOOK, installed);
        Files.setPosixFilePermissions(installed, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aBadRecordingBlocksTheCommitAndItsFindingsArePrinted() throws Exception {
        copySample("invalid/http-options.http", "recordings/options.http");
        git("add", ".");
        Run commit = commit();
        assertNotEquals(0, commit.exit(), commit.output());
        assertTrue(
                commit.output().contains("recordings/options.http:3: error http.unsupported-method method 'OPTIONS'"),
                commit.output());
        assertTrue(commit.output().contains("commit blocked"), commit.output());
        assertFalse(hasCommits(), "the commit must not have happened");
    }

    @Test
    void goodRecordingsAreCommitted() throws Exception {
        copySample("valid/create-explicit.http", "recordings/create.http");
        copySample("valid/create-and-read.har", "recordings/create-and-read.har");
        copySample("valid/subscription-explicit.xml", "src/test/nems/subscription.xml");
        git("add", ".");
        Run commit = commit();
        assertEquals(0, commit.exit(), commit.output());
        assertTrue(
                commit.output().contains("3 files") && commit.output().contains("0 errors"),
                "the hook checked all three recordings:\n" + commit.output());
        assertTrue(hasCommits());
    }

    @Test
    void aNhsNumberOutsideTheTestRangeBlocksTheCommit() throws Exception {
        String sample = Files.readString(SAMPLES.resolve("valid/subscription-explicit.xml"), StandardCharsets.UTF_8);
        write("src/test/nems/subscription.xml", OutsideTestRangeNhsNumber.intoExplicitSubscription(sample));
        git("add", ".");
        Run commit = commit();
        assertNotEquals(0, commit.exit(), commit.output());
        assertTrue(
                commit.output()
                        .contains("src/test/nems/subscription.xml:13: error nhs-number.not-test-data "
                                + "the NHS number " + OutsideTestRangeNhsNumber.masked()),
                commit.output());
        assertFalse(hasCommits());
    }

    @Test
    void theStagedContentIsCheckedNotTheWorkingTree() throws Exception {
        copySample("invalid/http-options.http", "recordings/options.http");
        git("add", ".");
        // Fixed on disk but not staged: the commit would still record the bad request.
        copySample("valid/read.http", "recordings/options.http");
        Run blocked = commit();
        assertNotEquals(0, blocked.exit(), blocked.output());
        assertTrue(blocked.output().contains("http.unsupported-method"), blocked.output());

        git("add", ".");
        // Broken on disk after staging the fix: what is committed is the staged, valid request.
        copySample("invalid/http-options.http", "recordings/options.http");
        Run committed = commit();
        assertEquals(0, committed.exit(), committed.output());
        assertEquals(
                Files.readString(SAMPLES.resolve("invalid/http-options.http"), StandardCharsets.UTF_8),
                Files.readString(repo.resolve("recordings/options.http"), StandardCharsets.UTF_8),
                "the hook must leave the working tree alone");
    }

    @Test
    void filesThatAreNotRecordingsAreLeftAlone() throws Exception {
        write("pom.xml", "<project/>\n");
        write("src/main/resources/logback.xml", "<configuration/>\n");
        write("package.json", "{\"name\": \"x\"}\n");
        write("README.md", "# recordings\n");
        git("add", ".");
        Run commit = commit();
        assertEquals(0, commit.exit(), commit.output());
        assertFalse(
                commit.output().contains("nems-check"),
                "no recording staged, so nothing to check:\n" + commit.output());
    }

    @Test
    void stagedRecordingsOnlyWhereNemsCheckNeverLooksDoNotBlockTheCommit() throws Exception {
        // The pathspecs take them, the walk skips them as it skips build output and hidden directories: nothing is
        // left to check, which for a commit is not an error.
        copySample("invalid/http-options.http", "target/generated/options.http");
        copySample("invalid/http-options.http", ".scratch/options.http");
        git("add", "-f", ".");
        Run commit = commit();
        assertEquals(0, commit.exit(), commit.output());
        assertTrue(
                commit.output().contains("nems-check: nothing was checked: no recordings found in '.'"),
                commit.output());
        assertTrue(hasCommits());
    }

    @Test
    void extraOptionsComeFromTheEnvironment() throws Exception {
        copySample("invalid/http-options.http", "recordings/options.http");
        git("add", ".");
        Run commit = run(
                List.of("git", "commit", "-m", "add recordings"),
                Map.of("NEMS_CHECK_ARGS", "--disable http.unsupported-method --fail-on error"));
        assertEquals(0, commit.exit(), commit.output());
        assertFalse(commit.output().contains("http.unsupported-method"), commit.output());
    }

    private Run commit() throws IOException, InterruptedException {
        return run(List.of("git", "commit", "-m", "add recordings"));
    }

    private boolean hasCommits() throws IOException, InterruptedException {
        return run(List.of("git", "rev-parse", "--verify", "-q", "HEAD")).exit() == 0;
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Run run = run(command);
        assertEquals(0, run.exit(), String.join(" ", command) + ": " + run.output());
    }

    private void copySample(String sample, String to) throws IOException {
        write(to, Files.readString(SAMPLES.resolve(sample), StandardCharsets.UTF_8));
    }

    private void write(String to, String content) throws IOException {
        Path target = repo.resolve(to);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content, StandardCharsets.UTF_8);
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        return run(command, Map.of());
    }

    private Run run(List<String> command, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // Hermetic: no user or system git configuration (a global core.hooksPath would bypass .git/hooks).
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("NEMS_CHECK_JAR", JAR.toAbsolutePath().toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("NEMS_CHECK_ARGS");
        env.remove("NEMS_CHECK_PATHSPECS");
        env.putAll(extraEnv);
        Path output = Files.createTempFile("nems-hook", ".txt");
        try {
            Process p = builder.redirectOutput(output.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " did not finish within 120 s");
            return new Run(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && Arrays.stream(path.split(File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
