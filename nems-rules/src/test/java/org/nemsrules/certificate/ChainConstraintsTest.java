package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.certificate.TestPki.ENDPOINT_KEYS;
import static org.nemsrules.certificate.TestPki.INTERMEDIATE;
import static org.nemsrules.certificate.TestPki.INTERMEDIATE_KEYS;
import static org.nemsrules.certificate.TestPki.NOW;
import static org.nemsrules.certificate.TestPki.ROOT;
import static org.nemsrules.certificate.TestPki.ROOT_KEYS;
import static org.nemsrules.certificate.TestPki.SUBJECT;
import static org.nemsrules.certificate.TestPki.check;
import static org.nemsrules.certificate.TestPki.endpoint;
import static org.nemsrules.certificate.TestPki.kinds;
import static org.nemsrules.certificate.TestPki.pem;
import static org.nemsrules.certificate.TestPki.registration;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PolicyConstraints;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.certificate.CertificateProblem.Kind;

/**
 * The chain's faults that only certificates authorities of an unusual make show: constraints an intermediate puts on
 * what it issues, an extension or an algorithm the Java runtime refuses, and how the path is built from the file.
 * Each is said in words, naming the certificate of the chain it concerns.
 */
class ChainConstraintsTest {
    /** Apart from TestPki's serial numbers, so that no two certificates of a test share issuer and serial. */
    private static final AtomicLong SERIALS = new AtomicLong(900_000);

    private static final KeyPair SECOND_INTERMEDIATE_KEYS = TestPki.rsa(2048);

    @TempDir
    Path dir;

