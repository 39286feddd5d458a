package org.nemsrules.cli;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed key pairs and trust stores for the TLS tests of {@code serve}, the kind keytool's {@code -genkeypair},
 * {@code -exportcert} and {@code -importcert} make (PKCS#12, RSA 2048, SHA256withRSA, a subject alternative name),
 * made with Bouncy Castle in the test's JVM: keytool is a JVM of its own, and the two TLS tests started nine.
 */
final class SelfSignedStores {
    static final String PASSWORD = "test-store-password";

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private SelfSignedStores() {}

    /**
     * A self-signed key pair in NAME.p12 under the alias NAME, for SUBJECT; {@code names} are its subject alternative
     * names, each {@code dns:HOST} or {@code ip:ADDRESS}.
     */
    static Path keyPair(Path dir, String name, String subject, String... names) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name self = new X500Name(subject);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                self,
                BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(2))),
                self,
                keys.getPublic());
        List<GeneralName> alternatives = new ArrayList<>();
        for (String alternative : names) {
            // Bouncy Castle encodes an iPAddress name given as text into its address bytes.
            alternatives.add(new GeneralName(
                    alternative.startsWith("ip:") ? GeneralName.iPAddress : GeneralName.dNSName,
                    alternative.substring(alternative.indexOf(':') + 1)));
        }
        builder.addExtension(
                Extension.subjectAlternativeName, false, new GeneralNames(alternatives.toArray(GeneralName[]::new)));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        KeyStore store = empty();
        store.setKeyEntry(name, keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
        return save(store, dir.resolve(name + ".p12"));
    }

    /** A trust store NAME.p12 holding, under ALIAS, the certificate of the key pair in {@code keyPair}. */
    static Path trustStore(Path dir, String name, Path keyPair, String alias) throws Exception {
        KeyStore store = empty();
        store.setCertificateEntry(alias, certificate(keyPair, alias));
        return save(store, dir.resolve(name + ".p12"));
    }

    /** The certificate of the key pair in {@code keyPair}, in PEM, as {@code keytool -exportcert -rfc} writes it. */
    static Path pem(Path file, Path keyPair, String alias) throws Exception {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate(keyPair, alias).getEncoded());
        return Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n");
    }

    static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static Certificate certificate(Path keyPair, String alias) throws Exception {
        Certificate certificate = load(keyPair).getCertificate(alias);
        if (certificate == null) {
            throw new IllegalArgumentException(keyPair + " holds no certificate under " + alias);
        }
        return certificate;
    }

    private static KeyStore empty() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static Path save(KeyStore store, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }
}
