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
 * Runs the real jar on a .http file written as IntelliJ's HTTP Client writes one, with {@code {{host}}} from
 * {@code http-client.env.json} and {@code {{asid}}}, {{token}} from {@code http-client.private.env.json}: with
 * {@code --env dev} the variables are substituted and the request judged, and no report format, with or without
 * {@code --no-redact}, shows a private value, though a rule quotes the one it finds wrong.
 *
 * <p>It needs the {@code .http} reader that substitutes variables ({@code HttpFileReader} reading
 * {@code {{name}}}); the environment files and the masking it relies on are tested in {@code nems-rules} on their own.
 */
class IdeEnvironmentJarIT {
    /** Not a valid ASID, so header.asid-format quotes it: the private value a report must not show. */
    private static final String PRIVATE_ASID = "9189-PRIVATE-738";

    private static final String PRIVATE_TOKEN = "private-bearer-0123456789";

    private static Path project(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("nems"));
        Files.writeString(dir.resolve("nems/http-client.env.json"), """
                {
                  "dev": {
                    "host": "clinicals.spineservices.nhs.uk",
                    "to": "928942012545"
                  },
                  "int": {
                    "host": "int.example",
                    "to": "928942012545"
                  }
                }
                """);
        Files.writeString(dir.resolve("nems/http-client.private.env.json"), """
                {
                  "dev": {
                    "asid": "%s",
                    "token": "%s"
                  }
                }
                """.formatted(PRIVATE_ASID, PRIVATE_TOKEN));
        Files.writeString(dir.resolve("nems/read.http"), """
                ### read a subscription
                GET https://{{host}}/STU3/Subscription/ea0a485187204b49b978bdcf7102388c HTTP/1.1
                fromASID: {{asid}}
                toASID: {{to}}
                InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiGet
                Authorization: Bearer {{token}}
                """);
        return dir;
    }

    @Test
    void withTheEnvironmentTheVariablesAreSubstitutedAndThePrivateOnesNeverShown(@TempDir Path dir) throws Exception {
        project(dir);
        Run text = NemsCheckJarIT.run(dir, "--env", "dev", "nems");
        assertEquals(1, text.exit(), text.out() + text.err());
        assertTrue(text.out().contains("nems/read.http:3: error header.asid-format"), text.out());
        assertTrue(text.out().contains("\u2026[private {{asid}}]"), "the variable is named instead:\n" + text.out());
        for (String absent : List.of(
                "unresolved-variable",
                "http.not-subscription",
                "malformed-request-line",
                "recording.environment-file")) {
            assertFalse(text.out().contains(absent), absent + ":\n" + text.out());
        }
        for (boolean redact : List.of(true, false)) {
            EveryFormatRun run = redact
                    ? EveryFormatRun.run(dir, EveryFormatRun.ALL, "--env", "dev", "nems")
                    : EveryFormatRun.run(dir, EveryFormatRun.ALL, "--env", "dev", "--no-redact", "nems");
            assertEquals(1, run.exit(), run.err());
            assertEquals("", run.err());
            for (ReportFormat format : EveryFormatRun.ALL) {
                String out = run.reports().get(format);
                for (String secret : List.of(PRIVATE_ASID, PRIVATE_TOKEN)) {
                    assertFalse(
                            out.contains(secret),
                            format.label() + (redact ? "" : " --no-redact") + " shows " + secret + ":\n" + out);
                }
            }
        }
    }

    @Test
    void withoutAnEnvironmentTheVariablesAreUnresolvedAndTheFindingSaysHowToChooseOne(@TempDir Path dir)
            throws Exception {
        project(dir);
        Run run = NemsCheckJarIT.run(dir, "nems");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("recording.unresolved-variable"), run.out());
        assertTrue(run.out().contains("--env NAME"), run.out());
        assertTrue(run.out().contains("dev, int"), "the environments the files define:\n" + run.out());
    }
}
