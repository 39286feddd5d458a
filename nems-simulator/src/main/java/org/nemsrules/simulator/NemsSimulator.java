package org.nemsrules.simulator;

import com.nimbusds.jwt.JWTParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.model.Body;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionClassification;
import org.nemsrules.model.Interactions;
import org.nemsrules.recording.Recording;
import org.nemsrules.recording.RecordingReader;
import org.nemsrules.report.OperationOutcomeReportWriter;
import org.nemsrules.report.SpineErrorCode;
import org.nemsrules.report.ToolInfo;

/**
 * A NEMS Subscription API that answers as NEMS would and says why: every request is judged by a
 * {@link NemsValidator}, the same as {@code nems-check} judges a recording of it, and
 *
 * <ul>
 *   <li>a request with an error gets the status and the {@code OperationOutcome} that {@code --format
 *       operation-outcome} predicts for it (the same code builds both), in the format its {@code Accept} asks for;
 *   <li>a create without an error is stored under a new id and answered {@code 201 Created} with a
 *       {@code Location} and no body (R-HTTP-09), or with the deprecation warnings when an event is deprecated;
 *       a second subscription with the same criteria from the same organisation is refused, {@code 409
 *       DUPLICATE_REJECTED} (inferred: the pages do not say);
 *   <li>a read answers {@code 200} with the Subscription as NEMS holds it: its id, {@code meta.versionId} 1,
 *       {@code meta.lastUpdated} and status {@code active} (NEMS activates a requested subscription itself; the
 *       simulator does it at once); an unknown id gets {@code 404 NO_RECORD_FOUND};
 *   <li>a delete answers {@code 200} with no body and forgets the subscription; an unknown id gets {@code 404}.
 * </ul>
 *
 * <p>No HTTP server here: {@code nems-simulator-server} serves it, and any stub server can hand it requests.
 * Thread-safe: one simulator serves many clients at once.
 */
public final class NemsSimulator {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "bearer ";
    /** Where NEMS's Subscription API starts on a host; the simulator's servers serve it there too. */
    private static final String BASE_PATH = "/STU3";

    private final NemsValidator validator;
    private final Clock clock;
    private final Optional<HarRecorder> recorder;
    private final long maxBodyBytes;
    private final Optional<URI> standsFor;
    private final OperationOutcomeReportWriter outcomes = new OperationOutcomeReportWriter(ToolInfo.current());
    private final Map<String, RuleMetadata> rules;
    private final SubscriptionStore store = new SubscriptionStore();
    private final AtomicLong sequence = new AtomicLong();
    private final List<Exchange> exchanges = new ArrayList<>();

