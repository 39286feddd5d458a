package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.certificate.TestPki.INTERMEDIATE;
import static org.nemsrules.certificate.TestPki.INTERMEDIATE_KEYS;
import static org.nemsrules.certificate.TestPki.OTHER_ROOT;
import static org.nemsrules.certificate.TestPki.ROOT;
import static org.nemsrules.certificate.TestPki.check;
import static org.nemsrules.certificate.TestPki.endpoint;
import static org.nemsrules.certificate.TestPki.kinds;
import static org.nemsrules.certificate.TestPki.pem;
import static org.nemsrules.certificate.TestPki.registration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.certificate.CertificateProblem.Kind;

class ChainTrustTest {
    @TempDir
    Path dir;

    private final X509Certificate issuedByIntermediate =
            endpoint().issuedBy(INTERMEDIATE, INTERMEDIATE_KEYS).build();

    @Test
    void aCertificateIssuedByTheCaChains() throws Exception {
        assertEquals(
                List.of(),
                check(registration(pem(dir, "endpoint.pem", endpoint().build())), pem(dir, "ca.pem", ROOT)));
    }

    @Test
    void aCertificateChainsThroughTheIntermediatesOfItsFile() throws Exception {
        Path file = pem(dir, "endpoint.pem", issuedByIntermediate, INTERMEDIATE);
        assertEquals(List.of(), check(registration(file), pem(dir, "ca.pem", ROOT)));
    }

    @Test
    void theIntermediatesMayComeInAnyOrderAndWithTheirRoot() throws Exception {
        Path file = pem(dir, "endpoint.pem", issuedByIntermediate, ROOT, INTERMEDIATE);
        assertEquals(List.of(), check(registration(file), pem(dir, "ca.pem", ROOT)));
    }

    @Test
    void theCaFilesMayHoldSeveralCertificatesOrBeDer() throws Exception {
        Path file = pem(dir, "endpoint.pem", issuedByIntermediate, INTERMEDIATE);
        assertEquals(List.of(), check(registration(file), pem(dir, "cas.pem", OTHER_ROOT, ROOT)));
        assertEquals(
                List.of(),
                check(registration(file), pem(dir, "other.pem", OTHER_ROOT), TestPki.der(dir, "root.der", ROOT)));
    }

    @Test
    void aCertificateOfAnotherCaDoesNotChain() throws Exception {
        List<CertificateProblem> problems =
                check(registration(pem(dir, "endpoint.pem", endpoint().build())), pem(dir, "ca.pem", OTHER_ROOT));
        assertEquals(List.of(Kind.UNTRUSTED_CHAIN), kinds(problems));
        CertificateProblem problem = problems.get(0);
        assertFalse(problem.warning());
        assertTrue(problem.message().contains("issued by CN=Test Spine Root CA,O=Test NHS"), problem.message());
        assertTrue(problem.message().contains("which is not among them"), problem.message());
        assertFalse(problem.message().contains("Exception"), problem.message());
    }

    @Test
    void aMissingIntermediateBreaksTheChain() throws Exception {
        List<CertificateProblem> problems =
                check(registration(pem(dir, "endpoint.pem", issuedByIntermediate)), pem(dir, "ca.pem", ROOT));
        assertUntrusted(problems, "issued by CN=Test Spine Sub CA,O=Test NHS");
        assertTrue(
                problems.get(0).message().contains("intermediate certificates"),
                problems.get(0).message());
    }

    @Test
    void aCaOfTheSameNameButAnotherKeyDoesNotChain() throws Exception {
        X509Certificate impostor =
                TestPki.authority("CN=Test Spine Root CA,O=Test NHS", TestPki.OTHER_ROOT_KEYS, null, null);
        List<CertificateProblem> problems =
                check(registration(pem(dir, "endpoint.pem", endpoint().build())), pem(dir, "ca.pem", impostor));
        assertUntrusted(problems, "does not verify");
    }

    @Test
    void anExpiredIntermediateBreaksTheChainOnTheDayOfTheCheck() throws Exception {
        X509Certificate expiredIntermediate = TestPki.authority(
                "CN=Short Sub CA",
                INTERMEDIATE_KEYS,
                ROOT,
                TestPki.ROOT_KEYS,
                "SHA256withRSA",
                "2025-01-01T00:00:00Z",
                "2026-03-01T00:00:00Z");
        X509Certificate certificate =
                endpoint().issuedBy(expiredIntermediate, INTERMEDIATE_KEYS).build();
        List<CertificateProblem> problems = check(
                registration(pem(dir, "endpoint.pem", certificate, expiredIntermediate)), pem(dir, "ca.pem", ROOT));
        assertUntrusted(problems, "intermediate certificate CN=Short Sub CA expired on 2026-03-01");
    }

