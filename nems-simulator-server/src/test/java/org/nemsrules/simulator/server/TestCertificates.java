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
    /** The test CA's certificate in PEM, as a supplier configuration's caCertificates names one. */
    final Path caPem;
    /** The certificate of a CA that issued none of these certificates, in PEM. */
    final Path otherCaPem;

    private TestCertificates(Path server, Path client, Path trustStore, Path caPem, Path otherCaPem) {
        this.server = server;
        this.client = client;
        this.trustStore = trustStore;
        this.caPem = caPem;
        this.otherCaPem = otherCaPem;
    }

    private static Path pem(Path file, X509Certificate certificate) throws IOException, GeneralSecurityException {
        String base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return java.nio.file.Files.writeString(
                file, "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n");
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
        KeyPair otherKeys = keys();
        X500Name otherName = new X500Name("CN=Another test CA");
        X509Certificate other = sign(otherName, otherName, otherKeys, otherKeys, true, null, null);
        return new TestCertificates(
                keyStore(dir.resolve("server.p12"), "server", serverKeys, server, ca),
                keyStore(dir.resolve("client.p12"), "client", clientKeys, client, ca),
                trust,
                pem(dir.resolve("ca.pem"), ca),
                pem(dir.resolve("other-ca.pem"), other));
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
