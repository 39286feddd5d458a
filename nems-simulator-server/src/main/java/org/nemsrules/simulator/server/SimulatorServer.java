package org.nemsrules.simulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.nemsrules.simulator.Exchange;
import org.nemsrules.simulator.NemsSimulator;

/**
 * The simulator served over HTTP, or HTTPS with {@link Builder#tls}, by Jetty 12. Clients send to {@link #baseUri()}, e.g.
 * {@code http://127.0.0.1:8080/STU3}, and create at {@code [base]/Subscription}.
 *
 * <pre>{@code
 * try (SimulatorServer server = SimulatorServer.builder(NemsSimulator.builder().build()).port(0).start()) {
 *     URI base = server.baseUri();
 *     // ... the client under test sends to base.resolve("STU3/Subscription") ...
 * }
 * }</pre>
 */
public final class SimulatorServer implements AutoCloseable {
    /** The path of the API's base on the simulator, as on Spine: {@code /STU3}. */
    public static final String BASE_PATH = "/STU3";

    private final NemsSimulator simulator;
    private final Server server;
    private final ServerConnector connector;
    private final String host;
    private final Optional<TlsSettings> tls;

    private SimulatorServer(Builder builder) {
        this.simulator = builder.simulator;
        this.host = builder.host;
        this.tls = Optional.ofNullable(builder.tls);
        QueuedThreadPool threads = new QueuedThreadPool(builder.maxThreads, 2);
        threads.setName("nems-simulator");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = tls.isPresent()
                ? new ServerConnector(
                        server,
                        new SslConnectionFactory(sslContext(tls.get()), HttpVersion.HTTP_1_1.asString()),
                        new HttpConnectionFactory(secure(http)))
                : new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(builder.host);
        connector.setPort(builder.port);
        connector.setIdleTimeout(builder.idleTimeoutMillis);
        server.addConnector(connector);
        server.setHandler(new SimulatorHandler(simulator, builder.log));
        server.setStopTimeout(2_000);
    }

    private static SslContextFactory.Server sslContext(TlsSettings settings) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(settings.keyStore().toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(settings.keyStorePassword());
        settings.trustStore().ifPresent(trust -> {
            ssl.setTrustStorePath(trust.toString());
            ssl.setTrustStoreType("PKCS12");
            ssl.setTrustStorePassword(settings.trustStorePassword());
            ssl.setNeedClientAuth(true);
        });
        if (!settings.trustedCertificates().isEmpty()) {
            // A trust store given as well keeps its place: Jetty takes one store, so the files join no other.
            if (settings.trustStore().isEmpty()) {
                ssl.setTrustStore(trusted(settings.trustedCertificates()));
            }
            ssl.setNeedClientAuth(true);
        }
        return ssl;
    }

    /** The certificates of {@code files} as a trust store in memory; a file that cannot be read stops the start. */
    private static KeyStore trusted(List<Path> files) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            int n = 0;
            for (Path file : files) {
                Collection<? extends Certificate> certificates;
                try (InputStream in = Files.newInputStream(file)) {
                    certificates = factory.generateCertificates(in);
                } catch (IOException | CertificateException e) {
                    throw new IllegalStateException(
                            "the CA certificate file " + file + " cannot be read as PEM or DER certificates", e);
                }
                if (certificates.isEmpty()) {
                    throw new IllegalStateException("the CA certificate file " + file + " holds no certificate");
                }
                for (Certificate certificate : certificates) {
                    store.setCertificateEntry("trusted-" + n++, certificate);
                }
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the trusted certificates cannot be put in a trust store: " + e, e);
        }
    }

    /** HTTPS: the client certificate is made available to the handler, and any host name is served. */
    private static HttpConfiguration secure(HttpConfiguration http) {
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        // A test certificate names the host the supplier registers, not 127.0.0.1: the client judges the name.
        customizer.setSniHostCheck(false);
        https.addCustomizer(customizer);
        return https;
    }

    public static Builder builder(NemsSimulator simulator) {
        return new Builder(simulator);
    }

    /** Starts serving; the port is bound when this returns. */
    public SimulatorServer start() {
        // On the other processor while Jetty starts: the first request then finds the rules and parsers ready.
        Thread warmUp = new Thread(simulator::warmUp, "nems-simulator-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new IllegalStateException(
                    "the simulator could not start on " + host + ":" + connector.getPort() + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The port bound (the one chosen when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The API's base, e.g. {@code http://127.0.0.1:8080/STU3}. */
    public URI baseUri() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create((tls.isPresent() ? "https://" : "http://") + shown + ":" + port() + BASE_PATH);
    }

    public NemsSimulator simulator() {
        return simulator;
    }

    /** Stops serving: requests in progress finish (for up to 2 s), then the port is released. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the simulator did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** Sets up a server. */
    public static final class Builder {
        private final NemsSimulator simulator;
        private String host = "127.0.0.1";
        private int port;
        private long idleTimeoutMillis = 30_000;
        private int maxThreads = 200;
        private Consumer<Exchange> log = exchange -> {};
        private TlsSettings tls;

        private Builder(NemsSimulator simulator) {
            this.simulator = Objects.requireNonNull(simulator, "simulator");
        }

        /** The address to listen on; {@code 127.0.0.1} unless set (only this machine can connect). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 (the default) lets the system choose a free one, see {@link SimulatorServer#port()}. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** How long a connection may be idle, a slow client's body included, before it is closed. */
        public Builder idleTimeoutMillis(long millis) {
            this.idleTimeoutMillis = millis;
            return this;
        }

        public Builder maxThreads(int threads) {
            this.maxThreads = threads;
            return this;
        }

        /** Called after each answer is written, e.g. to log one line per request. */
        public Builder onExchange(Consumer<Exchange> log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /** Serves HTTPS instead of HTTP, with mutual TLS when the settings hold a trust store. */
        public Builder tls(TlsSettings settings) {
            this.tls = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public SimulatorServer start() {
            return new SimulatorServer(this).start();
        }
    }
}