    @Test
    void anIntermediateNotYetValidBreaksTheChain() throws Exception {
        X509Certificate futureIntermediate = TestPki.authority(
                "CN=Future Sub CA",
                INTERMEDIATE_KEYS,
                ROOT,
                TestPki.ROOT_KEYS,
                "SHA256withRSA",
                "2026-08-01T00:00:00Z",
                "2030-01-01T00:00:00Z");
        X509Certificate certificate =
                endpoint().issuedBy(futureIntermediate, INTERMEDIATE_KEYS).build();
        List<CertificateProblem> problems = check(
                registration(pem(dir, "endpoint.pem", certificate, futureIntermediate)), pem(dir, "ca.pem", ROOT));
        assertUntrusted(problems, "CN=Future Sub CA is not valid until 2026-08-01");
    }

    @Test
    void aCertificateIssuedByOneThatIsNoCaDoesNotChain() throws Exception {
        X509Certificate notACa = endpoint()
                .subject("CN=Not A CA")
                .keys(INTERMEDIATE_KEYS)
                .noKeyUsage()
                .build();
        X509Certificate certificate =
                endpoint().issuedBy(notACa, INTERMEDIATE_KEYS).build();
        List<CertificateProblem> problems =
                check(registration(pem(dir, "endpoint.pem", certificate, notACa)), pem(dir, "ca.pem", ROOT));
        assertUntrusted(problems, "CN=Not A CA is not a certificate authority");
    }

    @Test
    void anIntermediateWhoseKeyMayNotSignCertificatesDoesNotChain() throws Exception {
        X509Certificate notACa =
                endpoint().subject("CN=Not A CA").keys(INTERMEDIATE_KEYS).build();
        X509Certificate certificate =
                endpoint().issuedBy(notACa, INTERMEDIATE_KEYS).build();
        List<CertificateProblem> problems =
                check(registration(pem(dir, "endpoint.pem", certificate, notACa)), pem(dir, "ca.pem", ROOT));
        assertUntrusted(problems, "CN=Not A CA has a key usage that does not allow it to sign");
    }

    @Test
    void anExpiredEndpointIsReportedOnceNotAlsoAsAnUntrustedChain() throws Exception {
        X509Certificate expired =
                endpoint().valid("2025-01-01T00:00:00Z", "2026-02-01T00:00:00Z").build();
        assertEquals(
                List.of(Kind.EXPIRED),
                kinds(check(registration(pem(dir, "endpoint.pem", expired)), pem(dir, "ca.pem", ROOT))));
    }

    @Test
    void withoutCaCertificatesTheChainIsNotChecked() throws Exception {
        assertEquals(List.of(), check(registration(pem(dir, "endpoint.pem", issuedByIntermediate))));
    }

    @Test
    void anUnreadableCaFileIsNamedAndTheOtherChecksStillRun() throws Exception {
        Path garbage = Files.writeString(dir.resolve("ca.pem"), "not a certificate");
        X509Certificate expired =
                endpoint().valid("2025-01-01T00:00:00Z", "2026-02-01T00:00:00Z").build();
        List<CertificateProblem> problems = check(registration(pem(dir, "endpoint.pem", expired)), garbage);
        assertEquals(List.of(Kind.EXPIRED, Kind.UNREADABLE), kinds(problems));
        assertTrue(
                problems.get(1).message().contains(garbage.toString()),
                problems.get(1).message());
        assertTrue(
                problems.get(1).message().contains("was not checked"),
                problems.get(1).message());
    }

    @Test
    void aMissingCaFileIsNamed() throws Exception {
        Path missing = dir.resolve("no-such-ca.pem");
        List<CertificateProblem> problems =
                check(registration(pem(dir, "endpoint.pem", endpoint().build())), missing);
        assertEquals(List.of(Kind.UNREADABLE), kinds(problems));
        assertTrue(
                problems.get(0).message().startsWith("cannot read " + missing + ": no such file"),
                problems.get(0).message());
    }

    /** One problem, an untrusted chain, whose message says {@code why}. */
    private static void assertUntrusted(List<CertificateProblem> problems, String why) {
        assertEquals(List.of(Kind.UNTRUSTED_CHAIN), kinds(problems));
        assertTrue(problems.get(0).message().contains(why), problems.get(0).message());
    }
}
