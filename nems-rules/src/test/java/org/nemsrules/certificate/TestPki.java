package org.nemsrules.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test PKI made with Bouncy Castle when the tests run, with fixed dates: a root and an intermediate CA, another
 * root that issued nothing of the endpoint's, and endpoint certificates of every kind the check must judge. Nothing
 * of it is ever committed; the files are written to each test's temporary directory.
 */
final class TestPki {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant NOT_AFTER = Instant.parse("2027-01-01T00:00:00Z");
    static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    static final String HOST = "nems.supplier.example";
    static final String ASID = "200000000123";
    static final String SUBJECT = "CN=" + HOST + ",O=Test Supplier";

    /** Distinctive, so that a test can look for it in every message. */
    static final String PASSWORD = "Kx7-unmistakable-keystore-password-93Q";

    static final String PASSWORD_VARIABLE = "NEMS_TEST_KEYSTORE_PASSWORD";

    /** Before the certificates below, which take their serial numbers from it as the class initialises. */
    /** Only the tests use Bouncy Castle's provider (to make keys); the check itself uses the JDK's. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private static final AtomicLong SERIALS = new AtomicLong(1000);

    static final KeyPair ROOT_KEYS = rsa(2048);
    static final KeyPair INTERMEDIATE_KEYS = rsa(2048);
    static final KeyPair OTHER_ROOT_KEYS = rsa(2048);
    static final KeyPair ENDPOINT_KEYS = rsa(2048);
    static final KeyPair OTHER_KEYS = rsa(2048);
    static final KeyPair WEAK_KEYS = rsa(1024);
    static final KeyPair EC_KEYS = ec();

    static final X509Certificate ROOT = authority("CN=Test Spine Root CA,O=Test NHS", ROOT_KEYS, null, null);
    static final X509Certificate INTERMEDIATE =
            authority("CN=Test Spine Sub CA,O=Test NHS", INTERMEDIATE_KEYS, ROOT, ROOT_KEYS);
    static final X509Certificate OTHER_ROOT = authority("CN=Some Other Root CA", OTHER_ROOT_KEYS, null, null);

    private TestPki() {}

    /** An endpoint certificate as it should be, issued by the root; the withers make it wrong in one way. */
    static Leaf endpoint() {
        return new Leaf();
    }

    /** A certificate to build: every field has the value of a good endpoint certificate until changed. */
    static final class Leaf {
        private String subject = SUBJECT;
        private List<String> dnsNames = List.of(HOST);
        private Instant notBefore = NOT_BEFORE;
        private Instant notAfter = NOT_AFTER;
        private KeyPair keys = ENDPOINT_KEYS;
        private X509Certificate issuer = ROOT;
        private KeyPair issuerKeys = ROOT_KEYS;
        private String signatureAlgorithm = "SHA256withRSA";
        private Optional<Integer> keyUsage = Optional.of(KeyUsage.digitalSignature | KeyUsage.keyEncipherment);
        private List<KeyPurposeId> extendedKeyUsage =
                List.of(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth);
        private final List<Extra> extras = new ArrayList<>();

        /** An extension written as given, after the others: one the withers above do not make. */
        private record Extra(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {}

        Leaf subject(String value) {
            subject = value;
            return this;
        }

        Leaf dnsNames(String... names) {
            dnsNames = List.of(names);
            return this;
        }

        Leaf valid(String from, String until) {
            notBefore = Instant.parse(from);
            notAfter = Instant.parse(until);
            return this;
        }

        Leaf keys(KeyPair value) {
            keys = value;
            return this;
        }

        Leaf issuedBy(X509Certificate authority, KeyPair authorityKeys) {
            issuer = authority;
            issuerKeys = authorityKeys;
            return this;
        }

        Leaf signedWith(String algorithm) {
            signatureAlgorithm = algorithm;
            return this;
        }

        Leaf keyUsage(int usage) {
            keyUsage = Optional.of(usage);
            return this;
        }

        Leaf noKeyUsage() {
            keyUsage = Optional.empty();
            return this;
        }

        /** None at all when empty: no extended key usage extension. */
        Leaf extendedKeyUsage(KeyPurposeId... purposes) {
            extendedKeyUsage = List.of(purposes);
            return this;
        }

        /**
         * An extension besides those above (an unknown critical one, alternative names that are not DNS names, a key
         * usage of more bits than BC's {@link KeyUsage} names); pair it with {@link #noKeyUsage()} or
         * {@code dnsNames()} to replace the one these write.
         */
        Leaf extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
            extras.add(new Extra(oid, critical, value));
            return this;
        }

