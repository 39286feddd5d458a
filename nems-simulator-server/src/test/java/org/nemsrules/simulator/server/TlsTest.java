package org.nemsrules.simulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.model.Interaction;
import org.nemsrules.simulator.Exchange;
import org.nemsrules.simulator.NemsSimulator;

/** HTTPS and mutual TLS with a certificate authority made for the test. */
class TlsTest {
    @TempDir
    static Path dir;

    private static TestCertificates certificates;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.makeIn(dir);
    }

    @Test
    void mutualTlsServesAClientWithACertificateAndNamesItsSubject() throws Exception {
        TlsSettings tls = TlsSettings.mutual(
                certificates.server, TestCertificates.PASSWORD, certificates.trustStore, TestCertificates.PASSWORD);
        try (SimulatorServer server = SimulatorServer.builder(
                        NemsSimulator.builder().build())
                .port(0)
                .tls(tls)
                .start()) {
            assertTrue(
                    server.baseUri().toString().startsWith("https://127.0.0.1:"),
                    server.baseUri().toString());
            SSLContext context = TestCertificates.clientContext(certificates.trustStore, certificates.client);
            HttpResponse<String> created = create(server.baseUri(), context);
            assertEquals(201, created.statusCode(), created.body());
            Exchange exchange = server.simulator().exchanges().get(0);
            Optional<String> subject = exchange.request().clientCertificate();
            assertTrue(subject.isPresent(), "the client's certificate reaches the simulator");
            assertTrue(subject.get().contains("CN=nems-client.supplier.example"), subject.get());
        }
    }

    @Test
    void mutualTlsRefusesAClientWithoutACertificate() throws Exception {
        TlsSettings tls = TlsSettings.mutual(
                certificates.server, TestCertificates.PASSWORD, certificates.trustStore, TestCertificates.PASSWORD);
        try (SimulatorServer server = SimulatorServer.builder(
                        NemsSimulator.builder().build())
                .port(0)
                .tls(tls)
                .start()) {
            SSLContext context = TestCertificates.clientContext(certificates.trustStore, null);
            assertThrows(IOException.class, () -> create(server.baseUri(), context));
            assertEquals(0, server.simulator().exchanges().size(), "no request got through");
        }
    }

    @Test
    void theCaCertificatesOfAConfigurationAreTrustedAndNoOtherAuthoritysClientIs() throws Exception {
        SSLContext context = TestCertificates.clientContext(certificates.trustStore, certificates.client);
        try (SimulatorServer server = SimulatorServer.builder(
                        NemsSimulator.builder().build())
                .port(0)
                .tls(TlsSettings.trusting(certificates.server, TestCertificates.PASSWORD, List.of(certificates.caPem)))
                .start()) {
            HttpResponse<String> created = create(server.baseUri(), context);
            assertEquals(201, created.statusCode(), created.body());
        }
        try (SimulatorServer server = SimulatorServer.builder(
                        NemsSimulator.builder().build())
                .port(0)
                .tls(TlsSettings.trusting(
                        certificates.server, TestCertificates.PASSWORD, List.of(certificates.otherCaPem)))
                .start()) {
            assertThrows(IOException.class, () -> create(server.baseUri(), context));
            assertEquals(0, server.simulator().exchanges().size(), "the client of another authority got nothing");
        }
    }

    @Test
    void aCaCertificateFileThatCannotBeReadStopsTheStartWithItsName() throws Exception {
        Path broken = java.nio.file.Files.writeString(dir.resolve("broken-ca.pem"), "not a certificate");
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> SimulatorServer.builder(NemsSimulator.builder().build())
                        .port(0)
                        .tls(TlsSettings.trusting(certificates.server, TestCertificates.PASSWORD, List.of(broken)))
                        .start());
        assertTrue(e.getMessage().contains("broken-ca.pem"), e.getMessage());
    }

    @Test
    void httpsWithoutATrustStoreAsksForNoClientCertificate() throws Exception {
        TlsSettings tls = TlsSettings.serverOnly(certificates.server, TestCertificates.PASSWORD);
        try (SimulatorServer server = SimulatorServer.builder(
                        NemsSimulator.builder().build())
                .port(0)
                .tls(tls)
                .start()) {
            SSLContext context = TestCertificates.clientContext(certificates.trustStore, null);
            HttpResponse<String> created = create(server.baseUri(), context);
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(
                    Optional.empty(),
                    server.simulator().exchanges().get(0).request().clientCertificate());
        }
    }

    @Test
    void settingsNeverShowTheirPasswords() {
        TlsSettings tls = TlsSettings.mutual(certificates.server, "secret-one", certificates.trustStore, "secret-two");
        assertTrue(!tls.toString().contains("secret-one") && !tls.toString().contains("secret-two"), tls.toString());
    }

    private static HttpResponse<String> create(URI base, SSLContext context) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(context)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Interaction create = SampleRequests.of("valid/create-explicit.http").get(0);
        return SampleRequests.send(client, base, create, base.getRawPath() + "/Subscription");
    }
}
