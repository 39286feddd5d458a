package org.nemsrules.simulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A test certificate authority and the certificates it signs, made with the JDK's own {@code keytool} in a
 * directory of the test's: the server's (for localhost and 127.0.0.1, server authentication) and a client's (client
 * authentication), each in a PKCS#12 key store with its chain, and a trust store holding the authority alone.
 */
final class TestCertificates {
    static final String PASSWORD = "test-only-password";
    static final String CLIENT_SUBJECT = "CN=nems-client.supplier.example, O=Test Supplier";

    final Path server;
    final Path client;
    final Path trustStore;

    private TestCertificates(Path server, Path client, Path trustStore) {
        this.server = server;
        this.client = client;
        this.trustStore = trustStore;
    }

    static TestCertificates makeIn(Path dir) throws IOException, InterruptedException {
        Path ca = dir.resolve("ca.p12");
        Path caCert = dir.resolve("ca.cer");
        keytool(
                dir,
                "-genkeypair",
                "-alias",
                "ca",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=NEMS Rules test CA",
                "-ext",
                "bc:c",
                "-validity",
                "2",
                "-keystore",
                ca.toString());
        keytool(dir, "-exportcert", "-alias", "ca", "-rfc", "-file", caCert.toString(), "-keystore", ca.toString());
        Path trust = dir.resolve("trust.p12");
        keytool(
                dir,
                "-importcert",
                "-noprompt",
                "-alias",
                "ca",
                "-file",
                caCert.toString(),
                "-keystore",
                trust.toString());
        Path server =
                signed(dir, "server", "CN=localhost", "san=dns:localhost,ip:127.0.0.1", "eku=serverAuth", ca, caCert);
        Path client = signed(
                dir, "client", CLIENT_SUBJECT, "san=dns:nems-client.supplier.example", "eku=clientAuth", ca, caCert);
        return new TestCertificates(server, client, trust);
    }

    private static Path signed(Path dir, String name, String subject, String san, String eku, Path ca, Path caCert)
            throws IOException, InterruptedException {
        Path store = dir.resolve(name + ".p12");
        Path request = dir.resolve(name + ".csr");
        Path cert = dir.resolve(name + ".cer");
        keytool(
                dir,
                "-genkeypair",
                "-alias",
                name,
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                subject,
                "-validity",
                "2",
                "-keystore",
                store.toString());
        keytool(dir, "-certreq", "-alias", name, "-file", request.toString(), "-keystore", store.toString());
        keytool(
                dir,
                "-gencert",
                "-alias",
                "ca",
                "-infile",
                request.toString(),
                "-outfile",
                cert.toString(),
                "-ext",
                san,
                "-ext",
                eku,
                "-validity",
                "2",
                "-rfc",
                "-keystore",
                ca.toString());
        keytool(
                dir,
                "-importcert",
                "-noprompt",
                "-alias",
                "ca",
                "-file",
                caCert.toString(),
                "-keystore",
                store.toString());
        keytool(dir, "-importcert", "-alias", name, "-file", cert.toString(), "-keystore", store.toString());
        return store;
    }

    private static void keytool(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Path log = Files.createTempFile(dir, "keytool", ".log");
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed: " + Files.readString(log));
        }
    }

    /** A client's TLS context: trusts the test authority, and presents {@code keyStore}'s certificate if given. */
    static SSLContext clientContext(Path trustStore, Path keyStore) throws IOException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trustStore));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        if (keyStore != null) {
            keys.init(load(keyStore), PASSWORD.toCharArray());
        } else {
            KeyStore empty = KeyStore.getInstance("PKCS12");
            empty.load(null, null);
            keys.init(empty, new char[0]);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }
}
