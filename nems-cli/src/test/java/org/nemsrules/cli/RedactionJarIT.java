package org.nemsrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.cli.NemsCheckJarIT.Run;
import org.nemsrules.report.ReportFormat;

/** What the jar shows of NHS numbers and tokens quoted by findings: masked and cut by default, numbers with --no-redact. */
class RedactionJarIT {
    private static final String JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0"
            + ".eyJpc3MiOiJodHRwczovL2RlbW9uc3RyYXRvci5jb20iLCJzdWIiOiI5NDM0NzY1OTE5In0.";
    /**
     * Two requests whose findings quote an NHS number (unspaced and spaced) and a whole JWT. The number is cited by
     * no rule's description (SARIF carries those), so that every occurrence comes from the recording.
     */
    private static final String RECORDING = String.join(
            "\n",
            "GET https://clinicals.spineservices.nhs.uk/STU3/Patient/4010232137 HTTP/1.1",
            "InteractionID: 401 023 2137",
            "",
            "###",
            "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/" + JWT + " HTTP/1.1",
            "InteractionID: " + JWT,
            "");

    private static Path recording(Path dir) throws Exception {
        Path file = dir.resolve("patient.http");
        Files.writeString(file, RECORDING);
        return file;
    }

    @Test
    void byDefaultEveryFormatMasksNhsNumbersAndCutsTokens(@TempDir Path dir) throws Exception {
        recording(dir);
        EveryFormatRun run = EveryFormatRun.run(dir, EveryFormatRun.ALL, "patient.http");
        assertEquals(1, run.exit(), run.err());
        for (ReportFormat format : EveryFormatRun.ALL) {
            String out = run.reports().get(format);
            assertFalse(out.contains(JWT), format.label() + ":\n" + out);
            assertFalse(out.contains("4010232137"), format.label() + ":\n" + out);
            assertFalse(out.contains("401 023 2137"), format.label() + ":\n" + out);
            assertTrue(out.contains("401****137"), format.label() + ":\n" + out);
            assertTrue(out.contains("characters, redacted]"), format.label() + ":\n" + out);
        }
    }

    @Test
    void aReportWrittenToAFileIsRedactedToo(@TempDir Path dir) throws Exception {
        recording(dir);
        Path report = dir.resolve("nems.sarif");
        Run run = NemsCheckJarIT.run(dir, "--format", "sarif", "-o", report.toString(), "patient.http");
        assertEquals(1, run.exit(), run.err());
        String sarif = Files.readString(report);
        assertFalse(sarif.contains(JWT) || sarif.contains("4010232137"), sarif);
        assertTrue(sarif.contains("401****137"), sarif);
    }

    @Test
    void noRedactShowsNhsNumbersButNeverAWholeToken(@TempDir Path dir) throws Exception {
        recording(dir);
        List<ReportFormat> formats = List.of(ReportFormat.TEXT, ReportFormat.JUNIT, ReportFormat.OPERATION_OUTCOME);
        EveryFormatRun run = EveryFormatRun.run(dir, formats, "--no-redact", "patient.http");
        assertEquals(1, run.exit(), run.err());
        for (ReportFormat format : formats) {
            String out = run.reports().get(format);
            assertTrue(out.contains("4010232137"), format.label() + ":\n" + out);
            assertTrue(out.contains("401 023 2137"), format.label() + ":\n" + out);
            assertFalse(out.contains("401****137"), format.label() + ":\n" + out);
            assertFalse(out.contains(JWT), format.label() + ":\n" + out);
        }
    }