    /** A CA certificate issued by {@code issuer}, valid 2025 to 2035, with the given basic and further extensions. */
    private static X509Certificate subCa(
            String subject,
            KeyPair keys,
            X509Certificate issuer,
            KeyPair issuerKeys,
            BasicConstraints basicConstraints,
            Extension... more)
            throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer.getSubjectX500Principal(),
                BigInteger.valueOf(SERIALS.incrementAndGet()),
                Date.from(Instant.parse("2025-01-01T00:00:00Z")),
                Date.from(Instant.parse("2035-01-01T00:00:00Z")),
                new X500Principal(subject),
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, basicConstraints);
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        for (Extension extension : more) {
            builder.addExtension(extension);
        }
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    /** The endpoint's file (the certificate, then the others), checked against the test root. */
    private List<CertificateProblem> checkAgainstTheRoot(X509Certificate certificate, X509Certificate... others)
            throws Exception {
        Object[] objects = new Object[others.length + 1];
        objects[0] = certificate;
        System.arraycopy(others, 0, objects, 1, others.length);
        Path file = pem(dir, "endpoint.pem", objects);
        return check(registration(file), pem(dir, "ca.pem", ROOT));
    }

    private String untrusted(String reason) {
        return "the certificate " + SUBJECT + " in " + dir.resolve("endpoint.pem")
                + " does not chain to the CA certificates given: " + reason;
    }

    @Test
    void anIntermediateSignedWithMd5IsRefusedByTheRuntime() throws Exception {
        X509Certificate md5Intermediate =
                TestPki.authority("CN=MD5 Sub CA", INTERMEDIATE_KEYS, ROOT, ROOT_KEYS, "MD5withRSA");
        X509Certificate certificate =
                endpoint().issuedBy(md5Intermediate, INTERMEDIATE_KEYS).build();

        List<CertificateProblem> problems = checkAgainstTheRoot(certificate, md5Intermediate);

        assertEquals(List.of(Kind.WEAK_SIGNATURE, Kind.UNTRUSTED_CHAIN), kinds(problems), problems::toString);
        assertTrue(
                problems.get(0)
                        .message()
                        .startsWith("the intermediate certificate CN=MD5 Sub CA in " + dir.resolve("endpoint.pem")
                                + " is signed with MD5withRSA"),
                problems.get(0).message());
        assertEquals(
                untrusted("the intermediate certificate CN=MD5 Sub CA uses a signature algorithm or key size the "
                        + "Java runtime no longer accepts"),
                problems.get(1).message());
    }

    @Test
    void anIntermediateWithPathLengthZeroMayNotIssueAnotherCa() throws Exception {
        X509Certificate lastCa = subCa("CN=Last Sub CA", INTERMEDIATE_KEYS, ROOT, ROOT_KEYS, new BasicConstraints(0));
        X509Certificate oneTooMany = subCa(
                "CN=One Sub CA Too Many",
                SECOND_INTERMEDIATE_KEYS,
                lastCa,
                INTERMEDIATE_KEYS,
                new BasicConstraints(true));
        X509Certificate certificate =
                endpoint().issuedBy(oneTooMany, SECOND_INTERMEDIATE_KEYS).build();

        List<CertificateProblem> problems = checkAgainstTheRoot(certificate, oneTooMany, lastCa);

        assertEquals(List.of(Kind.UNTRUSTED_CHAIN), kinds(problems), problems::toString);
        assertEquals(
                untrusted("the chain is longer than the path length constraint of one of its certificate "
                        + "authorities allows"),
                problems.get(0).message());
        // The same two-CA chain is fine when the upper CA sets no path length.
        X509Certificate unconstrained =
                subCa("CN=Last Sub CA", INTERMEDIATE_KEYS, ROOT, ROOT_KEYS, new BasicConstraints(true));
        assertEquals(List.of(), checkAgainstTheRoot(certificate, oneTooMany, unconstrained));
    }

    @Test
    void anEndpointWithAnUnknownCriticalExtensionDoesNotChain() throws Exception {
        X509Certificate certificate = endpoint()
                .extension(new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1"), true, DERNull.INSTANCE)
                .build();

        List<CertificateProblem> problems = checkAgainstTheRoot(certificate);

        assertEquals(List.of(Kind.UNTRUSTED_CHAIN), kinds(problems), problems::toString);
        assertEquals(
                untrusted("the certificate has a critical extension the validator does not know"),
                problems.get(0).message());
        X509Certificate notCritical = endpoint()
                .extension(new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1"), false, DERNull.INSTANCE)
                .build();
        assertEquals(List.of(), checkAgainstTheRoot(notCritical), "an unknown extension that is not critical");
    }

    @Test
    void anIntermediateWhoseNameConstraintsExcludeTheHostDoesNotChain() throws Exception {
        NameConstraints excludingTheSupplier = new NameConstraints(
                null,
                new GeneralSubtree[] {new GeneralSubtree(new GeneralName(GeneralName.dNSName, "supplier.example"))});
        X509Certificate constrained = subCa(
                "CN=Constrained Sub CA",
                INTERMEDIATE_KEYS,
                ROOT,
                ROOT_KEYS,
                new BasicConstraints(true),
                new Extension(Extension.nameConstraints, true, excludingTheSupplier.getEncoded()));
        X509Certificate certificate =
                endpoint().issuedBy(constrained, INTERMEDIATE_KEYS).build();

        List<CertificateProblem> problems = checkAgainstTheRoot(certificate, constrained);

        assertEquals(List.of(Kind.UNTRUSTED_CHAIN), kinds(problems), problems::toString);
        assertEquals(
                untrusted("the certificate breaks the name or policy constraints of a certificate authority above it"),
                problems.get(0).message());
    }

    @Test
    void anIntermediateThatRequiresAnExplicitPolicyRefusesAnEndpointWithoutOne() throws Exception {
        X509Certificate requiringAPolicy = subCa(
                "CN=Policy Sub CA",
                INTERMEDIATE_KEYS,
                ROOT,
                ROOT_KEYS,
                new BasicConstraints(true),
                new Extension(
                        Extension.policyConstraints, true, new PolicyConstraints(BigInteger.ZERO, null).getEncoded()));
        X509Certificate certificate =
                endpoint().issuedBy(requiringAPolicy, INTERMEDIATE_KEYS).build();

        List<CertificateProblem> problems = checkAgainstTheRoot(certificate, requiringAPolicy);

        assertEquals(List.of(Kind.UNTRUSTED_CHAIN), kinds(problems), problems::toString);
        assertEquals(
                untrusted("the certificate breaks the name or policy constraints of a certificate authority above it"),
                problems.get(0).message());
    }

    @Test
    void aFaultTheMessagesHaveNoWordsForIsGivenInTheValidatorsWords() throws Exception {
        // Issued in the root's name, but signed with an EC key: the root's RSA key cannot even try to verify it.
        X509Certificate certificate = endpoint()
                .issuedBy(ROOT, TestPki.EC_KEYS)
                .signedWith("SHA256withECDSA")
                .build();

        List<CertificateProblem> problems = checkAgainstTheRoot(certificate);

        assertEquals(List.of(Kind.UNTRUSTED_CHAIN), kinds(problems), problems::toString);
        String message = problems.get(0).message();
        assertTrue(message.startsWith(untrusted("the validator says: ")), message);
        assertTrue(message.contains("signature"), message);
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void anEndpointNotYetValidIsReportedOnceNotAlsoAsAnUntrustedChain() throws Exception {
        X509Certificate notYetValid =
                endpoint().valid("2026-07-01T00:00:00Z", "2027-07-01T00:00:00Z").build();
        List<CertificateProblem> problems = checkAgainstTheRoot(notYetValid);
        assertEquals(List.of(Kind.NOT_YET_VALID), kinds(problems), problems::toString);
        assertTrue(
                problems.get(0).message().contains("is not valid until 2026-07-01"),
                problems.get(0).message());
    }

    @Test
    void aSelfSignedEndpointDoesNotChainAndSaysItIssuedItself() throws Exception {
        X509Certificate named = endpoint().build();
        X509Certificate selfSigned = endpoint().issuedBy(named, ENDPOINT_KEYS).build();
        assertTrue(Chains.isSelfSigned(selfSigned));

        List<CertificateProblem> problems = checkAgainstTheRoot(selfSigned, INTERMEDIATE);

        assertEquals(List.of(Kind.UNTRUSTED_CHAIN), kinds(problems), problems::toString);
        assertEquals(
                untrusted("the last certificate of its chain, " + SUBJECT + ", is issued by " + SUBJECT
                        + ", which is not among them; expected a certificate issued by one of them, with any "
                        + "intermediate certificates between placed after the endpoint's certificate in "
                        + dir.resolve("endpoint.pem")),
                problems.get(0).message());
    }

    @Test
    void aCertificateOfTheFileThatIssuedNoneOfTheChainIsLeftOutOfIt() throws Exception {
        X509Certificate certificate =
                endpoint().issuedBy(INTERMEDIATE, INTERMEDIATE_KEYS).build();
        X509Certificate unrelated =
                subCa("CN=Unrelated Sub CA", SECOND_INTERMEDIATE_KEYS, ROOT, ROOT_KEYS, new BasicConstraints(true));

        assertEquals(List.of(certificate, INTERMEDIATE), Chains.path(certificate, List.of(unrelated, INTERMEDIATE)));
        assertEquals(List.of(), checkAgainstTheRoot(certificate, unrelated, INTERMEDIATE));
    }

    @Test
    void withoutAnyCaCertificateTheChainCannotBeChecked() {
        X509Certificate certificate = endpoint().build();
        Optional<CertificateProblem> problem =
                ChainTrust.check("endpoint.pem", CertificateMaterial.of(List.of(certificate)), List.of(), NOW);
        assertEquals(
                Optional.of(CertificateProblem.error(
                        Kind.UNTRUSTED_CHAIN,
                        "the certificate " + SUBJECT + " in endpoint.pem does not chain to the CA certificates given: "
                                + "the chain could not be checked: the certificates or the CA certificates are not "
                                + "ones the validator can use")),
                problem);
    }
}