        X509Certificate build() {
            try {
                JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        issuer.getSubjectX500Principal(),
                        BigInteger.valueOf(SERIALS.incrementAndGet()),
                        Date.from(notBefore),
                        Date.from(notAfter),
                        new X500Principal(subject),
                        keys.getPublic());
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                if (keyUsage.isPresent()) {
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage.get()));
                }
                if (!extendedKeyUsage.isEmpty()) {
                    builder.addExtension(
                            Extension.extendedKeyUsage,
                            false,
                            new ExtendedKeyUsage(extendedKeyUsage.toArray(KeyPurposeId[]::new)));
                }
                if (!dnsNames.isEmpty()) {
                    GeneralName[] names = dnsNames.stream()
                            .map(n -> new GeneralName(GeneralName.dNSName, n))
                            .toArray(GeneralName[]::new);
                    builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
                }
                for (Extra extra : extras) {
                    builder.addExtension(extra.oid(), extra.critical(), extra.value());
                }
                return new JcaX509CertificateConverter()
                        .getCertificate(builder.build(
                                new JcaContentSignerBuilder(signatureAlgorithm).build(issuerKeys.getPrivate())));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A CA certificate valid 2025 to 2035 (unless told): self-signed when no issuer is given. */
    static X509Certificate authority(String subject, KeyPair keys, X509Certificate issuer, KeyPair issuerKeys) {
        return authority(subject, keys, issuer, issuerKeys, "SHA256withRSA");
    }

    static X509Certificate authority(
            String subject, KeyPair keys, X509Certificate issuer, KeyPair issuerKeys, String signatureAlgorithm) {
        return authority(
                subject, keys, issuer, issuerKeys, signatureAlgorithm, "2025-01-01T00:00:00Z", "2035-01-01T00:00:00Z");
    }

