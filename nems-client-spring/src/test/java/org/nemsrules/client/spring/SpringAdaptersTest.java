package org.nemsrules.client.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.client.SampleRequests.UNKNOWN_EVENT;
import static org.nemsrules.client.SampleRequests.VALID;
import static org.nemsrules.client.SampleRequests.comparable;
import static org.nemsrules.client.SampleRequests.errors;
import static org.nemsrules.client.SampleRequests.first;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.client.CheckedRequest;
import org.nemsrules.client.FindingSink;
import org.nemsrules.client.NemsRequestCheck;
import org.nemsrules.client.NemsRequestRejectedException;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.model.Header;
import org.nemsrules.model.Interaction;
import org.nemsrules.simulator.server.junit.NemsSimulatorExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/** RestTemplate, RestClient and WebClient with the adapters, sending to a real simulator over a socket. */
class SpringAdaptersTest {
    /** Fields the client sets itself from the connection. */
    private static final List<String> SET_BY_CLIENT = List.of("host", "content-length");

    /** One simulator for the class, started and stopped by the project's own extension; the tests judge its exchanges. */
    @RegisterExtension
    static NemsSimulatorExtension server =
            NemsSimulatorExtension.builder().failOnErrors(false).build();

    @BeforeEach
    void forget() {
        server.simulator().reset();
    }

    /** The build runs these tests on Spring 6.2, then once more on Spring 7.0 (nems.spring.line, in the pom). */
    @Test
    void theSpringLineUnderTestIsTheOneTheBuildAskedFor() {
        String line = System.getProperty("nems.spring.line", "6.");
        String version = org.springframework.core.SpringVersion.getVersion();
        assertTrue(version != null && version.startsWith(line), version + " is not Spring " + line);
    }

    @Test
    void restTemplateSendsAValidCreateAsEncodedAndNeverAnInvalidOne() {
        FindingSink sink = new FindingSink();
        RestTemplate template = new RestTemplate();
        template.getInterceptors()
                .add(new NemsClientHttpRequestInterceptor(
                        NemsRequestCheck.builder().reject().report(sink).build()));
        Interaction valid = first(VALID);

        ResponseEntity<String> created = template.exchange(requestEntity(valid), String.class);

        assertEquals(201, created.getStatusCode().value());
        assertArrayEquals(
                valid.body().bytes(),
                server.simulator().exchanges().get(0).request().body());
        assertEquals(List.of(), errors(sink.checked().get(0).findings()));

        Interaction invalid = first(UNKNOWN_EVENT);
        ResourceAccessException e = assertThrows(
                ResourceAccessException.class, () -> template.exchange(requestEntity(invalid), String.class));
        assertTrue(e.getCause() instanceof NemsRequestRejectedException, String.valueOf(e.getCause()));
        assertEquals(1, server.simulator().exchanges().size(), "the rejected request reached the simulator");
    }

    @Test
    void restClientSendsAValidCreateAndNeverAnInvalidOne() {
        RestClient client = restClient()
                .requestInterceptor(new NemsClientHttpRequestInterceptor(
                        NemsRequestCheck.builder().build()))
                .build();
        Interaction valid = first(VALID);

        ResponseEntity<Void> created = post(client, valid);

        assertEquals(201, created.getStatusCode().value());
        Interaction invalid = first(UNKNOWN_EVENT);
        ResourceAccessException e = assertThrows(ResourceAccessException.class, () -> post(client, invalid));
        assertTrue(e.getCause() instanceof NemsRequestRejectedException, String.valueOf(e.getCause()));
        assertEquals(1, server.simulator().exchanges().size());
    }

