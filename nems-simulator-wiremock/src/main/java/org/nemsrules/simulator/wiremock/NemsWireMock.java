package org.nemsrules.simulator.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nemsrules.simulator.Exchange;
import org.nemsrules.simulator.FailureMessage;
import org.nemsrules.simulator.HeaderField;
import org.nemsrules.simulator.NemsSimulator;
import org.nemsrules.simulator.SimulatedRequest;
import org.nemsrules.simulator.SimulatedResponse;

/**
 * NEMS's behaviour inside a team's own WireMock 3 server: requests under the NEMS base path ({@code /STU3/} unless
 * set) are answered by the NEMS simulator, judged by the same rules as {@code nems-check}; every other request goes
 * on to the team's stubs as before.
 *
 * <pre>{@code
 * @RegisterExtension
 * static NemsWireMock nems = NemsWireMock.create();
 *
 * @RegisterExtension
 * static WireMockExtension wireMock = WireMockExtension.newInstance()
 *         .options(wireMockConfig().dynamicPort().extensions(nems))
 *         .build();
 * }</pre>
 *
 * <p>Registered as a JUnit 5 extension too, it fails a test at its end when the simulator saw a request with an
 * error during that test, and lists the findings; {@link #failOnErrors(boolean) failOnErrors(false)} leaves that to
 * the test, which reads {@link #exchanges()}.
 */
public final class NemsWireMock implements StubRequestFilterV2, BeforeEachCallback, AfterEachCallback {
    /** The path under which requests are NEMS's, as on Spine. */
    public static final String DEFAULT_BASE_PATH = "/STU3/";

    private final NemsSimulator simulator;
    private final String basePath;
    private final boolean failOnErrors;
    private final AtomicInteger seenBeforeTest = new AtomicInteger();

    private NemsWireMock(NemsSimulator simulator, String basePath, boolean failOnErrors) {
        this.simulator = simulator;
        this.basePath = basePath;
        this.failOnErrors = failOnErrors;
    }

    /** A simulator with the default rules, answering under {@code /STU3/}, failing tests on errors. */
    public static NemsWireMock create() {
        return of(NemsSimulator.builder().build());
    }

    /** The given simulator (configured validator, recording, clock), answering under {@code /STU3/}. */
    public static NemsWireMock of(NemsSimulator simulator) {
        return new NemsWireMock(Objects.requireNonNull(simulator, "simulator"), DEFAULT_BASE_PATH, true);
    }

    /** The same, answering NEMS requests under {@code basePath} instead, e.g. {@code /nems/STU3/}. */
    public NemsWireMock basePath(String basePath) {
        String path = Objects.requireNonNull(basePath, "basePath");
        return new NemsWireMock(simulator, path.endsWith("/") ? path : path + "/", failOnErrors);
    }

    /** The same, failing tests on errors or not. */
    public NemsWireMock failOnErrors(boolean fail) {
        return new NemsWireMock(simulator, basePath, fail);
    }

    @Override
    public String getName() {
        return "nems-simulator";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String path = URI.create(request.getAbsoluteUrl()).getRawPath();
        if (path == null || !path.startsWith(basePath)) {
            return RequestFilterAction.continueWith(request);
        }
        Exchange exchange = simulator.handle(new SimulatedRequest(
                request.getMethod().getName(),
                URI.create(request.getAbsoluteUrl()),
                headers(request),
                request.getBody() == null ? new byte[0] : request.getBody()));
        return RequestFilterAction.stopWith(response(exchange.response()).build());
    }

    private static List<HeaderField> headers(Request request) {
        List<HeaderField> fields = new ArrayList<>();
        for (HttpHeader header : request.getHeaders().all()) {
            for (String value : header.values()) {
                fields.add(new HeaderField(header.key(), value));
            }
        }
        return fields;
    }

    private static ResponseDefinitionBuilder response(SimulatedResponse answer) {
        ResponseDefinitionBuilder builder =
                ResponseDefinitionBuilder.responseDefinition().withStatus(answer.status());
        Map<String, List<String>> byName = new LinkedHashMap<>();
        answer.headers()
                .forEach(h ->
                        byName.computeIfAbsent(h.name(), n -> new ArrayList<>()).add(h.value()));
        byName.forEach((name, values) -> builder.withHeader(name, values.toArray(String[]::new)));
        byte[] body = answer.body();
        return body.length == 0 ? builder : builder.withBody(body);
    }

    public NemsSimulator simulator() {
        return simulator;
    }

    /** What the simulator received and answered, in order. */
    public List<Exchange> exchanges() {
        return simulator.exchanges();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        seenBeforeTest.set(simulator.exchanges().size());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!failOnErrors) {
            return;
        }
        List<Exchange> all = simulator.exchanges();
        List<Exchange> withErrors = all.subList(Math.min(seenBeforeTest.get(), all.size()), all.size()).stream()
                .filter(Exchange::hasErrors)
                .toList();
        if (!withErrors.isEmpty()) {
            throw new AssertionError(FailureMessage.of(withErrors));
        }
    }
}
