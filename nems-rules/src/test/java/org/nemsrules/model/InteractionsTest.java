package org.nemsrules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.model.SubscriptionRequests.CREATE_URI;
import static org.nemsrules.model.SubscriptionRequests.SUBSCRIPTION_XML;
import static org.nemsrules.model.SubscriptionRequests.TOKEN;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.ValidationReport;

class InteractionsTest {
    private static final NemsValidator VALIDATOR =
            NemsValidator.builder().threads(1).build();

    @Test
    void aValidCreateBuiltWithHttpRequestIsValid() {
        ValidationReport report =
                VALIDATOR.validateRequest(SubscriptionRequests.create().build());

        assertTrue(report.isEmpty(), report::describe);
        assertEquals(1, report.requests().size());
    }

    @Test
    void theBodyIsReadFromThePublisherOrTakenAsGiven() {
        HttpRequest request = SubscriptionRequests.create().build();

        Interaction read = Interactions.from(request);
        Interaction given = Interactions.from(request, SUBSCRIPTION_XML);
        Interaction givenBytes = Interactions.from(request, SUBSCRIPTION_XML.getBytes(StandardCharsets.UTF_8));

        assertEquals(SUBSCRIPTION_XML, read.body().text());
        assertEquals(read, given);
        assertEquals(read, givenBytes);
    }

    @Test
    void aBodyGivenSeparatelyIsTheOneValidatedNotThePublishers() {
        HttpRequest request = SubscriptionRequests.create()
                .POST(BodyPublishers.ofString("not sent"))
                .build();

        assertTrue(VALIDATOR.validateRequest(request, SUBSCRIPTION_XML).isValid());
        assertTrue(VALIDATOR.validateRequest(request).hasFinding("subscription.unparseable"));
    }

    @Test
    void aPublisherOfManyBuffersIsReadWhole() {
        List<byte[]> chunks = SUBSCRIPTION_XML
                .lines()
                .map(l -> (l + "\n").getBytes(StandardCharsets.UTF_8))
                .toList();
        HttpRequest request = SubscriptionRequests.create()
                .POST(BodyPublishers.ofByteArrays(chunks))
                .build();

        assertEquals(SUBSCRIPTION_XML, Interactions.from(request).body().text());
    }

    @Test
    void aRequestWithoutBodyHasAnEmptyBody() {
        HttpRequest read =
                HttpRequest.newBuilder(URI.create(CREATE_URI + "/abc")).GET().build();
        HttpRequest delete =
                HttpRequest.newBuilder(URI.create(CREATE_URI + "/abc")).DELETE().build();
        HttpRequest noBody =
                HttpRequest.newBuilder(CREATE_URI).POST(BodyPublishers.noBody()).build();

        assertTrue(Interactions.from(read).body().isEmpty());
        assertTrue(Interactions.from(delete).body().isEmpty());
        assertTrue(Interactions.from(noBody).body().isEmpty());
    }

    @Test
    void aPublisherThatFailsIsAnIllegalArgumentThatSaysWhatToDoInstead() {
        Flow.Publisher<ByteBuffer> failing = subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                subscriber.onError(new IllegalStateException("stream closed"));
            }

