package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;

/**
 * Runs the real jar on the paths a user names, where a run once checked nothing and still passed: a symbolic link to
 * a directory, a directory it could not read, a directory without recordings, and on globs that are invalid or built
 * to make a backtracking matcher take minutes.
 */
class InputPathsJarIT {
    private static final Path JAR = Path.of(System.getProperty("nems.cli.jar", "target/nems-check.jar"));
    private static final String PUT = "PUT /STU3/Subscription/abc HTTP/1.1\n";
    private static final int NOBODY = 65534;

    private static List<String> java(Path jar) {
        List<String> command = JavaCommand.java();
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return command;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void assertOneLine(String expected, String err) {
        assertEquals(List.of(expected), err.lines().toList());
    }

    @Test
    void aSymbolicLinkToADirectoryNamedOnTheCommandLineIsFollowed(@TempDir Path dir) throws Exception {
        write(dir.resolve("recordings/nested/put.http"), PUT);
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("recordings"));
        for (String named : List.of("link", "link/")) {
            Run run = NemsCheckJarIT.run(dir, named);
            assertEquals(1, run.exit(), named + ": " + run.out() + run.err());
            assertTrue(
                    run.out().contains("link/nested/put.http:1: error http.unsupported-method"),
                    named + " is shown as the user spelled it:\n" + run.out());
            assertTrue(run.out().contains("1 file, 1 request"), run.out());
        }
    }

    @Test
    void aDirectoryThatCannotBeReadIsAFindingWhetherNamedOrMetWhileWalking(@TempDir Path dir) throws Exception {
        write(dir.resolve("recordings/ok/put.http"), PUT);
        write(dir.resolve("recordings/private/create.http"), PUT);
        Path jar = openToEveryone(dir);
        chmod(dir.resolve("recordings/private"), "---------");
        try {
            Run walked = runUnprivileged(dir, jar, "recordings");
            assertEquals(1, walked.exit(), walked.out() + walked.err());
            assertTrue(
                    walked.out()
                            .contains("recordings/private: error recording.unreadable-file the directory could "
                                    + "not be read: permission denied"),
                    walked.out());
            assertTrue(walked.out().contains("recordings/ok/put.http:1: error http.unsupported-method"), walked.out());
            assertTrue(walked.out().contains("2 files, 1 request: "), walked.out());
            assertEquals("", walked.err());

            Run named = runUnprivileged(dir, jar, "recordings/private");
            assertEquals(1, named.exit(), named.out() + named.err());
            assertTrue(
                    named.out()
                            .contains("recordings/private: error recording.unreadable-file the directory could "
                                    + "not be read: permission denied"),
                    named.out());
        } finally {
            chmod(dir.resolve("recordings/private"), "rwxr-xr-x");
        }
    }

    @Test
    void noRecordingAtAllIsAnErrorThatNamesThePathsUnlessAllowed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        write(dir.resolve("docs/readme.md"), "# not a recording\n");
        write(dir.resolve("docs/draft.rest"), PUT);

        Run none = NemsCheckJarIT.run(dir, "empty", "docs");
        assertEquals(2, none.exit(), none.out() + none.err());
        assertOneLine(
                "nems-check: no recordings found in 'empty', 'docs' (looked for **/*.http, **/*.har, **/*.xml, "
                        + "**/*.json); pass --allow-empty-input to accept this",
                none.err());
        assertEquals("", none.out());

        Run unmatched = NemsCheckJarIT.run(dir, "--include", "**/*.http", "--include", "**/*.har", "docs");
        assertEquals(2, unmatched.exit(), unmatched.err());
        assertOneLine(
                "nems-check: no recordings found in 'docs' (looked for **/*.http, **/*.har); pass "
                        + "--allow-empty-input to accept this",
                unmatched.err());

        Run allowed = NemsCheckJarIT.run(dir, "--allow-empty-input", "empty", "docs");
        assertEquals(0, allowed.exit(), allowed.out() + allowed.err());
        assertOneLine(
                "nems-check: nothing was checked: no recordings found in 'empty', 'docs' (looked for **/*.http, "
                        + "**/*.har, **/*.xml, **/*.json)",
                allowed.err());
        assertTrue(allowed.out().contains("0 files, 0 requests"), allowed.out());

        Run included = NemsCheckJarIT.run(dir, "--include", "**/*.rest", "docs");
        assertEquals(1, included.exit(), "the same directory with its recordings included: " + included.err());

