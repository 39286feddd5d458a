package org.nemsrules.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real browser for tests: Debian's {@code chromium}, run headless once per page to dump the DOM it rendered, take a
 * screenshot and log the page's console to stderr.
 */
final class HeadlessChromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    /** Chromium's own log line for every console message and every blocked script or fetch of a page. */
    private static final String CONSOLE = ":CONSOLE";

    /**
     * What the browser made of a page.
     *
     * @param dom             the document after loading, serialised by the browser
     * @param consoleMessages the lines chromium logged for the page's console (script errors, CSP violations, logs)
     * @param screenshot      the PNG written
     */
    record Rendering(String dom, List<String> consoleMessages, Path screenshot) {}

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The first chromium on the {@code PATH}, if any. */
    static Optional<HeadlessChromium> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new HeadlessChromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Loads {@code page} from disk with the flags that work in a container as root, with a fresh profile and
     * without any of the browser's own network traffic, and writes a {@code width}×{@code height} screenshot.
     */
    Rendering render(Path page, Path screenshot, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("nems-chromium-profile");
        Path out = Files.createTempFile("nems-chromium", ".out");
        Path err = Files.createTempFile("nems-chromium", ".err");
        Files.createDirectories(screenshot.toAbsolutePath().getParent());
        Files.deleteIfExists(screenshot);
        try {
            Process browser = new ProcessBuilder(
                            executable.toString(),
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--user-data-dir=" + profile,
                            "--enable-logging=stderr",
                            "--v=0",
                            "--hide-scrollbars",
                            "--window-size=" + width + "," + height,
                            "--screenshot=" + screenshot.toAbsolutePath(),
                            "--dump-dom",
                            page.toAbsolutePath().toUri().toString())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!browser.waitFor(120, TimeUnit.SECONDS)) {
                browser.descendants().forEach(ProcessHandle::destroyForcibly);
                browser.destroyForcibly();
                throw new IOException("chromium did not finish within 120 s; its log:\n" + Files.readString(err));
            }
            List<String> log = Files.readAllLines(err, StandardCharsets.UTF_8);
            if (browser.exitValue() != 0) {
                throw new IOException(
                        "chromium exited with " + browser.exitValue() + "; its log:\n" + String.join("\n", log));
            }
            return new Rendering(
                    Files.readString(out, StandardCharsets.UTF_8),
                    log.stream().filter(l -> l.contains(CONSOLE)).toList(),
                    screenshot);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A profile left in the temporary directory harms nothing; the test's verdict does not depend on it.
        }
    }
}
