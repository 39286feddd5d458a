package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;

/**
 * What the jar writes, and where it must not: {@code -o}, {@code --write-baseline} and {@code --update-baseline}
 * write through links, devices and FIFOs without replacing them, never over an input, with the mode any new file
 * gets, and leave no temporary file when stopped; what they read (a baseline, a configuration) is bounded and never
 * echoed whole.
 */
class OutputsJarIT {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"))
            .toAbsolutePath()
            .normalize();
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path dir;

    private static List<String> java(String... args) {
        List<String> command = JavaCommand.javaJar();
        command.addAll(List.of(args));
        return command;
    }

    /** The jar, run by a shell that first sets the umask (the JVM cannot). */
    private Run runWithUmask(String umask, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
        command.addAll(java(args));
        return NemsCheckJarIT.run(new ProcessBuilder(command).directory(dir.toFile()));
    }

    private Path recording(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.copy(SAMPLES.resolve("valid/read.http"), file);
    }

    private static void assertOneLineError(Run run, String expected) {
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(List.of("nems-check: " + expected), run.err().lines().toList());
    }

    private List<String> leftInDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString())
                    .filter(p -> p.contains(".nems-check-"))
                    .toList();
        }
    }

    @Test
    void aDirectoryAsOutputIsAOneLineUsageError() throws Exception {
        recording("read.http");
        Files.createDirectories(dir.resolve("reports"));

        assertOneLineError(NemsCheckJarIT.run(dir, "-o", "/", "read.http"), "-o /: is a directory");
        assertOneLineError(NemsCheckJarIT.run(dir, "-o", "reports", "read.http"), "-o reports: is a directory");
        assertOneLineError(
                NemsCheckJarIT.run(dir, "--write-baseline", "reports", "read.http"),
                "--write-baseline reports: is a directory");
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        recording("read.http");
        Path fifo = dir.resolve("report.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        Run run = NemsCheckJarIT.run(dir, "--format", "json", "-o", "report.fifo", "read.http");

        assertEquals(0, run.exit(), run.err());
        assertTrue(read.get(60, TimeUnit.SECONDS).contains("\"tool\""), "the report came through the pipe");
        assertEquals(
                010000,
                (Integer) Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000,
                "still a FIFO");
    }

    @Test
    void aCharacterDeviceIsWrittenThroughAndNotReplacedEvenByRoot() throws Exception {
        recording("read.http");
        // A node of the null device of the test's own: a failing run must not replace the system's /dev/null.
        Path device = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3")
                .redirectErrorStream(true)
                .start();
        assumeTrue(mknod.waitFor() == 0, "creating a device node needs root, as CI runs");
        Object rdev = Files.getAttribute(device, "unix:rdev");

        for (String[] args : List.of(new String[] {"-o", "null"}, new String[] {"--write-baseline", "null"})) {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("read.http");
            Run run = NemsCheckJarIT.run(dir, all.toArray(String[]::new));
            assertTrue(run.exit() == 0, run.err());
            assertEquals(rdev, Files.getAttribute(device, "unix:rdev"), String.join(" ", args));
            assertFalse(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS), String.join(" ", args));
        }
    }

    @Test
    void aLinkToTheProcessesStdoutWritesThereAsDevStdoutDoes() throws Exception {
        recording("read.http");
        // /dev/stdout leads to /proc/self/fd/1; a link of the test's own stands for it, so that a failing run cannot
        // replace the system's node.
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux's /proc");
        Path stdout = Files.createSymbolicLink(dir.resolve("stdout"), Path.of("/proc/self/fd/1"));

        // A JVM of its own: its descriptor 1 is the process's stdout, which this JVM's is not.
        Run run = NemsCheckJarIT.runInItsOwnJvm(dir, "--format", "json", "-o", "stdout", "read.http");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("{") && run.out().contains("\"tool\""), run.out());
        assertTrue(Files.isSymbolicLink(stdout));
        assertEquals(List.of(), leftInDir());
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTargetAndADanglingOneCreatesIt() throws Exception {
        recording("read.http");
        Path real = Files.writeString(
                Files.createDirectories(dir.resolve("reports")).resolve("real.json"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("reports/real.json"));
        Path dangling = Files.createSymbolicLink(dir.resolve("later.json"), Path.of("reports/later.json"));

        Run run = NemsCheckJarIT.run(
                dir, "--format", "json", "-o", "report.json", "--write-baseline", "later.json", "read.http");

        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(dangling), "links stay links");
        assertTrue(Files.readString(real).contains("\"tool\""));
        assertTrue(Files.readString(dir.resolve("reports/later.json")).startsWith("# NEMS Rules baseline"));
    }

    @Test
    void newOutputsFollowTheUmaskAndReplacedOnesKeepTheirMode() throws Exception {
        recording("rec/read.http");
        Run fresh = runWithUmask("022", "-o", "report.txt", "--write-baseline", "baseline.txt", "rec");
        assertEquals(0, fresh.exit(), fresh.err());
        assertEquals("rw-r--r--", mode("report.txt"));
        assertEquals("rw-r--r--", mode("baseline.txt"));

        Files.setPosixFilePermissions(dir.resolve("report.txt"), PosixFilePermissions.fromString("rw-rw-r--"));
        Files.writeString(dir.resolve("baseline.txt"), "# an old baseline\n");
        Files.setPosixFilePermissions(dir.resolve("baseline.txt"), PosixFilePermissions.fromString("rw-r-----"));
        Run replaced =
                runWithUmask("077", "-o", "report.txt", "--baseline", "baseline.txt", "--update-baseline", "rec");
        assertEquals(0, replaced.exit(), replaced.err());
        assertEquals("rw-rw-r--", mode("report.txt"), "kept, though the umask would have taken more");
        assertEquals("rw-r-----", mode("baseline.txt"));
        assertTrue(Files.readString(dir.resolve("baseline.txt")).startsWith("# NEMS Rules baseline"));
    }

    private String mode(String file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file)));
    }

    @Test
    void anUnwritableOutputSaysPermissionDeniedAndNamesTheTarget() throws Exception {
        Path read = recording("read.http");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(read, PosixFilePermissions.fromString("rw-r--r--"));
        Path target = locked.resolve("report.sarif");

        List<String> command = new ArrayList<>();
        if (ROOT) {
            // Root writes anywhere; the nobody user meets the permissions a CI user would.
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(java("-o", target.toString(), read.toString()));
        Run run = NemsCheckJarIT.run(
                new ProcessBuilder(command).directory(Path.of("/").toFile()));

        assertOneLineError(run, "-o " + target + ": permission denied");
        assertEquals(List.of(), leftInDir());
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputIsLeftAlone() throws Exception {
        Path read = recording("rec/read.http");
        byte[] recorded = Files.readAllBytes(read);
        Files.writeString(dir.resolve("nems-rules.yaml"), "systems: []\n");

        assertOneLineError(
                NemsCheckJarIT.run(dir, "-o", "rec/read.http", "rec/read.http"),
                "-o rec/read.http: is the "
                        + "recording rec/read.http, which this run reads; inputs are never written: write it elsewhere, e.g. "
                        + "under target/");
        assertOneLineError(
                NemsCheckJarIT.run(dir, "--write-baseline", "rec/read.http", "rec"),
                "--write-baseline "
                        + "rec/read.http: lies in the input directory rec and would be read as a recording; inputs are never "
                        + "written: write it elsewhere, e.g. under target/, or --exclude it");
        assertOneLineError(
                NemsCheckJarIT.run(dir, "--format", "json", "-o", "rec/r.json", "rec"),
                "-o rec/r.json: lies "
                        + "in the input directory rec and would be read as a recording; inputs are never written: write it "
                        + "elsewhere, e.g. under target/, or --exclude it");
        assertOneLineError(
                NemsCheckJarIT.run(dir, "--baseline", "rec/read.http", "--update-baseline", "rec"),
                "--update-baseline rec/read.http: lies in the input directory rec and would be read as a recording; "
                        + "inputs are never written: write it elsewhere, e.g. under target/, or --exclude it");
        assertOneLineError(
                NemsCheckJarIT.run(dir, "-o", "nems-rules.yaml", "rec"),
                "-o nems-rules.yaml: is the "
                        + "configuration nems-rules.yaml, which this run reads; inputs are never written: write it elsewhere, "
                        + "e.g. under target/");
        assertOneLineError(
                NemsCheckJarIT.run(dir, "-o", "same.txt", "--write-baseline", "same.txt", "rec"),
                "--write-baseline same.txt: is also another output of this run; name two files");
        assertArrayEquals(recorded, Files.readAllBytes(read));
        assertEquals("systems: []\n", Files.readString(dir.resolve("nems-rules.yaml")));

        Run fine = NemsCheckJarIT.run(
                dir,
                "-o",
                "rec/report.sarif",
                "--format",
                "json",
                "--exclude",
                "**/out/**",
                "--write-baseline",
                "rec/nems-baseline.txt",
                "rec");
        assertEquals(0, fine.exit(), fine.err());
        Run excluded = NemsCheckJarIT.run(
                dir, "--fail-on", "never", "--format", "json", "-o", "rec/out/r.json", "--exclude", "**/out/**", "rec");
        assertEquals(0, excluded.exit(), "a file the scanner would not select may be written there: " + excluded.err());
    }

    @Test
    void aBaselineTheConfigurationNamesOutsideItsDirectoryIsAConfigurationError() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.copy(SAMPLES.resolve("valid/read.http"), project.resolve("read.http"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "not a baseline\n");
        for (String baseline : List.of("../victim.txt", victim.toString())) {
            Files.writeString(project.resolve("nems-rules.yaml"), "systems: []\nbaseline: " + baseline + "\n");

            Run run = NemsCheckJarIT.run(project, "--update-baseline", "read.http");

            assertEquals(2, run.exit(), run.out() + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("nems-rules.yaml:2: baseline: '" + baseline + "' "), run.err());
            assertEquals("not a baseline\n", Files.readString(victim));
        }
        // Named by the user on the command line, a baseline may be anywhere.
        Files.writeString(project.resolve("nems-rules.yaml"), "systems: []\n");
        Run named = NemsCheckJarIT.run(project, "--baseline", victim.toString(), "--update-baseline", "read.http");
        assertEquals(0, named.exit(), named.err());
        assertTrue(Files.readString(victim).startsWith("# NEMS Rules baseline"));
    }

    @Test
    void aNinetyMegabyteBaselineIsRefusedWithinA64MegabyteHeap() throws Exception {
        recording("read.http");
        Path baseline = dir.resolve("huge-baseline.txt");
        String entry =
                "read.http\tjwt.malformed\theader:Authorization\t" + "0".repeat(32) + "\t" + "m".repeat(400) + "\n";
        byte[] chunk = entry.repeat(2000).getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(baseline)) {
            for (long written = 0; written < 90L << 20; written += chunk.length) {
                out.write(chunk);
            }
        }
        List<String> command = new ArrayList<>(java("--baseline", "huge-baseline.txt", "read.http"));
        command.add(1, "-Xmx64m");

        Run run = NemsCheckJarIT.run(new ProcessBuilder(command).directory(dir.toFile()));

        assertOneLineError(
                run,
                "huge-baseline.txt: is larger than the limit of 10,485,760 bytes for a baseline; a "
                        + "baseline lists accepted findings, a few hundred bytes each");
    }

    @Test
    void aConfigurationThatIsNotYamlIsNotEchoed() throws Exception {
        recording("read.http");
        String hash =
                "$6$Gx1ZyNXhvP0Sq3Ug$hvV0x1Q0UQh8kbz3ZW0yzVr9qBfaVx7W0cBzb1sdG2n0Ah1bq0lqq1l0u3Xm1ZaaqG6Vqz4uKp2bS8mS3pC";
        Files.writeString(
                dir.resolve("shadow"),
                "root:" + hash + ":19700:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\n" + "bin:*:19700:0:99999:7:::\n");
        Run shadow = NemsCheckJarIT.run(dir, "--config", "shadow", "read.http");
        assertEquals(2, shadow.exit(), shadow.err());
        assertEquals(
                List.of("shadow:1: (root): is not a NEMS Rules configuration: none of its 3 top-level keys is one "
                        + "of systems, mailboxes, environments, judge, rules, baseline, judgingInstant (see "
                        + "docs/configuration.md)"),
                shadow.err().lines().toList());

        String secret = "s".repeat(100) + "-THE-END-OF-A-LONG-LINE";
        Files.writeString(dir.resolve("long.json"), "{\"" + secret + "\": 1, \"" + secret + "\": 2}");
        Run json = NemsCheckJarIT.run(dir, "--config", "long.json", "read.http");
        assertEquals(2, json.exit(), json.err());
        assertEquals(1, json.err().lines().count(), json.err());
        assertTrue(json.err().contains("'" + "s".repeat(80) + "…'"), json.err());
        assertFalse(json.err().contains("THE-END"), json.err());
    }

    @Test
    void aRunStoppedWhileWritingLeavesNoTemporaryFileAndThePreviousReport() throws Exception {
        // Enough recordings and findings that writing the HTML page takes a while: SIGTERM lands during it.
        Path recordings = Files.createDirectories(dir.resolve("rec"));
        List<Path> invalid;
        try (Stream<Path> files = Files.list(SAMPLES.resolve("invalid"))) {
            invalid = files.filter(f -> f.toString().endsWith(".http")).toList();
        }
        for (int copy = 0; copy < 12; copy++) {
            Path into = Files.createDirectories(recordings.resolve("copy" + copy));
            for (Path file : invalid) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        Path report = Files.writeString(out.resolve("report.html"), "the previous whole report\n");

        Process p = new ProcessBuilder(java("--format", "html", "-o", report.toString(), "rec"))
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        boolean writing = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!writing && p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(out)) {
                writing = files.anyMatch(f -> f.getFileName().toString().startsWith(".nems-check-"));
            }
            Thread.sleep(2);
        }
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));

        assertTrue(writing, "the temporary file was seen while the report was written");
        assertEquals(143, p.exitValue(), "stopped by SIGTERM (128 + 15) while writing, not finished before it");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(report), files.toList(), "no .nems-check-*.tmp is left");
        }
        assertEquals("the previous whole report\n", Files.readString(report));
    }
}
