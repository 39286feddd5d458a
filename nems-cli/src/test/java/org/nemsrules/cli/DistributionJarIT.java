package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;

/**
 * The distribution zip as a user gets it: unzipped anywhere, its {@code bin/nems-check} run from another directory,
 * directly or through a link, on a machine with Java and nothing else of the project.
 */
class DistributionJarIT {
    private static final Path ZIP = Path.of(System.getProperty(
                    "nems.cli.distribution", "target/nems-check-" + System.getProperty("nems.cli.version") + ".zip"))
            .toAbsolutePath();
    private static final String VERSION = System.getProperty("nems.cli.version");
    private static final int NOBODY = 65534;
    private static final String BAD_REQUEST = "PUT /STU3/Subscription/abc HTTP/1.1\n";
    private static final String NOTICE = "nems-check: preparing a faster start (once, a few seconds)...\n";

    @TempDir
    static Path unzipped;

    private static Path home;
    private static Run firstRun;

    @BeforeAll
    static void unzipAndRunOnce(@TempDir Path elsewhere) throws Exception {
        unzipWithModes(ZIP, unzipped);
        home = unzipped.resolve("nems-check-" + VERSION);
        firstRun = launch(elsewhere, home.resolve("bin/nems-check"), Map.of(), "--version");
    }

    @Test
    void theZipHoldsTheLauncherTheJarTheSamplesTheLicenceAndTheDocs() throws IOException {
        for (String file : List.of(
                "bin/nems-check",
                "lib/nems-check.jar",
                "LICENSE",
                "README.md",
                "docs/limits.md",
                "docs/rules.md",
                "docs/maven-plugin.md",
                "docs/nems-rules.schema.json",
                "docs/decisions/0001-foundation.md",
                "docs/examples/api-in-tests/pom.xml",
                "sample-payloads/nems-rules.yaml",
                "sample-payloads/valid/create-explicit.http")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file + " is missing from " + ZIP);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/nems-check")), "bin/nems-check must be executable as unzipped");
        try (FileSystem zipped = FileSystems.newFileSystem(ZIP);
                Stream<Path> entries = Files.walk(zipped.getPath("/"))) {
            assertEquals(
                    List.of(),
                    entries.filter(e -> e.toString().endsWith(".jsa")).toList(),
                    "a class data sharing archive is tied to the path of the jar it was made for: it cannot ship");
        }
    }

    @Test
    void theFirstRunMakesTheArchiveBesideTheJarAndLaterRunsMapIt(@TempDir Path work) throws Exception {
        assertEquals(0, firstRun.exit(), firstRun.err());
        assertEquals(NOTICE, firstRun.err(), "the first run says once why it takes longer, and nothing else");
        Path archive = home.resolve("lib/nems-check.jsa");
        assertTrue(Files.size(archive) > 1_000_000, "the first run makes the archive beside the jar: " + archive);
        try (Stream<Path> lib = Files.list(archive.getParent())) {
            assertEquals(
                    Set.of("nems-check.jar", "nems-check.jsa"),
                    Set.copyOf(lib.map(p -> p.getFileName().toString()).toList()),
                    "no partial archive is left");
        }
        Files.writeString(work.resolve("put.http"), BAD_REQUEST);
        Path classLog = work.resolve("classes.log");

        Run later = launch(
                work,
                home.resolve("bin/nems-check"),
                Map.of("NEMS_CHECK_JAVA_OPTS", "-XX:+UseSerialGC -Xlog:class+load=info:file=" + classLog),
                "put.http");

        assertEquals(1, later.exit(), later.out() + later.err());
        assertTrue(later.out().contains("put.http:1: error http.unsupported-method"), later.out());
        assertEquals("", later.err(), "later runs say nothing about the archive");
        assertTrue(
                Files.readString(classLog, StandardCharsets.UTF_8)
                        .contains("org.nemsrules.cli.NemsCheck source: shared objects file (top)"),
                "later runs map the archive the first one made");
    }

    /**
     * serve maps an archive of its own, with the server's classes: the first serve of an unzipped copy makes it, once,
     * beside the check's (this test's own copy, so that the other tests see the lib/ of a first check alone).
     */
    @Test
    void theFirstServeMakesServesArchiveBesideTheChecks(@TempDir Path work) throws Exception {
        Path copy = Files.createDirectory(work.resolve("copy"));
        unzipWithModes(ZIP, copy);
        Path install = copy.resolve("nems-check-" + VERSION);
        Path launcher = install.resolve("bin/nems-check");
        Path classLog = work.resolve("classes.log");

        Run check = launch(work, launcher, Map.of(), "--version");
        Run firstServe = launch(work, launcher, Map.of(), "serve", "--help");
        Run laterServe = launch(
                work,
                launcher,
                Map.of("NEMS_CHECK_JAVA_OPTS", "-XX:+UseSerialGC -Xlog:class+load=info:file=" + classLog),
                "serve",
                "--help");

        assertEquals(NOTICE, check.err(), "the first check makes the check's archive");
        assertEquals(0, firstServe.exit(), firstServe.err());
        assertEquals(NOTICE, firstServe.err(), "the first serve makes serve's, and says so once");
        assertEquals("", laterServe.err(), laterServe.err());
        assertEquals(firstServe.out(), laterServe.out());
        try (Stream<Path> lib = Files.list(install.resolve("lib"))) {
            assertEquals(
                    Set.of("nems-check.jar", "nems-check.jsa", "nems-check-serve.jsa"),
                    Set.copyOf(lib.map(p -> p.getFileName().toString()).toList()),
                    "no partial archive is left");
        }
        assertTrue(
                Files.size(install.resolve("lib/nems-check-serve.jsa"))
                        > Files.size(install.resolve("lib/nems-check.jsa")),
                "serve's archive holds the server's classes too");
        assertTrue(
                Files.readString(classLog, StandardCharsets.UTF_8)
                        .contains("org.nemsrules.cli.ServeCommand source: shared objects file (top)"),
                "a later serve maps the archive the first one made");
    }

