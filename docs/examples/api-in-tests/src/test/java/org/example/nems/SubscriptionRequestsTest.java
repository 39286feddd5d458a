package org.example.nems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.assertions.NemsAssertions.assertConformant;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.ValidationReport;

/** Holds the requests the client builds to the NEMS Subscription API, before they reach Spine. */
class SubscriptionRequestsTest {
    private static final URI NEMS = URI.create("https://clinicals.spineservices.nhs.uk");
    private static final String NEMS_ASID = "928942012545";
    /** An unsigned test token: system 918999198738 for organisation A99968, valid 2026-01-05 09:00Z to 09:05Z. */
    private static final String TOKEN = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2F1dGgucml2ZXJzaWRlLXBhcy5leGFtcGxlLm9yZyIsInN1YiI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvc2RzLXJvbGUtcHJvZmlsZS1pZHw1NTUyNTQyNDAxMDAiLCJhdWQiOiJodHRwczovL2NsaW5pY2Fscy5zcGluZXNlcnZpY2VzLm5ocy51ayIsImV4cCI6MTc2NzYwMzkwMCwiaWF0IjoxNzY3NjAzNjAwLCJyZWFzb25fZm9yX3JlcXVlc3QiOiJkaXJlY3RjYXJlIiwic2NvcGUiOiJwYXRpZW50L1N1YnNjcmlwdGlvbi53cml0ZSIsInJlcXVlc3Rpbmdfc3lzdGVtIjoiaHR0cHM6Ly9maGlyLm5ocy51ay9JZC9hY2NyZWRpdGVkLXN5c3RlbXw5MTg5OTkxOTg3MzgiLCJyZXF1ZXN0aW5nX29yZ2FuaXNhdGlvbiI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvb2RzLW9yZ2FuaXphdGlvbi1jb2RlfEE5OTk2OCIsInJlcXVlc3RpbmdfdXNlciI6Imh0dHBzOi8vZmhpci5uaHMudWsvSWQvc2RzLXJvbGUtcHJvZmlsZS1pZHw1NTUyNTQyNDAxMDAifQ.";

    /** One validator for the whole class: immutable and thread-safe. It judges the token at a fixed instant. */
    private static final NemsValidator VALIDATOR = NemsValidator.builder()
            .judgingInstant(Instant.parse("2026-01-05T09:02:00Z"))
            .build();

    private final SubscriptionRequests client = new SubscriptionRequests(NEMS, "918999198738", NEMS_ASID);

    @Test
    void aCreateRequestIsWhatNemsAccepts() throws IOException {
        HttpRequest request = client.create(subscription(), TOKEN);

        assertConformant(request);                                        // the default validator
        ValidationReport report = assertConformant(VALIDATOR, request);   // or one set up for this project
        assertTrue(report.isEmpty(), report::describe);                   // not even a warning
    }

    @Test
    void aMistypedAsidIsCaughtBeforeSpineSeesIt() throws IOException {
        SubscriptionRequests misconfigured = new SubscriptionRequests(NEMS, "91899919873", NEMS_ASID);
        HttpRequest request = misconfigured.create(subscription(), TOKEN);

        ValidationReport report = VALIDATOR.validateRequest(request);

        assertFalse(report.isValid());
        assertTrue(report.hasFinding("header.asid-format"), report::describe);
        AssertionError failure = assertThrows(AssertionError.class, () -> assertConformant(VALIDATOR, request));
        assertTrue(failure.getMessage().contains("error header.asid-format"), failure.getMessage());
    }

    @Test
    void aSubscriptionForAnEventNemsDoesNotKnowIsRefused() throws IOException {
        String mistyped = subscription().replace("pds-death-notification-1", "pds-death-notifcation-1");
        HttpRequest request = client.create(mistyped, TOKEN);

        List<String> rules = VALIDATOR.validateRequest(request).errors().stream().map(f -> f.ruleId()).toList();

        assertEquals(List.of("criteria.event-code"), rules);
    }

    private static String subscription() throws IOException {
        try (InputStream in = SubscriptionRequestsTest.class.getResourceAsStream("/create-subscription.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