    private NemsSimulator(Builder builder) {
        this.validator = Objects.requireNonNull(builder.validator, "validator");
        this.clock = builder.clock;
        this.recorder = Optional.ofNullable(builder.recordTo).map(HarRecorder::new);
        this.maxBodyBytes = builder.maxBodyBytes;
        this.standsFor = Optional.ofNullable(builder.standsFor);
        this.rules = Stream.concat(validator.catalog().metadata().stream(), SimulatorAnswer.all().stream())
                .collect(Collectors.toMap(RuleMetadata::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The largest body the simulator reads; a server answers a larger one with {@link #refuseOversized}. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The directory exchanges are recorded in, when the simulator records. */
    public Optional<Path> recordingDirectory() {
        return recorder.map(HarRecorder::directory);
    }

    /**
     * Loads and initialises what answering takes (the rules, HAPI's parsers and encoders), without answering,
     * storing, recording or remembering anything. A server calls it on a thread of its own while it starts, so that
     * its first answer is not its slowest; nothing is lost if a request comes first, as it then does the same work.
     */
    public void warmUp() {
        String body = "<Subscription xmlns=\"http://hl7.org/fhir\"><status value=\"requested\"/>"
                + "<criteria value=\"/Bundle?type=message\"/><channel><type value=\"message\"/></channel>"
                + "</Subscription>";
        SimulatedRequest create = new SimulatedRequest(
                "POST",
                java.net.URI.create("http://localhost/STU3/Subscription"),
                List.of(new HeaderField("Content-Type", "application/fhir+xml;charset=utf-8")),
                body.getBytes(StandardCharsets.UTF_8));
        OperationOutcome answer = outcomes.answer(validator.validate(interaction(create)), rules);
        for (AnswerFormat format : AnswerFormat.all()) {
            format.encode(answer);
        }
        AnswerFormat.ofBody(create).parser().parseResource(Subscription.class, body);
    }

    /**
     * Judges one request, answers it, records the exchange when asked to, and remembers it. When the simulator stands
     * for an endpoint ({@link Builder#standsFor}), the request is judged, recorded and remembered as sent to that
     * endpoint; the {@code Location} of a create still names the simulator, where the client reads it back.
     */
    public Exchange handle(SimulatedRequest request) {
        Instant received = clock.instant();
        long number = sequence.incrementAndGet();
        SimulatedRequest judged = asJudged(request);
        Interaction interaction = interaction(judged);
        List<Finding> findings = HarRecorder.utf8(judged.body()).isPresent()
                ? validator.validate(interaction)
                : asRecorded(judged, received);
        SimulatedResponse response = answer(request, interaction, findings, received);
        Optional<Path> recording = recorder.map(r -> r.record(number, received, interaction.kind(), judged, response));
        return remember(new Exchange(number, received, judged, response, findings, recording));
    }

    /** The request as the rules see it: as sent, or, when the simulator stands for an endpoint, sent there. */
    SimulatedRequest asJudged(SimulatedRequest request) {
        return standsFor.map(endpoint -> sentTo(endpoint, request)).orElse(request);
    }

    /**
     * {@code request} as if sent to {@code endpoint}: its scheme and authority, its path before the request's own
     * ({@code https://host/nems} and {@code /STU3/Subscription} give {@code https://host/nems/STU3/Subscription}; an
     * endpoint that already ends in {@code /STU3} does not get it twice), the query as sent.
     */
    static SimulatedRequest sentTo(URI endpoint, SimulatedRequest request) {
        String base = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String path = request.uri().getRawPath() == null ? "" : request.uri().getRawPath();
        if (base.endsWith(BASE_PATH) && (path.equals(BASE_PATH) || path.startsWith(BASE_PATH + "/"))) {
            path = path.substring(BASE_PATH.length());
        }
        String query =
                request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery();
        URI judged = URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + base + path + query);
        return new SimulatedRequest(
                request.method(), judged, request.headers(), request.body(), request.clientCertificate());
    }

    /**
     * Answers a request whose body is larger than {@link #maxBodyBytes()}: {@code 413}, without reading or judging
     * the body. The exchange is remembered but not recorded, since its body was not kept.
     */
    public Exchange refuseOversized(SimulatedRequest headersOnly, long bodyBytes) {
        Instant received = clock.instant();
        long number = sequence.incrementAndGet();
        Finding tooLarge = SimulatorAnswer.TOO_LARGE.finding(
                String.format(
                        "the request body has %,d bytes or more, over the simulator's bound of %,d bytes",
                        bodyBytes, maxBodyBytes),
                "");
        SimulatedResponse response = outcome(413, List.of(tooLarge), AnswerFormat.of(headersOnly));
        return remember(
                new Exchange(number, received, asJudged(headersOnly), response, List.of(tooLarge), Optional.empty()));
    }

    private Exchange remember(Exchange exchange) {
        synchronized (exchanges) {
            exchanges.add(exchange);
        }
        return exchange;
    }

    /** Every exchange so far, in the order they were answered. */
    public List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** The subscriptions held now, by id, in the order they were created; copies. */
    public Map<String, Subscription> subscriptions() {
        Map<String, Subscription> held = new LinkedHashMap<>();
        store.all().forEach(s -> held.put(s.id(), s.subscription()));
        return held;
    }

    /** Forgets every subscription and exchange; the sequence of recording names goes on. */
    public void reset() {
        store.clear();
        synchronized (exchanges) {
            exchanges.clear();
        }
    }

    /**
     * The request as the rules see the recording of it: the same method, URL, header fields and bytes, laid out as
     * the HAR recording lays them out. A HAR holds the body as one JSON string, so every finding in the body stands on
     * that one line and findings on it keep the order the rules made them in; were the body's own lines kept here,
     * two findings in the body (meta.versionId on one line, meta.lastUpdated on the next) would be sorted, answered and
     * predicted in another order than {@code nems-check} gives for the recording.
     */
    static Interaction interaction(SimulatedRequest request) {
        Interactions.Builder builder =
                Interactions.request(request.method(), request.uri().toString());
        request.headers().forEach(h -> builder.header(h.name(), h.value()));
        Interaction laidOut = builder.body(request.body()).build();
        return new Interaction(
                laidOut.file(),
                laidOut.index(),
                laidOut.origin(),
                laidOut.method(),
                laidOut.target(),
                laidOut.line(),
                laidOut.headers(),
                Body.standingOn(request.body(), laidOut.body().line()));
    }

    /**
     * The findings of a request whose body is not UTF-8, as {@code nems-check} gives them for the HAR recording of
     * it: the reader refuses such a body ({@code recording.invalid-encoding}, R-MIME-05) and checks nothing else of
     * the request, so the simulator judges the HAR it records rather than a body it could only read garbled. The
     * recording's response is not known yet and plays no part: the request is refused before it is read.
     */
    private List<Finding> asRecorded(SimulatedRequest request, Instant received) {
        byte[] har = HarRecorder.text(received, request, new SimulatedResponse(0, List.of(), new byte[0]))
                .getBytes(StandardCharsets.UTF_8);
        Recording recording = new RecordingReader().read(Interactions.DEFAULT_NAME, har, RecordingReader.Format.HAR);
        return validator.validate(recording).findings();
    }

    private SimulatedResponse answer(
            SimulatedRequest request, Interaction interaction, List<Finding> findings, Instant received) {
        AnswerFormat format = AnswerFormat.of(request);
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return outcome(OperationOutcomeReportWriter.status(interaction.label(), findings), findings, format);
        }
        InteractionClassification shape = InteractionClassification.of(interaction);
        return switch (shape.kind()) {
            case CREATE -> create(request, findings, format, received);
            case READ -> read(request, shape.logicalId().orElse(""), format);
            case DELETE -> delete(request, shape.logicalId().orElse(""));
            case UNSUPPORTED ->
                refuse(
                        SimulatorAnswer.NOT_HANDLED,
                        request.method() + " " + request.uri().getRawPath() + " is none of create, read and delete",
                        format);
        };
    }

    private SimulatedResponse create(
            SimulatedRequest request, List<Finding> findings, AnswerFormat format, Instant received) {
        Subscription subscription;
        try {
            subscription = AnswerFormat.ofBody(request)
                    .parser()
                    .parseResource(Subscription.class, new String(request.body(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return refuse(SimulatorAnswer.UNREADABLE_BODY, "the body could not be read: " + e.getMessage(), format);
        }
        String id = newId();
        subscription.setId(id);
        subscription.getMeta().setVersionId("1").setLastUpdated(Date.from(received));
        subscription.setStatus(Subscription.SubscriptionStatus.ACTIVE);
        String organisation = organisation(request);
        Optional<SubscriptionStore.Stored> duplicate = store.storeUnlessDuplicate(id, organisation, subscription);
        if (duplicate.isPresent()) {
            return refuse(
                    SimulatorAnswer.DUPLICATE_REJECTED,
                    "the organisation (" + organisation + ") already holds subscription "
                            + duplicate.get().id() + " with the same criteria",
                    format);
        }
        List<HeaderField> headers = new ArrayList<>();
        headers.add(new HeaderField("Location", location(request, id)));
        List<Finding> deprecations = findings.stream()
                .filter(f -> SpineErrorCode.DEPRECATED.code().equals(f.spineCode()))
                .toList();
        if (deprecations.isEmpty()) {
            return new SimulatedResponse(201, headers, new byte[0]);
        }
        headers.add(new HeaderField("Content-Type", format.contentType()));
        return new SimulatedResponse(201, headers, encodedOutcome(deprecations, format));
    }

    private SimulatedResponse read(SimulatedRequest request, String id, AnswerFormat format) {
        Optional<Subscription> held = store.read(id);
        if (held.isEmpty()) {
            return notFound(request, id, format);
        }
        return new SimulatedResponse(
                200,
                List.of(new HeaderField("Content-Type", format.contentType())),
                format.encode(held.get()).getBytes(StandardCharsets.UTF_8));
    }

    private SimulatedResponse delete(SimulatedRequest request, String id) {
        if (!store.delete(id)) {
            return notFound(request, id, AnswerFormat.of(request));
        }
        return new SimulatedResponse(200, List.of(), new byte[0]);
    }

    private SimulatedResponse notFound(SimulatedRequest request, String id, AnswerFormat format) {
        return refuse(
                SimulatorAnswer.NO_RECORD_FOUND,
                "no subscription with id '" + id + "' is held (" + request.method() + " "
                        + request.uri().getRawPath() + ")",
                format);
    }

    private SimulatedResponse refuse(SimulatorAnswer answer, String message, AnswerFormat format) {
        Finding finding = answer.finding(message, "");
        return outcome(Objects.requireNonNull(answer.metadata().httpStatus()), List.of(finding), format);
    }

    private SimulatedResponse outcome(int status, List<Finding> findings, AnswerFormat format) {
        return new SimulatedResponse(
                status,
                List.of(new HeaderField("Content-Type", format.contentType())),
                encodedOutcome(findings, format));
    }

    private byte[] encodedOutcome(List<Finding> findings, AnswerFormat format) {
        return format.encode(outcomes.answer(findings, rules)).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code [base]/Subscription/{id}}, on the host and path the create was sent to. */
    static String location(SimulatedRequest request, String id) {
        String url = request.uri().toString();
        int query = url.indexOf('?');
        String withoutQuery = query < 0 ? url : url.substring(0, query);
        String trimmed =
                withoutQuery.endsWith("/") ? withoutQuery.substring(0, withoutQuery.length() - 1) : withoutQuery;
        return trimmed + "/" + id;
    }

    /**
     * Who a create comes from, for duplicates: the JWT's {@code requesting_organisation}, else the
     * {@code fromASID} header, else nobody in particular.
     */
    static String organisation(SimulatedRequest request) {
        Optional<String> token = request.header(AUTHORIZATION)
                .map(String::strip)
                .filter(v -> v.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(v -> v.substring(BEARER.length()).strip());
        if (token.isPresent()) {
            try {
                Object claim = JWTParser.parse(token.get()).getJWTClaimsSet().getClaim("requesting_organisation");
                if (claim instanceof String organisation) {
                    return organisation;
                }
            } catch (ParseException e) {
                // The rules judged the token; an unreadable one names no organisation.
            }
        }
        return request.header("fromASID").map(asid -> "ASID " + asid).orElse("(unnamed)");
    }

    /** A new logical id as NEMS writes them: 32 lower-case hexadecimal digits. */
    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Sets up a simulator. */
    public static final class Builder {
        /** Null until set, or until {@link #build()} makes the default. */
        private NemsValidator validator;

        private Clock clock = Clock.systemUTC();
        private Path recordTo;
        private long maxBodyBytes = RecordingReader.DEFAULT_MAX_BYTES;
        private URI standsFor;

        private Builder() {}

        /**
         * Answers for {@code endpoint}, such as a configured environment's {@code https://clinicals.spineservices.nhs.uk}:
         * every request is judged, recorded and remembered as if sent there, so that the rules that compare the
         * request's URL and the JWT's {@code aud} with the environment ({@code config.environment}) judge what the
         * client would send to it rather than the simulator's own address. The simulator's root stands for the
         * endpoint: {@code http://127.0.0.1:8080/STU3/Subscription} is judged as
         * {@code https://clinicals.spineservices.nhs.uk/STU3/Subscription}.
         *
         * @throws IllegalArgumentException when {@code endpoint} is not an absolute URL with a host
         */
        public Builder standsFor(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            if (!endpoint.isAbsolute() || endpoint.getRawAuthority() == null || endpoint.getHost() == null) {
                throw new IllegalArgumentException(
                        "the endpoint the simulator stands for must be an absolute URL with a host, was " + endpoint);
            }
            this.standsFor = endpoint;
            return this;
        }

        /** The validator that judges every request: built from the same configuration as the static check. */
        public Builder validator(NemsValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** The clock of {@code meta.lastUpdated} and of the recordings' times. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Records every exchange as a HAR file in {@code directory} (created when missing). */
        public Builder recordTo(Path directory) {
            this.recordTo = Objects.requireNonNull(directory, "directory");
            return this;
        }

        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive, was " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        public NemsSimulator build() {
            if (validator == null) {
                // Built here, not as the field's default: a validator costs a few hundred milliseconds to build.
                validator = NemsValidator.builder().build();
            }
            return new NemsSimulator(this);
        }
    }
}
