package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nemsrules.cli.NemsCheckJarIT.Run;

/**
 * The HTML report of the sample corpus, opened in a real headless browser: it renders, its console stays silent, and
 * a screenshot of it is left in {@code target/html-report/} for a person to look at.
 *
 * <p>The page has no script, so any console message at all means something went wrong: a script the page should not
 * have, or a fetch its Content-Security-Policy blocked. The second test proves the check can see both, by rendering
 * the same page with a script and an image planted in it.
 */
class HtmlReportBrowserIT {
    private static final Path SAMPLES = Path.of(System.getProperty("nems.samples", "../sample-payloads"));
    private static final Path OUT = Path.of("target", "html-report");
    /** The error colour of the bars and badges, {@code --error:#b3261e} in the page's style. */
    private static final int ERROR_RGB = 0xB3261E;

    private static final String NO_CHROMIUM = "chromium is not on the PATH, so the browser check of the HTML report "
            + "is skipped; install it (Debian: apt-get install -y chromium) to run it";

    private static HeadlessChromium chromium;
    private static Path page;
    private static Path coverage;

    @BeforeAll
    static void writeTheReportOfTheSamples() throws Exception {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        if (found.isEmpty()) {
            System.err.println(NO_CHROMIUM);
            return;
        }
        chromium = found.get();
        Files.createDirectories(OUT);
        page = OUT.resolve("samples.html").toAbsolutePath();
        coverage = OUT.resolve("coverage.html").toAbsolutePath();
        Run run = NemsCheckJarIT.run(
                SAMPLES, "--format", "html", "--output", page.toString(), "--coverage", coverage.toString(), ".");
        assertEquals(1, run.exit(), run.err());
    }

    /** Each test, not the class, is skipped: a class-level skip is reported as no test at all, without the reason. */
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromium != null, NO_CHROMIUM);
    }

    @Test
    void theReportRendersWithItsTotalsBarsAndNoConsoleMessage() throws Exception {
        HeadlessChromium.Rendering rendering = chromium.render(page, OUT.resolve("samples.png"), 1280, 1600);

        assertEquals(List.of(), rendering.consoleMessages(), "the page logged to the console");
        String written = Files.readString(page);
        assertEquals(total(written, "error"), total(rendering.dom(), "error"), "the browser's DOM has the totals");
        assertEquals(total(written, "files"), total(rendering.dom(), "files"));
        assertTrue(Integer.parseInt(total(rendering.dom(), "error")) > 0);
        BufferedImage screenshot = ImageIO.read(rendering.screenshot().toFile());
        assertEquals(1280, screenshot.getWidth());
        assertEquals(1600, screenshot.getHeight());
        int red = pixelsOf(screenshot, ERROR_RGB);
        assertTrue(red > 2000, "the error bars and badges are drawn (only " + red + " pixels of the error colour)");
    }

    @Test
    void aPlantedScriptOrFetchWouldBeBlockedAndSeen() throws Exception {
        String planted = Files.readString(page)
                .replace(
                        "</body>",
                        "<script>document.getElementById('total-files').textContent = 'changed by a script';</script>\n"
                                + "<img src=\"https://nems-rules.invalid/pixel.png\" alt=\"\"/>\n</body>");
        Path hostile = OUT.resolve("planted.html").toAbsolutePath();
        Files.writeString(hostile, planted);

        HeadlessChromium.Rendering rendering = chromium.render(hostile, OUT.resolve("planted.png"), 800, 600);

        assertTrue(
                rendering.consoleMessages().stream().anyMatch(m -> m.contains("inline script")),
                String.join("\n", rendering.consoleMessages()));
        assertTrue(
                rendering.consoleMessages().stream().anyMatch(m -> m.contains("nems-rules.invalid")),
                String.join("\n", rendering.consoleMessages()));
        assertFalse(rendering.dom().contains("id=\"total-files\">changed by a script"), "the script did not run");
        assertEquals(total(planted, "files"), total(rendering.dom(), "files"));
    }

    @Test
    void theCoveragePageRendersItsTotalsWithNoConsoleMessage() throws Exception {
        HeadlessChromium.Rendering rendering = chromium.render(coverage, OUT.resolve("coverage.png"), 1280, 1600);

        assertEquals(List.of(), rendering.consoleMessages(), "the page logged to the console");
        String written = Files.readString(coverage);
        assertEquals(total(written, "violated"), total(rendering.dom(), "violated"));
        assertEquals(total(written, "demonstrated"), total(rendering.dom(), "demonstrated"));
        assertTrue(Integer.parseInt(total(rendering.dom(), "violated")) > 0, "the invalid samples break requirements");
        assertTrue(rendering.dom().contains("id=\"R-HTTP-09\""), "a row per requirement");
        assertTrue(rendering.dom().contains("id=\"matrix-interactions\""), "the matrix of what the requests exercise");
        assertTrue(rendering.dom().contains("<th>create</th>"), "a row per interaction");
        assertTrue(rendering.dom().contains("id=\"matrix-event\""), "the events subscribed to");
        assertFalse(written.contains("<script"), "no script");
    }

    private static String total(String html, String key) {
        Matcher m = Pattern.compile("id=\"total-" + key + "\">(\\d+)<").matcher(html);
        assertTrue(m.find(), "no total-" + key + " in the page");
        return m.group(1);
    }

    private static int pixelsOf(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
