package org.nemsrules.simulator.server.junit;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.nemsrules.assertions.NemsAssertions;
import org.nemsrules.config.ConfigException;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.simulator.Exchange;
import org.nemsrules.simulator.FailureMessage;
import org.nemsrules.simulator.NemsSimulator;
import org.nemsrules.simulator.server.SimulatorServer;

/**
 * A NEMS simulator for a supplier's JUnit 5 tests: one {@link SimulatorServer} on a free port for the test class,
 * started before its first test and stopped after its last. By default a test fails when the simulator received a
 * request with an error during it, with the findings listed as {@link NemsAssertions} lists them.
 *
 * <pre>{@code
 * @RegisterExtension
 * static NemsSimulatorExtension nems = NemsSimulatorExtension.builder()
 *         .config(Path.of("nems-rules.yaml"))
 *         .build();
 *
 * @Test
 * void subscribesToBirths(@NemsBaseUri URI base) {
 *     new NemsClient(base).subscribe(patient);          // the supplier's own code
 *     assertEquals(1, nems.simulator().subscriptions().size());
 * }
 * }</pre>
 *
 * <p>Register it in a {@code static} field: the server lives as long as the class. Tests of the class share the
 * subscriptions held. Test methods running in parallel are told apart by nothing but time, so a parallel test may
 * be failed for another's request.
 */
public final class NemsSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(NemsSimulatorExtension.class);
    private static final String EXCHANGES_BEFORE = "exchangesBefore";

    private final Builder options;
    private SimulatorServer server;
    /** The class whose {@code beforeAll} started the server: nested classes share it and must not stop it. */
    private String startedBy;

    /** The defaults, for {@code @ExtendWith(NemsSimulatorExtension.class)} and {@link NemsSimulatorTest}. */
    public NemsSimulatorExtension() {
        this(new Builder());
    }

    private NemsSimulatorExtension(Builder options) {
        this.options = options.copy();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (server != null) {
            return;
        }
        server = SimulatorServer.builder(simulatorOf(options)).port(0).start();
        startedBy = context.getUniqueId();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (server != null && context.getUniqueId().equals(startedBy)) {
            try {
                server.close();
            } finally {
                server = null;
                startedBy = null;
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE)
                .put(EXCHANGES_BEFORE, running().simulator().exchanges().size());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Integer before = context.getStore(NAMESPACE).get(EXCHANGES_BEFORE, Integer.class);
        if (!options.failOnErrors || before == null || server == null) {
            return;
        }
        List<Exchange> exchanges = server.simulator().exchanges();
        // A reset during the test forgets the earlier exchanges: then every one left is this test's.
        List<Exchange> erroneous = exchanges.subList(Math.min(before, exchanges.size()), exchanges.size()).stream()
                .filter(Exchange::hasErrors)
                .toList();
        if (!erroneous.isEmpty()) {
            throw new AssertionError(FailureMessage.of(erroneous));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return (type == URI.class && parameter.isAnnotated(NemsBaseUri.class))
                || type == NemsSimulator.class
                || type == SimulatorServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (server == null) {
            throw new ParameterResolutionException("the NEMS simulator is not running: register "
                    + "NemsSimulatorExtension in a static field (or with @ExtendWith on the class)");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == URI.class) {
            return server.baseUri();
        }
        return type == NemsSimulator.class ? server.simulator() : server;
    }

    /** The API's base, e.g. {@code http://127.0.0.1:41234/STU3}; while the test class runs. */
    public URI baseUri() {
        return running().baseUri();
    }

    /** The simulator: the exchanges it received and the subscriptions it holds; while the test class runs. */
    public NemsSimulator simulator() {
        return running().simulator();
    }

    /** The server; while the test class runs. */
    public SimulatorServer server() {
        return running();
    }

    private synchronized SimulatorServer running() {
        if (server == null) {
            throw new IllegalStateException("the NEMS simulator is not running: it runs from the test class's "
                    + "beforeAll to its afterAll, when NemsSimulatorExtension is registered in a static field");
        }
        return server;
    }

    private static NemsSimulator simulatorOf(Builder options) {
        NemsValidator.Builder validator = NemsValidator.builder();
        NemsSimulator.Builder simulator = NemsSimulator.builder();
        if (options.config != null) {
            SupplierConfig config;
            try {
                config = SupplierConfig.load(options.config);
            } catch (ConfigException e) {
                throw new IllegalArgumentException(
                        "the NEMS simulator's configuration " + options.config + " could not be read: "
                                + e.getMessage(),
                        e);
            }
            if (options.answerAs != null) {
                config = config.judging(options.answerAs);
                simulator.standsFor(
                        URI.create(config.environments().get(options.answerAs).endpoint()));
            }
            config.applyTo(validator);
        } else if (options.answerAs != null) {
            throw new IllegalArgumentException("the NEMS simulator can answer as environment '" + options.answerAs
                    + "' only with a configuration that names it: set config(file) too");
        }
        if (options.fixedInstant != null) {
            // The configuration's own judging instant gives way to the test's: the test sets the clock.
            validator.judgingInstant(options.fixedInstant);
            simulator.clock(Clock.fixed(options.fixedInstant, ZoneOffset.UTC));
        }
        Optional.ofNullable(options.recordTo).ifPresent(simulator::recordTo);
        return simulator.validator(validator.build()).build();
    }

    /** Sets up the extension. */
    public static final class Builder {
        private Path config;
        private String answerAs;
        private boolean failOnErrors = true;
        private Path recordTo;
        private Instant fixedInstant;

        private Builder() {}

        /** A supplier configuration ({@code nems-rules.yaml}): its ASIDs, severities and judging instant. */
        public Builder config(Path file) {
            this.config = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Answers as the environment {@code name} of the configuration: every request is judged and recorded as if
         * sent to that environment's endpoint, the one environment judged (as {@code nems-check serve --as}). Without
         * it, a configuration with environments finds every request to the simulator's own address under none of
         * them ({@code config.environment}). Needs {@link #config}.
         */
        public Builder answerAs(String name) {
            this.answerAs = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Whether a test fails when the simulator received a request with an error during it; {@code true} unless
         * set. With {@code false}, tests read {@link NemsSimulatorExtension#simulator()}'s exchanges themselves.
         */
        public Builder failOnErrors(boolean fail) {
            this.failOnErrors = fail;
            return this;
        }

        /** Records every exchange as a HAR file in {@code directory}, for {@code nems-check} or a bug report. */
        public Builder recordTo(Path directory) {
            this.recordTo = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** The simulator's clock stands still at {@code instant}, and tokens are judged as of it. */
        public Builder fixedInstant(Instant instant) {
            this.fixedInstant = Objects.requireNonNull(instant, "instant");
            return this;
        }

        public NemsSimulatorExtension build() {
            return new NemsSimulatorExtension(this);
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.config = config;
            copy.answerAs = answerAs;
            copy.failOnErrors = failOnErrors;
            copy.recordTo = recordTo;
            copy.fixedInstant = fixedInstant;
            return copy;
        }
    }
}