            @Override
            public void cancel() {}
        });
        HttpRequest request = SubscriptionRequests.create()
                .POST(BodyPublishers.fromPublisher(failing))
                .build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Interactions.from(request));
        assertTrue(e.getMessage().contains("stream closed"), e.getMessage());
        assertTrue(e.getMessage().contains("pass the body as a String or byte[] instead"), e.getMessage());
    }

    @Test
    void aPublisherOnAnotherThreadIsWaitedFor() throws Exception {
        try (SubmissionPublisher<ByteBuffer> publisher = new SubmissionPublisher<>()) {
            HttpRequest request = SubscriptionRequests.create()
                    .POST(BodyPublishers.fromPublisher(publisher))
                    .build();
            Thread sender = new Thread(() -> {
                while (publisher.getNumberOfSubscribers() == 0) {
                    Thread.onSpinWait();
                }
                publisher.submit(ByteBuffer.wrap(SUBSCRIPTION_XML.getBytes(StandardCharsets.UTF_8)));
                publisher.close();
            });
            sender.start();

            assertEquals(SUBSCRIPTION_XML, Interactions.from(request).body().text());
            sender.join();
        }
    }

    @Test
    void aBodyLargerThanTenMegabytesIsRefused() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        HttpRequest request = SubscriptionRequests.create()
                .POST(BodyPublishers.ofByteArray(large))
                .build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Interactions.from(request));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void partsGetTheLinesTheyWouldHaveInAnHttpFile() {
        Interaction request = Interactions.request("POST", CREATE_URI)
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/fhir+xml")
                .body(SUBSCRIPTION_XML)
                .build();

        assertEquals(Origin.PROGRAMMATIC, request.origin());
        assertEquals(Interactions.DEFAULT_NAME, request.file());
        assertEquals(1, request.line());
        assertEquals(
                List.of(2, 3),
                request.headers().all().stream().map(Header::line).toList());
        assertEquals(5, request.body().line(), "after the headers and a blank line");
        String[] lines = Interactions.toHttpText(request).split("\n");
        assertEquals("POST " + CREATE_URI + " HTTP/1.1", lines[0]);
        assertEquals("Content-Type: application/fhir+xml", lines[2]);
        assertEquals("", lines[3]);
        assertEquals(SUBSCRIPTION_XML.lines().findFirst().orElseThrow(), lines[4]);
    }

    @Test
    void theLayoutWrittenOutReadsBackAsTheSameRequest() {
        Interaction built = Interactions.from(SubscriptionRequests.create().build());

        Interaction read = new org.nemsrules.recording.HttpFileReader()
                .read(Interactions.DEFAULT_NAME, Interactions.toHttpText(built).getBytes(StandardCharsets.UTF_8))
                .interactions()
                .get(0);

        assertEquals(built.target(), read.target());
        assertEquals(built.headers(), read.headers());
        // the reader ends a body at its last non-blank line
        assertEquals(built.body().text().stripTrailing(), read.body().text());
        assertEquals(built.body().line(), read.body().line());
    }

    @Test
    void theLayoutSavedAsARecordingGivesTheSameFindingsOnTheSameLines() {
        HttpRequest request = SubscriptionRequests.create()
                .setHeader("toASID", "12345")
                .POST(BodyPublishers.ofString(SUBSCRIPTION_XML.replace("requested", "active")))
                .build();
        Interaction built = Interactions.from(request);
        org.nemsrules.recording.Recording saved = new org.nemsrules.recording.HttpFileReader()
                .read(Interactions.DEFAULT_NAME, Interactions.toHttpText(built).getBytes(StandardCharsets.UTF_8));

        List<Finding> fromCode = VALIDATOR.validateRequest(built).findings();
        List<Finding> fromFile = VALIDATOR.validate(saved).findings();

        assertEquals(
                List.of("header.asid-format", "subscription.status"),
                fromCode.stream().map(Finding::ruleId).sorted().toList());
        assertEquals(fromCode, fromFile);
    }

    @Test
    void aFaultIsFoundByTheRightRuleOnTheLineOfItsHeader() {
        HttpRequest request =
                SubscriptionRequests.create().setHeader("toASID", "12345").build();

        List<Finding> findings = VALIDATOR.validateRequest(request).findings();

        assertEquals(
                List.of("header.asid-format"),
                findings.stream().map(Finding::ruleId).toList());
        // HttpHeaders sorts names: Accept, Authorization, Content-Type, fromASID, InteractionID, toASID.
        assertEquals("request", findings.get(0).location().file());
        assertEquals(7, findings.get(0).location().line());
        assertEquals("header:toASID", findings.get(0).location().path());
    }

    @Test
    void aFaultInTheBodyIsOnTheLineOfItsElement() {
        String body = SUBSCRIPTION_XML.replace("<status value=\"requested\"/>", "<status value=\"active\"/>");

        List<Finding> findings = VALIDATOR
                .validateRequest(SubscriptionRequests.create().build(), body)
                .findings();

        assertEquals(
                List.of("subscription.status"),
                findings.stream().map(Finding::ruleId).toList());
        // line 1 request, 2-7 headers, 8 blank, 9 the XML declaration: status is the body's sixth line.
        assertEquals(14, findings.get(0).location().line());
    }

    @Test
    void aPlainRequestIsValidatedLikeAnHttpRequest() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        SubscriptionRequests.create().build().headers().map().forEach(headers::put);

        ValidationReport plain = VALIDATOR.validateRequest("POST", CREATE_URI, headers, SUBSCRIPTION_XML);
        ValidationReport wrongMethod = VALIDATOR.validateRequest("PUT", CREATE_URI, headers, SUBSCRIPTION_XML);

        assertTrue(plain.isEmpty(), plain::describe);
        assertTrue(wrongMethod.hasFinding("http.unsupported-method"), wrongMethod::describe);
        assertEquals(
                1,
                wrongMethod
                        .forRule("http.unsupported-method")
                        .findings()
                        .get(0)
                        .location()
                        .line());
    }

    @Test
    void aNamedRequestIsShownByItsName() {
        Interaction request = Interactions.request("GET", "/STU3/Subscription/abc")
                .name("read by id")
                .build();

        ValidationReport report = VALIDATOR.validateRequest(request);

        assertTrue(
                report.findings().stream().allMatch(f -> f.location().file().equals("read by id")), report::describe);
        assertTrue(report.describe().contains("read by id:1: error jwt.missing-authorization"), report::describe);
    }
}
