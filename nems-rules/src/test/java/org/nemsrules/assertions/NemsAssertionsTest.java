package org.nemsrules.assertions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.assertions.NemsAssertions.assertConformant;
import static org.nemsrules.model.SubscriptionRequests.SUBSCRIPTION_XML;
import static org.nemsrules.model.SubscriptionRequests.TOKEN;

import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.ValidationReport;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Interactions;
import org.nemsrules.model.SubscriptionRequests;

class NemsAssertionsTest {
    private static final HttpRequest VALID = SubscriptionRequests.create().build();
    private static final HttpRequest WRONG_CONTENT_TYPE = SubscriptionRequests.create()
            .setHeader("Content-Type", "text/plain")
            .build();

    @Test
    void aValidRequestPassesEveryOverload() {
        NemsValidator validator = NemsValidator.builder().threads(1).build();

        assertTrue(assertConformant(VALID).isEmpty());
        assertDoesNotThrow(() -> assertConformant(VALID, SUBSCRIPTION_XML));
        assertDoesNotThrow(
                () -> assertConformant(VALID, SUBSCRIPTION_XML.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertDoesNotThrow(() -> assertConformant(Interactions.from(VALID)));
        assertDoesNotThrow(() -> assertConformant(validator, VALID));
        assertDoesNotThrow(() -> assertConformant(validator, VALID, SUBSCRIPTION_XML));
    }

    @Test
    void aFailureIsAnAssertionErrorListingEveryFindingAsTheTextReportDoes() {
        HttpRequest request = SubscriptionRequests.create()
                .setHeader("Content-Type", "text/plain")
                .setHeader("toASID", "12345")
                .build();
        List<Finding> findings =
                NemsValidator.builder().build().validateRequest(request).findings();

        AssertionError failure = assertThrows(AssertionError.class, () -> assertConformant(request));

        String message = failure.getMessage();
        assertTrue(
                message.startsWith("expected a request the NEMS Subscription API accepts, but NEMS Rules found "
                        + "2 errors:\nrequest\n"),
                message);
        assertEquals(2, findings.size());
        for (Finding f : findings) {
            assertTrue(message.contains("\n  " + ValidationReport.line(f) + "\n"), message);
        }
        assertTrue(message.contains("request:4: error mime.content-type-unsupported"), message);
        assertTrue(message.contains("request:7: error header.asid-format"), message);
    }

    @Test
    void aFailureShowsTheRequestWithTheLinesFindingsPointAtAndTheTokenCut() {
        AssertionError failure = assertThrows(AssertionError.class, () -> assertConformant(WRONG_CONTENT_TYPE));

        String message = failure.getMessage();
        assertTrue(
                message.contains("request, as validated (the lines findings point at):\n"
                        + "    1  POST https://clinicals.spineservices.nhs.uk/STU3/Subscription HTTP/1.1\n"),
                message);
        assertTrue(message.contains("\n    4  Content-Type: text/plain\n"), message);
        assertTrue(message.contains("\n    8  \n    9  <?xml"), message);
        assertFalse(message.contains(TOKEN), "a test log is no place for a whole token");
    }

    @Test
    void aFailureCutsEveryCredentialTheRequestCarriesWhateverItLooksLike() {
        HttpRequest request = SubscriptionRequests.create()
                .setHeader("Content-Type", "text/plain")
                .setHeader("Authorization", "Basic dXNlcjpzM2NyZXQ=")
                .setHeader("Cookie", "SESSION=abc123")
                .setHeader("X-Api-Key", "k3y-v4lue")
                .build();

        String message = assertThrows(AssertionError.class, () -> assertConformant(request))
                .getMessage();

        assertFalse(
                message.contains("dXNlcjpzM2NyZXQ=") || message.contains("abc123") || message.contains("k3y-v4lue"),
                message);
        assertTrue(message.contains("  Authorization: Basic \u2026[credential of 16 characters, redacted]\n"), message);
        assertTrue(message.contains("  Cookie: \u2026[credential of 14 characters, redacted]\n"), message);
    }

    @Test
    void aRequestNamedWithALineBreakCannotStartALineOfTheFailure() {
        Interaction named = Interactions.request(
                        "PUT", java.net.URI.create("https://clinicals.spineservices.nhs.uk/STU3/Subscription/a"))
                .name("create\n::error file=a::forged\u001B[2J")
                .build();

        String message = assertThrows(AssertionError.class, () -> assertConformant(named))
                .getMessage();

        assertTrue(message.lines().noneMatch(line -> line.startsWith("::")), message);
        assertFalse(message.contains("\u001B"), message);
        assertTrue(message.contains("create\\n::error file=a::forged\\u001B[2J:"), message);
    }

    @Test
    void warningsFailOnlyWhenAskedTo() {
        // The valid request draws no warning from the built-in rules, so the report is made by hand.
        ValidationReport report = new ValidationReport(
                List.of(Interactions.from(VALID)),
                List.of(new Finding(
                        "jwt.token-lifetime",
                        Severity.WARNING,
                        "long-lived token",
                        new org.nemsrules.engine.Location("request", 0, 3, null, ""),
                        "R-JWT-05",
                        null,
                        null)),
                List.of());

        assertDoesNotThrow(() -> assertConformant(report));
        AssertionError failure = assertThrows(AssertionError.class, () -> assertConformant(report, Severity.WARNING));
        assertTrue(
                failure.getMessage()
                        .startsWith("expected a request the NEMS Subscription API accepts, but NEMS "
                                + "Rules found 1 finding at warning or above:\n"),
                failure.getMessage());
        assertTrue(
                failure.getMessage().contains("  request:3: warning jwt.token-lifetime long-lived token [R-JWT-05]"));
    }

    @Test
    void theGivenValidatorIsTheOneUsed() {
        NemsValidator lenient =
                NemsValidator.builder().threads(1).disable("mime.*").build();

        assertDoesNotThrow(() -> assertConformant(lenient, WRONG_CONTENT_TYPE));
        assertThrows(AssertionError.class, () -> assertConformant(WRONG_CONTENT_TYPE));
    }
}