        Run mistyped = NemsCheckJarIT.run(dir, "--allow-empty-input", "dcos");
        assertEquals(2, mistyped.exit(), "a path that does not exist stays an error: " + mistyped.err());
        assertOneLine("nems-check: dcos: no such file or directory", mistyped.err());
    }

    @Test
    void anInvalidGlobIsAUsageErrorThatNamesTheOptionAndTheGlob(@TempDir Path dir) throws Exception {
        write(dir.resolve("put.http"), PUT);
        Run include = NemsCheckJarIT.run(dir, "--include", "[", ".");
        assertEquals(2, include.exit(), include.err());
        assertOneLine(
                "nems-check: --include '[': unclosed [ at character 1; a set of characters such as [abc] or "
                        + "[a-z] ends with ] (write [[] for a [ itself)",
                include.err());
        Run exclude = NemsCheckJarIT.run(dir, "--exclude", "**/{drafts,old/**", ".");
        assertEquals(2, exclude.exit(), exclude.err());
        assertOneLine(
                "nems-check: --exclude '**/{drafts,old/**': unclosed { at character 4; a group such as {a,b} ends "
                        + "with } (write [{] for a { itself)",
                exclude.err());
    }

    @Test
    void aGlobBuiltToBacktrackOnLongPathNamesFinishesQuickly(@TempDir Path dir) throws Exception {
        // Before, each *a multiplied the regular expression's backtracking on a name of a's, and each **/ doubled the
        // patterns tried: four *a took 30 s, six more than 60 s, and 16 directory segments 10 s.
        String name = "a".repeat(200);
        write(dir.resolve(name + "/" + name + "/" + name + ".http"), PUT);
        StringBuilder directories = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            directories.append("d").append(i).append("/**/");
        }
        List<String> command = java(JAR);
        command.addAll(List.of(
                "--include",
                "**/" + "*a".repeat(12) + "*b",
                "--include",
                directories + "*.http",
                "--include",
                "**/*.http",
                "--exclude",
                "**/" + "*a".repeat(12) + "*b/**",
                "."));
        Path out = Files.createTempFile("nems-out", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            // Generous: the JVM's start on a loaded machine is most of it.
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail("nems-check did not finish within 45 s");
            }
            String output = Files.readString(out);
            assertEquals(1, process.exitValue(), output);
            assertTrue(output.contains("1 file, 1 request"), output);
        } finally {
            Files.delete(out);
        }
    }

    private static void chmod(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }

    /**
     * Opens {@code dir} to every user, and returns a jar every user can read: this one, or a copy in {@code dir} when
     * a directory above it is closed to others (a checkout under /root).
     */
    private static Path openToEveryone(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                chmod(path, Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--");
            }
        }
        Path jar = JAR.toAbsolutePath().normalize();
        boolean readable = Files.getPosixFilePermissions(jar).contains(PosixFilePermission.OTHERS_READ);
        for (Path up = jar.getParent(); up != null && readable; up = up.getParent()) {
            readable = Files.getPosixFilePermissions(up).contains(PosixFilePermission.OTHERS_EXECUTE);
        }
        if (readable) {
            return jar;
        }
        Path copy = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-jar"));
        chmod(copy, "rwxr-xr-x");
        Path copied = Files.copy(jar, copy.resolve("nems-check.jar"), StandardCopyOption.REPLACE_EXISTING);
        chmod(copied, "rw-r--r--");
        return copied;
    }

    /**
     * Runs the jar as a user whom file permissions bind. Root reads every directory, and tests run as root on CI, so
     * there the jar runs as user and group 65534 (nobody) through {@code setpriv}; never skipped.
     */
    private static Run runUnprivileged(Path dir, Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (!permissionsBind(dir)) {
            Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv")
                    .map(Path::of)
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElseGet(() -> fail("this test runs as root, and setpriv, needed to run the jar as an "
                            + "unprivileged user, is not installed"));
            command.addAll(List.of(setpriv.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.addAll(java(jar));
        command.addAll(List.of(args));
        return NemsCheckJarIT.run(new ProcessBuilder(command).directory(dir.toFile()));
    }

    private static boolean permissionsBind(Path dir) throws IOException {
        Path probe = Files.createDirectory(dir.resolve("permission-probe"));
        chmod(probe, "---------");
        try (Stream<Path> listed = Files.list(probe)) {
            listed.count();
            return false;
        } catch (AccessDeniedException e) {
            return true;
        } finally {
            Files.delete(probe);
        }
    }
}
