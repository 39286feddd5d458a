package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Scans with {@link FileScanner#defaults()} as a user whom file permissions bind. Tests run as root on CI, and root
 * reads every directory whatever its permissions; there the scan runs in a JVM of its own as user and group 65534
 * (nobody), through {@code setpriv}, so that a directory without read permission is really refused. Elsewhere it runs
 * in this JVM. Never skipped: without a way to drop root, the test fails and says why.
 */
final class UnprivilegedScan {
    private static final int NOBODY = 65534;

    private UnprivilegedScan() {}

    /** Sets the permissions of {@code path}, written as {@code ls} writes them ({@code rwxr-xr-x}). */
    static void chmod(Path path, String permissions) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }

    /** Opens a tree to every user: directories {@code rwxr-xr-x}, files {@code rw-r--r--}. */
    static void openToEveryone(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.toList()) {
                chmod(path, Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--");
            }
        }
    }

    /** What the scan found, with {@code work} (open to everyone) as scratch space for the classes it runs. */
    static ScanResult scan(Path work, List<Path> roots) throws Exception {
        if (permissionsBind(work)) {
            return FileScanner.defaults().scan(roots);
        }
        Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseGet(() -> fail("this JVM reads every directory (it runs as root) and setpriv, needed to run "
                        + "the scan as an unprivileged user, is not installed"));
        Path classes = copyClasses(work.resolve("classes"));
        List<String> command = new ArrayList<>(List.of(
                setpriv.toString(),
                "--reuid=" + NOBODY,
                "--regid=" + NOBODY,
                "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classes.toString(),
                ScanPrinter.class.getName()));
        roots.forEach(root -> command.add(root.toString()));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the scan did not finish within 60 s");
        assertEquals(0, process.exitValue(), "the scan as user " + NOBODY + " failed:\n" + err);
        List<Path> files = new ArrayList<>();
        List<UnreadableDirectory> unreadable = new ArrayList<>();
        for (String line : out.lines().toList()) {
            String[] fields = line.split("\t");
            if (fields[0].equals("file")) {
                files.add(Path.of(fields[1]));
            } else {
                unreadable.add(new UnreadableDirectory(Path.of(fields[1]), fields[2]));
            }
        }
        return new ScanResult(roots, FileScanner.DEFAULT_INCLUDES, files, unreadable);
    }

    private static boolean permissionsBind(Path work) throws IOException {
        Path probe = Files.createDirectory(work.resolve("permission-probe"));
        chmod(probe, "---------");
        try (Stream<Path> listed = Files.list(probe)) {
            listed.count();
            return false;
        } catch (AccessDeniedException e) {
            return true;
        } finally {
            chmod(probe, "rwxr-xr-x");
        }
    }

    /** The scanner's classes and the printer, where the unprivileged user can read them (not under /root/.m2). */
    private static Path copyClasses(Path into) throws Exception {
        for (Class<?> type : List.of(FileScanner.class, ScanPrinter.class)) {
            Path base = Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path pkg = base.resolve(type.getPackageName().replace('.', '/'));
            Path target =
                    Files.createDirectories(into.resolve(type.getPackageName().replace('.', '/')));
            try (Stream<Path> classes = Files.list(pkg)) {
                for (Path file :
                        classes.filter(f -> f.toString().endsWith(".class")).toList()) {
                    Files.copy(
                            file,
                            target.resolve(file.getFileName().toString()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        openToEveryone(into);
        return into;
    }
}
