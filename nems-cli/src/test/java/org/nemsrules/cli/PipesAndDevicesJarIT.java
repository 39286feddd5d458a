package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real jar on paths that are not regular files, as a shell hands them over: a FIFO that nobody feeds (it
 * once waited for ever), a FIFO a process feeds, {@code <(...)} and {@code /dev/stdin}, a pipe far longer than the
 * bound, {@code /dev/zero} and {@code /dev/urandom} (once read until the heap ran out), and a file the user may not
 * read. Every one is answered, in words, within a bounded time and heap.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PipesAndDevicesJarIT {
    private static final Path JAR =
            Path.of(System.getProperty("nems.cli.jar", "target/nems-check.jar")).toAbsolutePath();
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"))
            .toAbsolutePath()
            .normalize();

    record Run(int exit, String out, String err, long millis) {}

    /** Runs a command (the jar through bash when the shell's pipes are the point), killing it after the timeout. */
    static Run run(Path workDir, int timeoutSeconds, List<String> command) throws Exception {
        Path out = Files.createTempFile("nems-out", ".txt");
        Path err = Files.createTempFile("nems-err", ".txt");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            assertTrue(finished, "nems-check did not finish within " + timeoutSeconds + " s: " + command);
            return new Run(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8),
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static List<String> jar(String... args) {
        List<String> command = JavaCommand.java();
        command.addAll(List.of("-Xmx64m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * {@code bash -c script} with {@code ${java[@]}} the java command line's start ({@code java -Xmx64m -jar JAR}),
     * passed as its first words after their count.
     */
    private static List<String> bash(String script, String... args) {
        List<String> java = jar();
        List<String> command = new ArrayList<>(List.of(
                "/bin/bash",
                "-c",
                "n=$1; shift; java=(\"${@:1:$n}\"); shift \"$n\"; " + script,
                "bash",
                String.valueOf(java.size())));
        command.addAll(java);
        command.addAll(List.of(args));
        return command;
    }

    private static void assertNoTrace(Run run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertFalse(run.out().matches("(?s).*(Exception|AccessDenied|NoSuchFile|OutOfMemory).*"), run.out());
    }

    private static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        assertEquals(
                0,
                new ProcessBuilder("mkfifo", fifo.toString())
                        .inheritIO()
                        .start()
                        .waitFor(),
                "mkfifo");
        return fifo;
    }

    @Test
    void aFifoNobodyWritesIsGivenUpAfterTenSecondsOfSilenceWithAFinding(@TempDir Path dir) throws Exception {
        fifo(dir, "silent.http");
        Run run = run(dir, 120, jar("silent.http"));
        assertNoTrace(run);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(
                run.out()
                        .contains("silent.http: error recording.unreadable-file it is a pipe, and no program "
                                + "opened it to write within 10 seconds; nothing was read"),
                run.out());
        assertTrue(run.millis() >= 10_000 && run.millis() < 40_000, "took " + run.millis() + " ms");
        System.out.printf("a FIFO nobody writes: %,d ms%n", run.millis());
    }

    @Test
    void aFifoFedByAProcessIsCheckedAsTheFileItCarries(@TempDir Path dir) throws Exception {
        fifo(dir, "fed.http");
        Path sample = SAMPLES.resolve("invalid/header-without-colon.http");
        Run direct = run(dir, 120, jar(sample.toString()));
        Run piped = run(dir, 120, bash("cat \"$1\" > fed.http & exec \"${java[@]}\" fed.http", sample.toString()));
        assertNoTrace(piped);
        assertEquals(1, piped.exit(), piped.out() + piped.err());
        assertTrue(direct.out().contains("error recording.malformed-header"), direct.out());
        assertEquals(
                direct.out().replace(sample.toString(), "fed.http"),
                piped.out(),
                "the same findings, on the same lines, as the file itself");
    }

    @Test
    void processSubstitutionAndStandardInputAreReadAsPipes(@TempDir Path dir) throws Exception {
        Path sample = SAMPLES.resolve("valid/subscription-generic.json");
        Run substituted = run(dir, 120, bash("exec \"${java[@]}\" <(cat \"$1\")", sample.toString()));
        assertNoTrace(substituted);
        assertEquals(0, substituted.exit(), substituted.out() + substituted.err());
        assertTrue(substituted.out().startsWith("1 file, 1 request: 0 errors"), substituted.out());

        Run stdin = run(dir, 120, bash("cat \"$1\" | \"${java[@]}\" /dev/stdin", sample.toString()));
        assertNoTrace(stdin);
        assertEquals(0, stdin.exit(), stdin.out() + stdin.err());
        assertTrue(stdin.out().startsWith("1 file, 1 request: 0 errors"), stdin.out());
    }

    @Test
    void aPipeFarLongerThanTheBoundIsReadNoFurtherThanTheBound(@TempDir Path dir) throws Exception {
        Run run = run(dir, 120, bash("head -c 1073741824 /dev/zero | \"${java[@]}\" /dev/stdin"));
        assertNoTrace(run);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(
                run.out()
                        .contains("/dev/stdin: error recording.unreadable-file the pipe sent more than 10,485,760 "
                                + "bytes, the limit for one recording; it was read no further"),
                run.out());
        System.out.printf("1 GB through a pipe at -Xmx64m: %,d ms%n", run.millis());
    }

    @Test
    void devZeroAndDevUrandomAreRefusedAtOnceWithinASmallHeap(@TempDir Path dir) throws Exception {
        Run run = run(dir, 60, jar("/dev/zero", "/dev/urandom"));
        assertNoTrace(run);
        assertEquals(1, run.exit(), run.out() + run.err());
        for (String device : List.of("/dev/zero", "/dev/urandom")) {
            assertTrue(
                    run.out()
                            .contains(device + ": error recording.unreadable-file it is a character device, not a "
                                    + "file; only files and pipes are read as recordings"),
                    run.out());
        }
        assertTrue(run.millis() < 20_000, "took " + run.millis() + " ms");
        System.out.printf("/dev/zero and /dev/urandom at -Xmx64m: %,d ms%n", run.millis());
    }

    @Test
    void aFileTheUserMayNotReadIsSaidInWords(@TempDir Path dir) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path secret = Files.copy(SAMPLES.resolve("valid/read.http"), dir.resolve("secret.http"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        List<String> command = jar("secret.http");
        if ("root".equals(System.getProperty("user.name"))) {
            // Root reads anything: run as nobody, as a CI job's user would be refused.
            command.addAll(0, List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        Run run = run(dir, 60, command);
        assertNoTrace(run);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(
                run.out()
                        .contains("secret.http: error recording.unreadable-file the file could not be read: "
                                + "permission denied"),
                run.out());
    }
}