    static X509Certificate authority(
            String subject,
            KeyPair keys,
            X509Certificate issuer,
            KeyPair issuerKeys,
            String signatureAlgorithm,
            String from,
            String until) {
        try {
            X500Principal name = new X500Principal(subject);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer == null ? name : issuer.getSubjectX500Principal(),
                    BigInteger.valueOf(SERIALS.incrementAndGet()),
                    Date.from(Instant.parse(from)),
                    Date.from(Instant.parse(until)),
                    name,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            PrivateKey signer = (issuer == null ? keys : issuerKeys).getPrivate();
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(signatureAlgorithm).build(signer)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An EC key pair on P-256, made by Bouncy Castle's provider: the JDK's EC private key does not carry its curve
     * inside the key structure, so written as SEC1 (BEGIN EC PRIVATE KEY) it would lack the curve that OpenSSL writes.
     */
    static KeyPair ec() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BOUNCY_CASTLE);
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PEM file of the certificates (and anything else JcaPEMWriter writes), in the order given. */
    static Path pem(Path dir, String name, Object... objects) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        }
        return Files.writeString(dir.resolve(name), text.toString());
    }

    static Path der(Path dir, String name, X509Certificate certificate) throws Exception {
        return Files.write(dir.resolve(name), certificate.getEncoded());
    }

    /** PKCS#1 for an RSA key (BEGIN RSA PRIVATE KEY), SEC1 for an EC key (BEGIN EC PRIVATE KEY). */
    static Path traditionalKey(Path dir, String name, KeyPair keys) throws IOException {
        return pem(dir, name, keys.getPrivate());
    }

    /** PKCS#8 (BEGIN PRIVATE KEY). */
    static Path pkcs8Key(Path dir, String name, KeyPair keys) throws Exception {
        return pem(dir, name, new JcaPKCS8Generator(keys.getPrivate(), null));
    }

    /** PKCS#8 encrypted with the test password (BEGIN ENCRYPTED PRIVATE KEY). */
    static Path encryptedPkcs8Key(Path dir, String name, KeyPair keys) throws Exception {
        return pem(
                dir,
                name,
                new JcaPKCS8Generator(
                        keys.getPrivate(),
                        new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                                .setProvider(BOUNCY_CASTLE)
                                .setPassword(PASSWORD.toCharArray())
                                .build()));
    }

    /** PKCS#1 encrypted the OpenSSL way (Proc-Type: 4,ENCRYPTED). */
    static Path encryptedTraditionalKey(Path dir, String name, KeyPair keys) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(
                    keys.getPrivate(),
                    new JcePEMEncryptorBuilder("AES-128-CBC")
                            .setProvider(BOUNCY_CASTLE)
                            .build(PASSWORD.toCharArray()));
        }
        return Files.writeString(dir.resolve(name), text.toString());
    }

    /** One entry of a PKCS#12 keystore: a key with its chain, or (without a key) a trusted certificate. */
    record Entry(String alias, Optional<PrivateKey> key, List<X509Certificate> chain, String keyPassword) {
        static Entry key(String alias, KeyPair keys, X509Certificate... chain) {
            return new Entry(alias, Optional.of(keys.getPrivate()), List.of(chain), PASSWORD);
        }

        /** A key entry protected by a password of its own, not the keystore's. */
        static Entry keyWithItsOwnPassword(String alias, KeyPair keys, String password, X509Certificate... chain) {
            return new Entry(alias, Optional.of(keys.getPrivate()), List.of(chain), password);
        }

        static Entry certificate(String alias, X509Certificate certificate) {
            return new Entry(alias, Optional.empty(), List.of(certificate), PASSWORD);
        }
    }

    /** A PKCS#12 keystore saved with the test password. */
    static Path pkcs12(Path dir, String name, Entry... entries) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (Entry entry : entries) {
            if (entry.key().isPresent()) {
                store.setKeyEntry(
                        entry.alias(),
                        entry.key().get(),
                        entry.keyPassword().toCharArray(),
                        entry.chain().toArray(Certificate[]::new));
            } else {
                store.setCertificateEntry(entry.alias(), entry.chain().get(0));
            }
        }
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    static EndpointRegistration registration(Path certificate) {
        return new EndpointRegistration(ASID, HOST, certificate, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static EndpointRegistration withKey(EndpointRegistration registration, Path key) {
        return new EndpointRegistration(
                registration.asid(),
                registration.host(),
                registration.certificate(),
                registration.alias(),
                Optional.of(key),
                registration.passwordEnv());
    }

    static EndpointRegistration withHost(EndpointRegistration registration, String host) {
        return new EndpointRegistration(
                registration.asid(),
                host,
                registration.certificate(),
                registration.alias(),
                registration.key(),
                registration.passwordEnv());
    }

    /** A keystore registration: the password in {@link #PASSWORD_VARIABLE}, the alias if given. */
    static EndpointRegistration keystore(Path file, Optional<String> alias) {
        return new EndpointRegistration(ASID, HOST, file, alias, Optional.empty(), Optional.of(PASSWORD_VARIABLE));
    }

    /** The environment of the tests: the keystore password set, nothing else. */
    static final Map<String, String> ENVIRONMENT = Map.of(PASSWORD_VARIABLE, PASSWORD);

    static List<CertificateProblem> check(EndpointRegistration registration, Path... caCertificates) {
        return check(registration, ENVIRONMENT, caCertificates);
    }

    static List<CertificateProblem> check(
            EndpointRegistration registration, Map<String, String> environment, Path... caCertificates) {
        return EndpointCertificateCheck.check(
                registration, List.of(caCertificates), NOW, EXPIRY_WARNING, environment::get);
    }

    static List<CertificateProblem.Kind> kinds(List<CertificateProblem> problems) {
        List<CertificateProblem.Kind> kinds = new ArrayList<>();
        problems.forEach(p -> kinds.add(p.kind()));
        return kinds;
    }
}