    @Test
    void helpSaysWhyRedactionIsOnByDefault(@TempDir Path dir) throws Exception {
        String help = NemsCheckJarIT.run(dir, "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--no-redact"), help);
        assertTrue(help.contains("943****919") && help.contains("uploaded"), help);
        assertTrue(help.contains("A credential (a token, a password, a cookie) is never shown"), help);
    }

    /** The claims of a token that names a patient: {"sub":"…","requesting_patient":"…|4010232137"} and more. */
    private static final String CLAIMS = "eyJpc3MiOiJodHRwczovL3guZXhhbXBsZSIsInN1YiI6Imh0dHBzOi8vZmhpci5uaHMudWsv"
            + "SWQvc2RzLXJvbGUtcHJvZmlsZS1pZHw1NTUyNTQyNDAxMDAiLCJyZXF1ZXN0aW5nX3BhdGllbnQiOiJodHRwczovL2ZoaXIubmhz"
            + "LnVrL0lkL25ocy1udW1iZXJ8NDAxMDIzMjEzNyJ9";

    private static final String HEADER = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0";
    private static final List<String> SECRETS = List.of(
            "dXNlcjpzM2NyZXQtcGFzc3dvcmQ",
            "4f9c2b7e81d04a6fb3e5c9d2a7f1e8b0",
            "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
            "a3fWa",
            "51HxYzAbCdEfGhIjKlMnOpQrStUvWxYz",
            "t0k3n-v4lue");

    static String request(String... headers) {
        return "POST https://clinicals.spineservices.nhs.uk/STU3/Subscription HTTP/1.1\n" + String.join("\n", headers)
                + "\nContent-Type: application/fhir+json\n\n{\"resourceType\": \"Subscription\"}\n";
    }

    @Test
    void aMalformedTokenIsCutInEveryFormatWhetherOrNotItParses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("two-parts.http"), request("Authorization: Bearer " + HEADER + "." + CLAIMS));
        Files.writeString(
                dir.resolve("four-parts.http"), request("Authorization: Bearer " + HEADER + "." + CLAIMS + "..x"));
        Files.writeString(
                dir.resolve("tab.http"),
                request("Authorization: Bearer " + HEADER + "." + CLAIMS.substring(0, 40) + "\t" + CLAIMS.substring(40)
                        + "."));
        Files.writeString(
                dir.resolve("bad-character.http"),
                request("Authorization: Bearer " + HEADER + "." + CLAIMS.substring(0, 40) + "*" + CLAIMS.substring(40)
                        + "."));
        Files.writeString(dir.resolve("no-colon.http"), request("Authorization Bearer " + HEADER + "." + CLAIMS + "."));

        EveryFormatRun run = EveryFormatRun.run(dir, EveryFormatRun.ALL, ".");
        assertEquals(1, run.exit(), run.err());
        for (ReportFormat format : EveryFormatRun.ALL) {
            String out = run.reports().get(format);
            for (int at = 0; at + 12 <= CLAIMS.length(); at += 12) {
                assertFalse(out.contains(CLAIMS.substring(at, at + 12)), format.label() + " shows the claims:\n" + out);
            }
        }
    }

    @Test
    void everyHeaderThatCarriesACredentialIsCutInEveryFormat(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("headers.http"),
                request(
                        "Authorization: Basic dXNlcjpzM2NyZXQtcGFzc3dvcmQ=",
                        "Proxy-Authorization: Bearer opaque-4f9c2b7e81d04a6fb3e5c9d2a7f1e8b0",
                        "Cookie: SESSION=9f8e7d6c5b4a39281706f5e4d3c2b1a0; other=1",
                        "Set-Cookie: id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT",
                        "X-API-Key: sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUvWxYz",
                        "X-Auth-Token: t0k3n-v4lue"));
        Files.writeString(dir.resolve("headers.har"), """
                {"log": {"version": "1.2", "creator": {"name": "t", "version": "1"}, "entries": [{"request": {
                  "method": "POST", "url": "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                  "httpVersion": "HTTP/1.1",
                  "headers": [
                    {"name": "Authorization",
                     "value":
                       "Basic dXNlcjpzM2NyZXQtcGFzc3dvcmQ="},
                    {"value": "SESSION=9f8e7d6c5b4a39281706f5e4d3c2b1a0", "name": "Cookie"},
                    {"name": "x-api-key", "value": "sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUvWxYz"}
                  ],
                  "queryString": [], "cookies": [{"name": "id", "value": "a3fWa"}], "headersSize": -1, "bodySize": -1,
                  "postData": {"mimeType": "application/fhir+json", "text": "{\\"resourceType\\": \\"Subscription\\"}"}
                }}]}}
                """);

        EveryFormatRun run = EveryFormatRun.run(dir, EveryFormatRun.ALL, "--no-redact", ".");
        assertEquals(1, run.exit(), run.err());
        for (ReportFormat format : EveryFormatRun.ALL) {
            String out = run.reports().get(format);
            for (String secret : SECRETS) {
                assertFalse(out.contains(secret), format.label() + " shows " + secret + ":\n" + out);
            }
        }
    }

    @Test
    void anNhsNumberWithADigitTooManyOrTooFewIsMasked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("criteria.json"), """
                {"resourceType": "Subscription", "status": "requested", "reason": "r",
                 "criteria": "/Bundle?type=message&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|40102321370&MessageHeader.event=pds-death-notification-1",
                 "channel": {"type": "message", "endpoint": "A99968OT001"}}
                """);

        EveryFormatRun run = EveryFormatRun.run(dir, EveryFormatRun.ALL, "criteria.json");
        assertEquals(1, run.exit(), run.err());
        for (ReportFormat format : EveryFormatRun.ALL) {
            String out = run.reports().get(format);
            assertFalse(out.contains("40102321370"), format.label() + ":\n" + out);
            assertTrue(out.contains("401****370"), format.label() + ":\n" + out);
        }
    }

    @Test
    void anAsidAndTheTestNumbersAMessageSuggestsStayReadable(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("asid.http"),
                String.join(
                        "\n",
                        "GET https://clinicals.spineservices.nhs.uk/STU3/Subscription/abc HTTP/1.1",
                        "fromASID: 2000000003",
                        "toASID: 928942012545",
                        "InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiGet",
                        ""));
        Files.writeString(dir.resolve("patient.json"), """
                {"resourceType": "Subscription", "status": "requested", "reason": "r",
                 "criteria": "/Bundle?type=message&Patient.identifier=http://fhir.nhs.net/Id/nhs-number|4010232137&MessageHeader.event=pds-death-notification-1",
                 "channel": {"type": "message", "endpoint": "A99968OT001"}}
                """);

        List<ReportFormat> formats = List.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.HTML);
        EveryFormatRun run = EveryFormatRun.run(dir, formats, "--enable", "nhs-number.not-test-data", ".");
        for (ReportFormat format : formats) {
            String out = run.reports().get(format).replace("&#39;", "'");
            assertTrue(out.contains("but '2000000003' has 10 digits"), format.label() + ":\n" + out);
            assertTrue(out.contains("(999 000 0000 to 999 999 9999)"), format.label() + ":\n" + out);
            assertTrue(out.contains("such as 9990000018"), format.label() + ":\n" + out);
            assertTrue(out.contains("401****137"), format.label() + ":\n" + out);
            assertFalse(out.contains("4010232137"), format.label() + ":\n" + out);
        }
    }
}
