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
import org.nemsrules.report.ReportFormat;

/**
 * Runs the real jar with {@code --env}: an environment no environment file defines is a usage error in one line with
 * a "did you mean", and an environment file that cannot be used is a finding on that file, never a stack trace.
 */
class EnvironmentOptionJarIT {
    private static final String READ = "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc HTTP/1.1\n";

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void anEnvironmentNoFileDefinesIsAUsageErrorWithTheNearestName(@TempDir Path dir) throws Exception {
        write(dir.resolve("nems/http-client.env.json"), "{\"dev\": {\"host\": \"a\"}, \"int\": {\"host\": \"b\"}}");
        write(dir.resolve("nems/read.http"), READ);

        Run run = NemsCheckJarIT.run(dir, "--env", "dve", "nems");

        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(
                List.of("nems-check: --env: environment 'dve' is not defined by any environment file of the .http "
                        + "recordings: nems/http-client.env.json defines dev, int; did you mean 'dev'?"),
                run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void anEnvironmentWithoutAnyEnvironmentFileIsAUsageError(@TempDir Path dir) throws Exception {
        write(dir.resolve("nems/read.http"), READ);

        Run run = NemsCheckJarIT.run(dir, "--env", "dev", "nems");

        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(
                List.of("nems-check: --env: environment 'dev': no environment file (http-client.env.json, "
                        + "http-client.private.env.json or .vscode/settings.json) was found for the .http recordings, so no "
                        + "environment can be chosen"),
                run.err().lines().toList());
    }

    @Test
    void aBlankEnvironmentIsAUsageError(@TempDir Path dir) throws Exception {
        write(dir.resolve("nems/read.http"), READ);

        Run run = NemsCheckJarIT.run(dir, "--env", " ", "nems");

        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals(
                List.of("nems-check: --env needs the name of an environment, such as --env dev"),
                run.err().lines().toList());
    }

    @Test
    void aDefinedEnvironmentIsAccepted(@TempDir Path dir) throws Exception {
        write(
                dir.resolve(".vscode/settings.json"),
                "{\n  // REST Client\n  \"rest-client.environmentVariables\": "
                        + "{\"$shared\": {}, \"local\": {\"host\": \"localhost\"},},\n}\n");
        write(dir.resolve("nems/read.http"), READ);

        Run run = NemsCheckJarIT.run(dir, "--env", "local", "nems");

        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.err());
        assertFalse(run.out().contains("recording.environment-file"), run.out());
    }

    @Test
    void anEnvironmentFileThatCannotBeUsedIsAFindingOnItsLineAndAPrivateOneIsNotQuoted(@TempDir Path dir)
            throws Exception {
        write(dir.resolve("nems/http-client.env.json"), "{\n  \"dev\": [\"not\", \"an\", \"object\"]\n}\n");
        write(dir.resolve("nems/http-client.private.env.json"), "{\"dev\": {\"token\": s3cr3t-private-value}}\n");
        write(dir.resolve("nems/read.http"), READ);

        EveryFormatRun run = EveryFormatRun.run(dir, EveryFormatRun.ALL, "--no-redact", "nems");
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.err());
        for (ReportFormat format : EveryFormatRun.ALL) {
            String out = run.reports().get(format);
            assertFalse(out.contains("s3cr3t"), format.label() + " quotes the private file:\n" + out);
            assertTrue(out.contains("recording.environment-file"), format.label() + ":\n" + out);
        }
        Run text = NemsCheckJarIT.run(dir, "nems");
        assertTrue(
                text.out()
                        .contains("nems/http-client.env.json:2: error recording.environment-file environment "
                                + "'dev' is an array, not an object of variables"),
                text.out());
        assertTrue(
                text.out()
                        .contains("nems/http-client.private.env.json:1: error recording.environment-file it is "
                                + "not valid JSON (what the parser met is not quoted: the file holds private values)"),
                text.out());
    }
}
