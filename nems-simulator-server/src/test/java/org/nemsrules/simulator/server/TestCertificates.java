package org.nemsrules.simulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test certificate authority and the certificates it signs, made with Bouncy Castle in the test's JVM: the
 * server's (for localhost and 127.0.0.1, server authentication) and a client's (client authentication), each in a
 * PKCS#12 key store with its chain, and a trust store holding the authority alone.
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

    static TestCertificates makeIn(Path dir) throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyPair caKeys = keys();
        X500Name caName = new X500Name("CN=NEMS Rules test CA");
        X509Certificate ca = sign(caName, caName, caKeys, caKeys, true, null, null);

        KeyPair serverKeys = keys();
        X509Certificate server = sign(
                new X500Name("CN=localhost"),
                caName,
                serverKeys,
                caKeys,
                false,
                new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")
                }),
                KeyPurposeId.id_kp_serverAuth);
        KeyPair clientKeys = keys();
        X509Certificate client = sign(
                new X500Name(CLIENT_SUBJECT),
                caName,
                clientKeys,
                caKeys,
                false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, "nems-client.supplier.example")),
                KeyPurposeId.id_kp_clientAuth);

        Path trust = dir.resolve("trust.p12");
        KeyStore trusted = emptyStore();
        trusted.setCertificateEntry("ca", ca);
        save(trusted, trust);
        return new TestCertificates(
                keyStore(dir.resolve("server.p12"), "server", serverKeys, server, ca),
                keyStore(dir.resolve("client.p12"), "client", clientKeys, client, ca),
                trust);
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(
            X500Name subject,
            X500Name issuer,
            KeyPair subjectKeys,
            KeyPair issuerKeys,
            boolean authority,
            GeneralNames names,
            KeyPurposeId purpose)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer,
                BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(System.nanoTime() & 0xffff)),
                Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(2))),
                subject,
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        builder.addExtension(
                Extension.keyUsage,
                true,
                new KeyUsage(
                        authority
                                ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        if (names != null) {
            builder.addExtension(Extension.subjectAlternativeName, false, names);
        }
        if (purpose != null) {
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        }
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    private static Path keyStore(Path file, String alias, KeyPair keys, X509Certificate cert, X509Certificate ca)
            throws IOException, GeneralSecurityException {
        KeyStore store = emptyStore();
        store.setKeyEntry(alias, keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {cert, ca});
        save(store, file);
        return file;
    }

    private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static void save(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
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
            keys.init(emptyStore(), new char[0]);
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