    /** WebClient: the bytes its encoder wrote are judged, a rejected request is never written, a read is judged too. */
    @Test
    void webClientIsCheckedAsItWritesTheRequest() {
        FindingSink sink = new FindingSink();
        WebClient client = WebClient.builder()
                .clientConnector(new JdkClientHttpConnector())
                .filter(new NemsExchangeFilterFunction(
                        NemsRequestCheck.builder().reject().report(sink).build()))
                .build();
        Interaction valid = first(VALID);

        ResponseEntity<Void> created = client.post()
                .uri(target(valid))
                .headers(h -> copyHeaders(valid, h))
                .bodyValue(valid.body().text())
                .retrieve()
                .toBodilessEntity()
                .block();

        assertEquals(201, created.getStatusCode().value());
        assertArrayEquals(
                valid.body().bytes(),
                server.simulator().exchanges().get(0).request().body());
        assertEquals(List.of(), errors(sink.checked().get(0).findings()));
        assertArrayEquals(
                valid.body().bytes(), sink.checked().get(0).request().body().bytes());

        Interaction invalid = first(UNKNOWN_EVENT);
        Exception e = assertThrows(
                Exception.class,
                () -> client.post()
                        .uri(target(invalid))
                        .headers(h -> copyHeaders(invalid, h))
                        .bodyValue(invalid.body().text())
                        .retrieve()
                        .toBodilessEntity()
                        .block());
        assertTrue(causedByRejection(e), e.toString());
        assertEquals(1, server.simulator().exchanges().size(), "the rejected request reached the simulator");

        Interaction read = first("valid/read.http");
        int status = client.get()
                .uri(target(read))
                .headers(h -> copyHeaders(read, h))
                .exchangeToMono(response ->
                        reactor.core.publisher.Mono.just(response.statusCode().value()))
                .block();
        assertEquals(404, status, "a read of a subscription the simulator does not hold");
        assertEquals(3, sink.checked().size());
        assertEquals("GET", sink.checked().get(2).request().method());
    }

    /**
     * WebClient with a body published in two parts, as a streamed body is: the check judges the whole of it, the
     * simulator receives the same bytes; then the subscription is deleted through the same filter.
     */
    @Test
    void webClientJudgesAStreamedBodyWholeAndADelete() {
        FindingSink sink = new FindingSink();
        WebClient client = WebClient.builder()
                .clientConnector(new JdkClientHttpConnector())
                .filter(new NemsExchangeFilterFunction(
                        NemsRequestCheck.builder().reject().report(sink).build()))
                .build();
        Interaction valid = first(VALID);
        String text = valid.body().text();
        int half = text.length() / 2;

        ResponseEntity<Void> created = client.post()
                .uri(target(valid))
                .headers(h -> copyHeaders(valid, h))
                .body(reactor.core.publisher.Flux.just(text.substring(0, half), text.substring(half)), String.class)
                .retrieve()
                .toBodilessEntity()
                .block();

        assertEquals(201, created.getStatusCode().value());
        assertArrayEquals(
                valid.body().bytes(),
                server.simulator().exchanges().get(0).request().body());
        assertArrayEquals(
                valid.body().bytes(), sink.checked().get(0).request().body().bytes());
        Interaction delete = first("valid/delete.http");
        int deleted = client.delete()
                .uri(server.baseUri().resolve(created.getHeaders().getLocation().getRawPath()))
                .headers(h -> copyHeaders(delete, h))
                .exchangeToMono(response ->
                        reactor.core.publisher.Mono.just(response.statusCode().value()))
                .block();
        assertEquals(200, deleted);
        assertEquals(
                List.of("POST", "DELETE"),
                sink.checked().stream().map(c -> c.request().method()).toList());
        for (CheckedRequest checked : sink.checked()) {
            assertEquals(
                    List.of(), errors(checked.findings()), checked.request().method());
        }
    }

    /** Create, read and delete with a RestClient, each checked on its way: the read and the delete without a body. */
    @Test
    void aCreatedSubscriptionIsReadAndDeletedThroughTheInterceptor() {
        FindingSink sink = new FindingSink();
        RestClient client = restClient()
                .requestInterceptor(new NemsClientHttpRequestInterceptor(
                        NemsRequestCheck.builder().report(sink).build()))
                .build();
        URI location = post(client, first(VALID)).getHeaders().getLocation();
        URI at = server.baseUri().resolve(location.getRawPath());
        Interaction read = first("valid/read.http");
        int readStatus = client.get()
                .uri(at)
                .headers(h -> copyHeaders(read, h))
                .exchange((request, response) -> response.getStatusCode().value());
        Interaction delete = first("valid/delete.http");
        int deleteStatus = client.delete()
                .uri(at)
                .headers(h -> copyHeaders(delete, h))
                .exchange((request, response) -> response.getStatusCode().value());

        assertEquals(200, readStatus);
        assertEquals(200, deleteStatus);
        assertEquals(
                List.of("POST", "GET", "DELETE"),
                sink.checked().stream().map(c -> c.request().method()).toList());
        for (CheckedRequest checked : sink.checked()) {
            assertEquals(
                    List.of(), errors(checked.findings()), checked.request().method());
        }
    }

