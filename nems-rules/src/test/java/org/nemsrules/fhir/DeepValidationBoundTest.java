package org.nemsrules.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.model.Body;
import org.nemsrules.model.Header;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;

/**
 * The deep validator refuses a body of more than {@value DeepProfileValidator#MAX_ELEMENTS} elements before HAPI
 * reads it (HAPI's cost grows faster than the body: 100,000 extensions ran past two minutes), and says so: the
 * refusal is a {@code subscription.profile} finding, never a body skipped in silence. No validator is built here.
 */
class DeepValidationBoundTest {
    private static final String XML_EXTENSION =
            "<extension url=\"https://example.org/x\"><valueString value=\"v\"/></extension>";
    private static final String JSON_EXTENSION = "{\"url\":\"https://example.org/x\",\"valueString\":\"v\"}";

    @Test
    void anXmlBodyAboveTheLimitIsRefusedBeforeHapiReadsIt() {
        int builds = DeepProfileValidator.chainBuilds();
        // Two elements an extension, and the Subscription's own 14.
        List<DeepValidationMessage> messages = DeepProfileValidator.withProjectProfile()
                .validate(
                        SubscriptionBodies.xml(XML_EXTENSION.repeat(2_500), SubscriptionBodies.CONTACT_XML, ""),
                        DeepProfileValidator.Format.XML);

        assertEquals(1, messages.size(), messages::toString);
        assertEquals(DeepProfileValidator.TOO_LARGE_ID, messages.get(0).messageId());
        assertTrue(messages.get(0).isError(), "an error, so that the rule reports it");
        assertTrue(
                messages.get(0)
                        .message()
                        .matches("not validated: the body has 5,0\\d\\d elements, above the "
                                + "limit of 5,000 that deep validation accepts \\(docs/limits.md\\); the other subscription rules "
                                + "judged it as usual"),
                messages.get(0).message());
        assertEquals(builds, DeepProfileValidator.chainBuilds(), "HAPI's validator was not built");
    }

    @Test
    void aJsonBodyAboveTheLimitIsRefusedBeforeHapiReadsIt() {
        int builds = DeepProfileValidator.chainBuilds();
        // Three values an extension: the object, its url and its valueString.
        String extensions = String.join(",", java.util.Collections.nCopies(1_700, JSON_EXTENSION));
        List<DeepValidationMessage> messages = DeepProfileValidator.withProjectProfile()
                .validate(
                        SubscriptionBodies.json(
                                "\"extension\": [" + extensions + "],", SubscriptionBodies.JSON_CONTACT, ""),
                        DeepProfileValidator.Format.JSON);

        assertEquals(1, messages.size(), messages::toString);
        assertEquals(DeepProfileValidator.TOO_LARGE_ID, messages.get(0).messageId());
        assertTrue(
                messages.get(0).message().startsWith("not validated: the body has 5,1"),
                messages.get(0).message());
        assertEquals(builds, DeepProfileValidator.chainBuilds(), "HAPI's validator was not built");
    }

    @Test
    void elementsAreCountedAsTheBoundSaysAndTheLimitItselfIsAccepted() {
        assertTrue(DeepProfileValidator.tooLarge(DeepProfileValidator.MAX_ELEMENTS, DeepProfileValidator.MAX_ELEMENTS)
                .isEmpty());
        assertTrue(
                DeepProfileValidator.tooLarge(DeepProfileValidator.MAX_ELEMENTS + 1, DeepProfileValidator.MAX_ELEMENTS)
                        .isPresent());
        assertEquals(java.util.Optional.empty(), XmlPrecheck.problem("<a><b/><c><d/></c></a>", 4));
        assertTrue(XmlPrecheck.problem("<a><b/><c><d/></c></a>", 3)
                .orElseThrow()
                .message()
                .startsWith("not validated: the body has 4 elements, above the limit of 3"));
        assertEquals(java.util.Optional.empty(), JsonPrecheck.problem("{\"a\": [1, {\"b\": null}], \"c\": \"d\"}", 6));
        assertTrue(JsonPrecheck.problem("{\"a\": [1, {\"b\": null}], \"c\": \"d\"}", 5)
                .orElseThrow()
                .message()
                .startsWith("not validated: the body has 6 elements, above the limit of 5"));
    }

    @Test
    void theRuleReportsTheRefusalAsAFindingOfSubscriptionProfile() {
        String body = SubscriptionBodies.xml(XML_EXTENSION.repeat(20_000), SubscriptionBodies.CONTACT_XML, "");
        Interaction create = new Interaction(
                "big.http",
                0,
                Origin.HTTP_FILE,
                "POST",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                1,
                Headers.of(List.of(new Header("Content-Type", "application/fhir+xml;charset=utf-8", 2))),
                Body.of(body, 4));

        List<Finding> profile =
                NemsValidator.builder().deepValidation(true).threads(1).build().validate(create).stream()
                        .filter(f -> f.ruleId().equals("subscription.profile"))
                        .toList();

        assertEquals(1, profile.size(), profile::toString);
        assertTrue(
                profile.get(0).message().startsWith("EMS-Subscription-1: not validated: the body has 40,0"),
                profile.get(0).message());
    }
}
