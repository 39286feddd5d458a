package org.nemsrules.header;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Rule;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;
import org.nemsrules.recording.HttpFileReader;
import org.nemsrules.recording.Recording;

/** Requests written as .http text, so that each header has the line a user would see: line 1 is the request line. */
final class HeaderFixtures {
    static final String BASE = "https://clinicals.spineservices.nhs.uk/STU3/Subscription";
    static final String ID = "ea0a485187204b49b978bdcf7102388c";
    static final String FROM = "918999198738";
    static final String TO = "928942012545";
    static final String POST_URN = "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost";
    static final String GET_URN = "urn:nhs:names:services:clinicals-sync:SubscriptionsApiGet";
    static final String DELETE_URN = "urn:nhs:names:services:clinicals-sync:SubscriptionsApiDelete";

    private HeaderFixtures() {}

    /** The request line on line 1, the given header lines from line 2, and for POST an XML body. */
    static Interaction request(String method, String target, String... headerLines) {
        StringBuilder text =
                new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\n");
        for (String line : headerLines) {
            text.append(line).append('\n');
        }
        if (method.equals("POST")) {
            text.append("Content-Type: application/fhir+xml;charset=utf-8\n\n")
                    .append("<Subscription xmlns=\"http://hl7.org/fhir\"/>\n");
        }
        Recording recording =
                new HttpFileReader().read("rec/h.http", text.toString().getBytes(StandardCharsets.UTF_8));
        if (!recording.problems().isEmpty() || recording.interactions().size() != 1) {
            throw new IllegalStateException("fixture did not read as one request: " + recording.problems());
        }
        return recording.interactions().get(0);
    }

    static Interaction create(String... headerLines) {
        return request("POST", BASE, headerLines);
    }

    static Interaction read(String... headerLines) {
        return request("GET", BASE + "/" + ID, headerLines);
    }

    static Interaction delete(String... headerLines) {
        return request("DELETE", BASE + "/" + ID, headerLines);
    }

    /** The three Spine headers, correct for the method, on lines 2, 3 and 4. */
    static String[] valid(String method) {
        return new String[] {"fromASID: " + FROM, "toASID: " + TO, "InteractionID: " + urn(method)};
    }

    /** The valid headers with the one whose name starts {@code name + ":"} replaced by {@code replacement} (null drops it). */
    static String[] replacing(String method, String name, String replacement) {
        List<String> lines = new ArrayList<>();
        for (String line : valid(method)) {
            if (line.startsWith(name + ":")) {
                if (replacement != null) {
                    lines.add(replacement);
                }
            } else {
                lines.add(line);
            }
        }
        return lines.toArray(String[]::new);
    }

    static String urn(String method) {
        return switch (method) {
            case "POST" -> POST_URN;
            case "GET" -> GET_URN;
            case "DELETE" -> DELETE_URN;
            default -> POST_URN;
        };
    }

    static List<Finding> findings(Rule rule, Interaction interaction) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(rule)))
                .build()
                .validate(interaction);
    }

    /** The request as a HAR without line information gives it: every header field on line 0 (unknown). */
    static Interaction withoutHeaderLines(Interaction recorded) {
        List<Header> headers = recorded.headers().all().stream()
                .map(h -> new Header(h.name(), h.value(), 0))
                .toList();
        return new Interaction(
                "rec/h.har",
                0,
                Origin.HAR,
                recorded.method(),
                recorded.target(),
                recorded.line(),
                Headers.of(headers),
                recorded.body());
    }
}
