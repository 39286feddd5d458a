package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;

/**
 * Runs the real jar on a repository as it really is, where {@code package.json}, {@code tsconfig.json} and
 * {@code logback-test.xml} sit beside the recordings and were once each reported as a broken Subscription.
 */
class WalkedFilesJarIT {
    private static final String PUT = "PUT /STU3/Subscription/abc HTTP/1.1\n";

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void repository(Path dir) throws IOException {
        write(dir.resolve("src/test/nems/update.http"), PUT);
        // broken on purpose, but a FHIR resource: read, and its fault reported
        write(dir.resolve("src/test/nems/create.json"), "{\"resourceType\": \"Subscription\", \"status\": ");
        write(dir.resolve("package.json"), "{\n  \"name\": \"client\",\n  \"version\": \"1.0.0\"\n}\n");
        write(dir.resolve("tsconfig.json"), "{\n  // strict mode\n  \"compilerOptions\": {\"strict\": true}\n}\n");
        write(
                dir.resolve("src/test/resources/logback-test.xml"),
                "<?xml version=\"1.0\"?>\n<configuration>\n" + "  <root level=\"INFO\"/>\n</configuration>\n");
    }

    @Test
    void jsonAndXmlFilesThatAreNotFhirResourcesAreSkippedCountedAndNamed(@TempDir Path dir) throws Exception {
        repository(dir);

        Run run = NemsCheckJarIT.run(dir, ".");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("src/test/nems/update.http:1: error http.unsupported-method"), run.out());
        assertTrue(run.out().contains("src/test/nems/create.json:"), "the broken resource is read:\n" + run.out());
        for (String skipped : List.of("package.json:", "tsconfig.json:", "logback-test.xml:")) {
            assertFalse(run.out().contains(skipped), skipped + " is reported:\n" + run.out());
        }
        assertTrue(run.out().contains("2 files, 2 requests: "), run.out());
        assertTrue(
                run.out()
                        .contains("note: 3 files skipped: not FHIR resources (a .json or .xml file found in a "
                                + "directory is read only when it starts like a FHIR resource; name the file to read it anyway): "
                                + "package.json, src/test/resources/logback-test.xml, tsconfig.json\n"),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void aFileNamedOnTheCommandLineIsReadWhateverItHolds(@TempDir Path dir) throws Exception {
        repository(dir);

        Run run = NemsCheckJarIT.run(dir, "package.json");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("package.json"), run.out());
        assertTrue(run.out().contains("1 file, 1 request: "), run.out());
        assertFalse(run.out().contains("skipped"), run.out());
    }

    @Test
    void aDirectoryOfOtherFilesOnlyFindsNothingAndSaysWhatItSkipped(@TempDir Path dir) throws Exception {
        write(dir.resolve("web/package.json"), "{\"name\": \"client\"}\n");

        Run run = NemsCheckJarIT.run(dir, "web");

        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(
                List.of("nems-check: no recordings found in 'web' (looked for **/*.http, **/*.har, **/*.xml, "
                        + "**/*.json; 1 file skipped: not FHIR resources); pass --allow-empty-input to accept this"),
                run.err().lines().toList());
    }
}
