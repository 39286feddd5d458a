package org.nemsrules.response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Interaction;
import org.nemsrules.recording.HarReader;
import org.nemsrules.recording.HttpFileReader;
import org.nemsrules.recording.Recording;

/**
 * Requests of the valid samples with an answer recorded after them, as a {@code .http} file records one (a status
 * line, headers, a blank line, a body), judged by every built-in rule.
 */
final class Answers {
    private static final Path VALID = Path.of(System.getProperty("nems.samples", "../sample-payloads"), "valid");
    private static final NemsValidator VALIDATOR =
            NemsValidator.builder().catalog(RuleCatalog.builtIn()).build();

    /** The valid samples' requests, each ending with its last line (so that an answer may follow a blank line). */
    static final String CREATE_XML = sample("create-explicit.http");

    static final String CREATE_JSON = sample("create-generic.json.http");
    static final String READ = sample("read.http");
    static final String DELETE = sample("delete.http");

    static final String LOCATION =
            "Location: https://clinicals.spineservices.nhs.uk/STU3/Subscription/ea0a485187204b49b978bdcf7102388c";

    /** The Subscription as NEMS holds it (the active example's shape), in XML. */
    static final String ACTIVE_XML = String.join(
            "\n",
            "<Subscription xmlns=\"http://hl7.org/fhir\">",
            "  <id value=\"7f3c2a9e41d84b0b9c5e6a1d2f7b8c03\"/>",
            "  <meta>",
            "    <versionId value=\"1\"/>",
            "    <lastUpdated value=\"2026-01-05T09:04:00+00:00\"/>",
            "    <profile value=\"https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1\"/>",
            "  </meta>",
            "  <status value=\"active\"/>",
            "  <contact>",
            "    <system value=\"url\"/>",
            "    <value value=\"https://directory.spineservices.nhs.uk/STU3/Organization/A99968\"/>",
            "    <use value=\"work\"/>",
            "  </contact>",
            "  <reason value=\"Keep the registered practice informed\"/>",
            "  <criteria value=\"/Bundle?type=message&amp;serviceType=GP&amp;MessageHeader.event=PDS001\"/>",
            "  <channel>",
            "    <type value=\"message\"/>",
            "    <endpoint value=\"A99968OT001\"/>",
            "  </channel>",
            "</Subscription>");

    /** A Spine OperationOutcome naming {@code code}, in XML. */
    static String outcome(String system, String code) {
        return String.join(
                "\n",
                "<OperationOutcome xmlns=\"http://hl7.org/fhir\">",
                "  <issue>",
                "    <severity value=\"error\"/>",
                "    <code value=\"invalid\"/>",
                "    <details>",
                "      <coding>",
                "        <system value=\"" + system + "\"/>",
                "        <code value=\"" + code + "\"/>",
                "      </coding>",
                "    </details>",
                "  </issue>",
                "</OperationOutcome>");
    }

    private Answers() {}

    /** {@code request}, a blank line, then the answer's lines. */
    static String answered(String request, String... answer) {
        return request + "\n" + String.join("\n", answer) + "\n";
    }

    /** The findings of rule {@code ruleId} on the one request of {@code http}, a {@code .http} file. */
    static List<Finding> findings(String ruleId, String http) {
        return of(ruleId, new HttpFileReader().read("answers.http", http.getBytes(StandardCharsets.UTF_8)));
    }

    /** The findings of rule {@code ruleId} on the requests of {@code har}, a HAR file. */
    static List<Finding> harFindings(String ruleId, String har) {
        return of(ruleId, new HarReader().read("answers.har", har.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every finding on {@code http}. */
    static List<Finding> all(String http) {
        return VALIDATOR
                .validate(new HttpFileReader().read("answers.http", http.getBytes(StandardCharsets.UTF_8)))
                .findings();
    }

    static Interaction only(String http) {
        List<Interaction> interactions = new HttpFileReader()
                .read("answers.http", http.getBytes(StandardCharsets.UTF_8))
                .interactions();
        if (interactions.size() != 1) {
            throw new AssertionError(interactions.size() + " requests in\n" + http);
        }
        return interactions.get(0);
    }

    private static List<Finding> of(String ruleId, Recording recording) {
        return VALIDATOR.validate(recording).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .toList();
    }

    private static String sample(String name) {
        try {
            // Its comment lines go: a comment right before a response would be read as the request's.
            return Files.readString(VALID.resolve(name))
                            .lines()
                            .filter(line -> !line.startsWith("#"))
                            .reduce((a, b) -> a + "\n" + b)
                            .orElseThrow()
                            .stripTrailing()
                    + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
