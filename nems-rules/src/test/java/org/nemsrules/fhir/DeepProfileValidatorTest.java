package org.nemsrules.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nemsrules.engine.Severity;
import org.nemsrules.fhir.DeepProfileValidator.Format;
import org.nemsrules.fhir.SubscriptionBodies.Body;

/** The deep validator with the project's own profile. One instance for the class: each build costs seconds. */
class DeepProfileValidatorTest {
    private static final DeepProfileValidator VALIDATOR = DeepProfileValidator.withProjectProfile();

    @TempDir
    Path dir;

    private static List<DeepValidationMessage> errors(Body body) {
        return VALIDATOR.validate(body.text(), body.format()).stream()
                .filter(DeepValidationMessage::isError)
                .toList();
    }

    private static DeepValidationMessage errorAt(Body body, String path) {
        List<DeepValidationMessage> errors = errors(body);
        return errors.stream()
                .filter(m -> m.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + path + " for " + body + ": " + errors));
    }

    static Stream<Body> officialExamples() {
        List<Body> examples = SubscriptionBodies.officialExamples();
        // The official files live outside the project (shared/reference/fhir); a clone on its own skips them.
        Assumptions.assumeFalse(
                examples.isEmpty(), "the official NHS files (shared/reference/fhir beside the checkout) are absent");
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialExamples")
    void theOfficialExamplesConformToTheProjectsProfile(Body example) {
        assertEquals(List.of(), errors(example));
    }

    @Test
    void officialExamplesAreSkippedOnlyWhenTheSharedFolderIsAbsent() {
        assumeFalse(
                SubscriptionBodies.sharedFhirFolder().isEmpty(),
                "the official NHS files (shared/reference/fhir beside the checkout) are absent");
        assertEquals(4, SubscriptionBodies.officialExamples().size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"XML", "JSON"})
    void aCreateBodyLikeThePagesExampleGivesNoMessageAtAll(Format format) {
        Body body = format == Format.XML ? SubscriptionBodies.VALID_XML : SubscriptionBodies.VALID_JSON;
        assertEquals(List.of(), VALIDATOR.validate(body.text(), body.format()));
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(SubscriptionBodies.NO_CONTACT_XML, "Subscription.contact", "minimum required = 1"),
                Arguments.of(SubscriptionBodies.NO_CONTACT_JSON, "Subscription.contact", "minimum required = 1"),
                Arguments.of(
                        SubscriptionBodies.CONTACT_WITHOUT_SYSTEM_XML,
                        "Subscription.contact[0].system",
                        "minimum required = 1"),
                Arguments.of(
                        SubscriptionBodies.CONTACT_WITHOUT_SYSTEM_JSON,
                        "Subscription.contact[0].system",
                        "minimum required = 1"),
                Arguments.of(SubscriptionBodies.ERROR_ELEMENT_XML, "Subscription.error", "max allowed = 0"),
                Arguments.of(SubscriptionBodies.ERROR_ELEMENT_JSON, "Subscription.error", "max allowed = 0"),
                Arguments.of(SubscriptionBodies.TAG_XML, "Subscription.tag", "max allowed = 0"),
                Arguments.of(SubscriptionBodies.TAG_JSON, "Subscription.tag", "max allowed = 0"),
                Arguments.of(SubscriptionBodies.CONTAINED_PATIENT_XML, "Subscription.contained[0]", "Provenance"),
                Arguments.of(SubscriptionBodies.CONTAINED_PATIENT_JSON, "Subscription.contained[0]", "Provenance"),
                Arguments.of(SubscriptionBodies.UNKNOWN_ELEMENT_XML, "Subscription.channelType", "channelType"),
                Arguments.of(SubscriptionBodies.UNKNOWN_ELEMENT_JSON, "Subscription.channelType", "channelType"),
                Arguments.of(SubscriptionBodies.R4_ELEMENT_XML, "Subscription.topic", "topic"),
                Arguments.of(SubscriptionBodies.R4_ELEMENT_JSON, "Subscription.topic", "topic"));
    }

    @ParameterizedTest(name = "{0} is an error at {1}")
    @MethodSource("faults")
    void eachProfileFaultIsAnErrorAtTheElementConcerned(Body body, String path, String saying) {
        DeepValidationMessage error = errorAt(body, path);

        assertTrue(error.message().contains(saying), error.message());
        assertTrue(error.line() >= 1 && error.column() >= 1, "a position in the body: " + error);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("faults")
    void aBodyWithCrAloneAsLineEndIsReportedAtTheSameLineAndColumn(Body body, String path, String saying) {
        DeepValidationMessage asWritten = errorAt(body, path);
        Body crAlone = new Body(
                body.name() + " with CR alone",
                body.format(),
                body.text().replace("\r\n", "\n").replace('\n', '\r'),
                body.valid());

        DeepValidationMessage withCr = errorAt(crAlone, path);

        assertEquals(List.of(asWritten.line(), asWritten.column()), List.of(withCr.line(), withCr.column()));
    }

    @Test
    void anUnknownElementIsReportedOnItsOwnLine() {
        Body body = SubscriptionBodies.UNKNOWN_ELEMENT_XML;
        int line = lineOf(body.text(), "<channelType");

        assertEquals(line, errorAt(body, "Subscription.channelType").line());
    }

    @Test
    void anExternalEntityIsRefusedAndItsFileIsNeverRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String body = """
                <?xml version="1.0"?>
                <!DOCTYPE Subscription [ <!ENTITY leak SYSTEM "%s"> ]>
                <Subscription xmlns="http://hl7.org/fhir"><reason value="&leak;"/></Subscription>
                """.formatted(secret.toUri());

        List<DeepValidationMessage> messages = VALIDATOR.validate(body, Format.XML);

        assertEquals(1, messages.size(), messages.toString());
        DeepValidationMessage refusal = messages.get(0);
        assertEquals(XmlPrecheck.DOCTYPE_ID, refusal.messageId());
        assertEquals(2, refusal.line());
        assertFalse(refusal.message().contains("TOP-SECRET-MARKER"));
    }

    static Stream<Arguments> unreadableBodies() {
        return Stream.of(
                Arguments.of(
                        Format.XML,
                        "<Subscription xmlns=\"http://hl7.org/fhir\">\n  <status value=\"requested\">\n</Subscription>",
                        3),
                Arguments.of(Format.JSON, "{\n  \"resourceType\": \"Subscription\",\n  \"status\": \n}", 4),
                Arguments.of(
                        Format.JSON, "{\"resourceType\": \"Subscription\"}\n{\"resourceType\": \"Subscription\"}", 2),
                Arguments.of(Format.JSON, "<Subscription xmlns=\"http://hl7.org/fhir\"/>", 1),
                Arguments.of(Format.XML, "{\"resourceType\": \"Subscription\"}", 1));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unreadableBodies")
    void anUnreadableBodyIsOneErrorWithItsLine(Format format, String body, int line) {
        List<DeepValidationMessage> messages = VALIDATOR.validate(body, format);

        assertEquals(1, messages.size(), messages.toString());
        assertEquals(Severity.ERROR, messages.get(0).severity());
        assertEquals(line, messages.get(0).line(), messages.toString());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "   ",
                "[]",
                "\"Subscription\"",
                "{}",
                "{\"resourceType\": \"Patient\", \"id\": \"x\"}",
                "<Subscription/>",
                "<Patient xmlns=\"http://hl7.org/fhir\"/>",
                "<a:b xmlns:a=\"urn:x\">&amp;</a:b>",
                "{\"resourceType\": \"Subscription\", \"status\": {\"nested\": [1, 2, {\"deeper\": null}]}}"
            })
    void neverThrowsAndRejectsWhatIsNotASubscription(String body) {
        Format format = body.stripLeading().startsWith("<") ? Format.XML : Format.JSON;

        List<DeepValidationMessage> messages = VALIDATOR.validate(body, format);

        assertTrue(messages.stream().anyMatch(DeepValidationMessage::isError), messages.toString());
    }

    @Test
    void theValidatorIsBuiltOnceAndSharedByThreads() throws Exception {
        List<DeepValidationMessage> expected = errors(SubscriptionBodies.TAG_JSON);
        int builds = DeepProfileValidator.chainBuilds();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DeepValidationMessage>>> results = Stream.generate(
                            () -> pool.submit(() -> errors(SubscriptionBodies.TAG_JSON)))
                    .limit(8)
                    .toList();
            for (Future<List<DeepValidationMessage>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(builds, DeepProfileValidator.chainBuilds(), "no further chain was built");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in body");
    }
}