    @Test
    void eightThreadsShareOneRestClient() throws Exception {
        FindingSink sink = new FindingSink();
        RestClient client = restClient()
                .requestInterceptor(new NemsClientHttpRequestInterceptor(
                        NemsRequestCheck.builder().report(sink).build()))
                .build();
        Interaction valid = first(VALID);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> codes = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> client.post()
                        .uri(target(valid))
                        .headers(h -> copyHeaders(valid, h))
                        .body(valid.body().text())
                        .exchange(
                                (request, response) -> response.getStatusCode().value())));
            }
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // One subscription is created; the simulator refuses the 39 identical ones as duplicates.
        assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
        assertEquals(39, codes.stream().filter(c -> c == 409).count(), codes.toString());
        assertEquals(40, sink.checked().size());
    }

    /** Each recording reads back with the findings the live check gave, on the same lines. */
    @Test
    void recordingsReadBackWithTheLiveFindings(@TempDir Path dir) {
        FindingSink sink = new FindingSink();
        RestClient client = restClient()
                .requestInterceptor(new NemsClientHttpRequestInterceptor(
                        NemsRequestCheck.builder().report(sink).record(dir).build()))
                .build();
        WebClient webClient = WebClient.builder()
                .clientConnector(new JdkClientHttpConnector())
                .filter(new NemsExchangeFilterFunction(NemsRequestCheck.builder()
                        .report(sink)
                        .record(dir.resolve("web"))
                        .build()))
                .build();
        for (String name : List.of(VALID, UNKNOWN_EVENT, "valid/create-generic.json.http")) {
            Interaction sample = first(name);
            client.post()
                    .uri(target(sample))
                    .headers(h -> copyHeaders(sample, h))
                    .body(sample.body().text())
                    .exchange((request, response) -> response.getStatusCode().value());
            webClient
                    .post()
                    .uri(target(sample))
                    .headers(h -> copyHeaders(sample, h))
                    .bodyValue(sample.body().text())
                    .exchangeToMono(response -> reactor.core.publisher.Mono.just(
                            response.statusCode().value()))
                    .block();
        }
        NemsValidator reader = NemsValidator.builder().build();
        for (CheckedRequest live : sink.checked()) {
            List<Finding> recorded =
                    reader.validateFile(live.recording().orElseThrow()).findings();
            assertEquals(
                    comparable(live.findings()),
                    comparable(recorded),
                    live.recording().toString());
        }
        assertEquals(6, sink.checked().size());
    }

    /**
     * A RestClient on the JDK's HttpClient. Left to choose, RestClient takes Apache HttpClient 5 when it is on the
     * class path, and nems-rules brings 5.1 there (through Saxon's xmlresolver), older than Spring 6.2 needs.
     */
    private static RestClient.Builder restClient() {
        return RestClient.builder().requestFactory(new JdkClientHttpRequestFactory());
    }

    private static ResponseEntity<Void> post(RestClient client, Interaction sample) {
        return client.post()
                .uri(target(sample))
                .headers(h -> copyHeaders(sample, h))
                .body(sample.body().text())
                .retrieve()
                .toBodilessEntity();
    }

    private static boolean causedByRejection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NemsRequestRejectedException) {
                return true;
            }
        }
        return false;
    }

    private static URI target(Interaction sample) {
        return server.baseUri().resolve(URI.create(sample.target()).getRawPath());
    }

    /**
     * The sample's fields but those the client sets itself, added one by one: the tests run on Spring 6.2 and 7.0
     * from one compilation, and only methods both lines declare alike may be called ({@code HttpHeaders} is a
     * {@code MultiValueMap} in 6.2, not in 7.0).
     */
    private static void copyHeaders(Interaction sample, HttpHeaders to) {
        for (Header h : sample.headers().all()) {
            if (!SET_BY_CLIENT.contains(h.name().toLowerCase(Locale.ROOT))) {
                to.add(h.name(), h.value());
            }
        }
    }

    /** The sample's create as a RestTemplate request. */
    private static RequestEntity<String> requestEntity(Interaction sample) {
        RequestEntity.BodyBuilder builder = RequestEntity.post(target(sample));
        for (Header h : sample.headers().all()) {
            if (!SET_BY_CLIENT.contains(h.name().toLowerCase(Locale.ROOT))) {
                builder.header(h.name(), h.value());
            }
        }
        return builder.body(sample.body().text());
    }
}