    @Test
    void versionAndAValidRecordingFromAnotherDirectory(@TempDir Path work) throws Exception {
        Path elsewhere = Files.createDirectory(work.resolve("elsewhere"));
        Files.copy(home.resolve("sample-payloads/valid/create-explicit.http"), elsewhere.resolve("create.http"));
        Path launcher = home.resolve("bin/nems-check");

        Run version = launch(elsewhere, launcher, Map.of(), "--version");
        assertEquals(0, version.exit(), version.err());
        assertEquals("nems-check " + VERSION, version.out().strip());

        Run valid = launch(
                elsewhere,
                launcher,
                Map.of(),
                "--config",
                home.resolve("sample-payloads/nems-rules.yaml").toString(),
                "create.http");
        assertEquals(0, valid.exit(), valid.out() + valid.err());
        assertTrue(valid.out().contains("0 errors"), valid.out());
    }

    @Test
    void aLinkToTheLauncherAndALinkToThatLinkFindTheJar(@TempDir Path work) throws Exception {
        Path bin = Files.createDirectory(work.resolve("bin"));
        Path direct = Files.createSymbolicLink(bin.resolve("nems-check"), home.resolve("bin/nems-check"));
        Path other = Files.createDirectory(work.resolve("other"));
        // A relative link, to the link above: each is followed from where it lies.
        Path chained = Files.createSymbolicLink(other.resolve("check"), other.relativize(direct));
        Path project = Files.createDirectory(work.resolve("project"));
        Files.writeString(project.resolve("put.http"), BAD_REQUEST);

        for (Path link : List.of(direct, chained)) {
            Run version = launch(project, link, Map.of(), "--version");
            assertEquals(0, version.exit(), link + ": " + version.err());
            assertEquals("nems-check " + VERSION, version.out().strip(), link.toString());

            Run check = launch(project, link, Map.of(), "put.http");
            assertEquals(1, check.exit(), link + ": " + check.err());
            assertTrue(check.out().contains("put.http:1: error http.unsupported-method"), check.out());
        }
    }

    @Test
    void whereTheJarsDirectoryIsNotWritableItRunsWithoutAnArchiveAndSaysNothing(@TempDir Path work) throws Exception {
        Path copy = Files.createDirectory(work.resolve("copy"));
        unzipWithModes(ZIP, copy);
        Path install = copy.resolve("nems-check-" + VERSION);
        Path project = Files.createDirectory(work.resolve("project"));
        Files.writeString(project.resolve("put.http"), BAD_REQUEST);
        for (Path dir : List.of(work, copy, install, project)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(project.resolve("put.http"), PosixFilePermissions.fromString("rw-r--r--"));
        // A system-wide install: lib/ belongs to someone else. As root every directory is writable, so the launcher
        // runs as nobody then.
        Files.setPosixFilePermissions(install.resolve("lib"), PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean root = "root".equals(System.getProperty("user.name"));

        Run run = launch(project, install.resolve("bin/nems-check"), Map.of(), root, "put.http");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("put.http:1: error http.unsupported-method"), run.out());
        assertEquals("", run.err(), "without an archive the run says nothing about it");
        assertFalse(Files.exists(install.resolve("lib/nems-check.jsa")));
        Files.setPosixFilePermissions(install.resolve("lib"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Run launch(Path dir, Path launcher, Map<String, String> env, String... args) throws Exception {
        return launch(dir, launcher, env, false, args);
    }

    /** The launcher as a user runs it: by its path, from {@code dir}, with Java on the PATH and nothing else set. */
    private static Run launch(Path dir, Path launcher, Map<String, String> env, boolean asNobody, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        if (asNobody) {
            Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv")
                    .map(Path::of)
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElseGet(() -> fail("this test runs as root, and setpriv, needed to run the launcher as an "
                            + "unprivileged user, is not installed"));
            command.addAll(List.of(setpriv.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("NEMS_CHECK_JAR");
        builder.environment().remove("NEMS_CHECK_JAVA_OPTS");
        builder.environment().putAll(env);
        builder.environment()
                .put(
                        "PATH",
                        Path.of(System.getProperty("java.home"), "bin")
                                + File.pathSeparator
                                + builder.environment().getOrDefault("PATH", ""));
        return run(builder);
    }

    /**
     * As {@link NemsCheckJarIT#run(ProcessBuilder)}, with room for the first run, which is a training run and the
     * run asked for, on a build machine that may be running much else.
     */
    private static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path out = Files.createTempFile("nems-out", ".txt");
        Path err = Files.createTempFile("nems-err", ".txt");
        try {
            Process p = builder.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail("bin/nems-check did not finish within 5 minutes");
            }
            return new Run(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Unzips as unzip(1) does, keeping each entry's Unix permissions (the launcher's executable bit). */
    private static void unzipWithModes(Path zip, Path into) throws IOException {
        assertTrue(Files.isRegularFile(zip), "the build makes the distribution before the integration tests: " + zip);
        try (FileSystem zipped = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> entries = Files.walk(zipped.getPath("/"))) {
            for (Path entry : entries.toList()) {
                Path target = into.resolve(entry.toString().substring(1));
                Set<PosixFilePermission> mode =
                        Files.readAttributes(entry, PosixFileAttributes.class).permissions();
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entry, target);
                }
                if (!mode.isEmpty()) {
                    Files.setPosixFilePermissions(target, mode);
                }
            }
        }
    }
}
