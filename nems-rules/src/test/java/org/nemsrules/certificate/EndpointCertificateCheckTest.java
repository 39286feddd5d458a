package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.certificate.TestPki.HOST;
import static org.nemsrules.certificate.TestPki.NOW;
import static org.nemsrules.certificate.TestPki.check;
import static org.nemsrules.certificate.TestPki.endpoint;
import static org.nemsrules.certificate.TestPki.kinds;
import static org.nemsrules.certificate.TestPki.pem;
import static org.nemsrules.certificate.TestPki.registration;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.certificate.CertificateProblem.Kind;

class EndpointCertificateCheckTest {
    @TempDir
    Path dir;

    private List<CertificateProblem> checkOf(X509Certificate certificate) throws Exception {
        return check(registration(pem(dir, "endpoint.pem", certificate)));
    }

    private CertificateProblem onlyProblem(X509Certificate certificate, Kind kind) throws Exception {
        List<CertificateProblem> problems = checkOf(certificate);
        assertEquals(List.of(kind), kinds(problems), () -> problems.toString());
        return problems.get(0);
    }

    @Test
    void aGoodCertificateHasNoProblemAtAll() throws Exception {
        assertEquals(List.of(), checkOf(endpoint().build()));
    }

    @Test
    void inspectNamesTheCertificateItRead() throws Exception {
        Path file = pem(dir, "endpoint.pem", endpoint().build());
        CertificateInspection inspection = EndpointCertificateCheck.inspect(
                registration(file), List.of(), NOW, TestPki.EXPIRY_WARNING, name -> null);
        EndpointCertificate certificate = inspection.certificate().orElseThrow();
        assertEquals(file.toString(), certificate.file());
        assertEquals(TestPki.SUBJECT, certificate.subject());
        assertEquals(TestPki.NOT_BEFORE, certificate.notBefore());
        assertEquals(TestPki.NOT_AFTER, certificate.notAfter());
        assertEquals(List.of(), inspection.problems());
    }

    @Test
    void anExpiredCertificateIsAnErrorGivingTheDayItExpired() throws Exception {
        CertificateProblem problem = onlyProblem(
                endpoint().valid("2025-01-01T00:00:00Z", "2026-03-15T12:00:00Z").build(), Kind.EXPIRED);
        assertFalse(problem.warning());
        assertTrue(problem.message().contains("expired on 2026-03-15"), problem.message());
    }

    @Test
    void aCertificateNotYetValidIsAnErrorGivingTheDayItStarts() throws Exception {
        CertificateProblem problem = onlyProblem(
                endpoint().valid("2026-07-04T00:00:00Z", "2027-07-04T00:00:00Z").build(), Kind.NOT_YET_VALID);
        assertFalse(problem.warning());
        assertTrue(problem.message().contains("not valid until 2026-07-04"), problem.message());
    }

    @Test
    void aCertificateValidToTheLastSecondIsNotExpired() throws Exception {
        X509Certificate certificate =
                endpoint().valid("2026-01-01T00:00:00Z", NOW.toString()).build();
        assertEquals(List.of(Kind.EXPIRES_SOON), kinds(checkOf(certificate)));
    }

    @Test
    void aCertificateExpiringWithinTheWarningIsAWarningWithTheDateAndDaysLeft() throws Exception {
        CertificateProblem problem = onlyProblem(
                endpoint().valid("2026-01-01T00:00:00Z", "2026-06-15T00:00:00Z").build(), Kind.EXPIRES_SOON);
        assertTrue(problem.warning());
        assertTrue(problem.message().contains("expires on 2026-06-15, in 14 days"), problem.message());
    }

    @Test
    void aSmallerWarningWindowSaysNothingOfTheSameCertificate() throws Exception {
        Path file = pem(
                dir,
                "endpoint.pem",
                endpoint().valid("2026-01-01T00:00:00Z", "2026-06-15T00:00:00Z").build());
        assertEquals(
                List.of(),
                EndpointCertificateCheck.check(registration(file), List.of(), NOW, Duration.ofDays(7), name -> null));
    }

    @Test
    void theLastDayIsCountedAsLessThanADay() throws Exception {
        CertificateProblem problem = onlyProblem(
                endpoint().valid("2026-01-01T00:00:00Z", "2026-06-01T06:00:00Z").build(), Kind.EXPIRES_SOON);
        assertTrue(problem.message().contains("in less than a day"), problem.message());
    }

    @Test
    void anotherHostIsAnErrorListingTheNamesTheCertificateHolds() throws Exception {
        CertificateProblem problem = onlyProblem(
                endpoint()
                        .subject("CN=other.supplier.example,O=Test Supplier")
                        .dnsNames("other.supplier.example", "www.other.supplier.example")
                        .build(),
                Kind.HOST_MISMATCH);
        assertFalse(problem.warning());
        assertTrue(problem.message().contains("'" + HOST + "'"), problem.message());
        assertTrue(
                problem.message().contains("'other.supplier.example', 'www.other.supplier.example'"),
                problem.message());
        assertTrue(problem.message().contains(TestPki.ASID), problem.message());
    }

    @Test
    void theHostMayBeTheCommonNameAlone() throws Exception {
        assertEquals(List.of(), checkOf(endpoint().dnsNames().build()));
    }

    @Test
    void theHostMayBeASubjectAlternativeNameAlone() throws Exception {
        assertEquals(
                List.of(),
                checkOf(endpoint()
                        .subject("CN=Supplier endpoint,O=Test Supplier")
                        .dnsNames("a.example", HOST.toUpperCase(java.util.Locale.ROOT))
                        .build()));
    }

    @Test
    void aWildcardCoversOneLeftmostLabel() throws Exception {
        assertEquals(
                List.of(),
                checkOf(endpoint()
                        .subject("CN=*.supplier.example")
                        .dnsNames("*.supplier.example")
                        .build()));
    }

    @Test
    void aWildcardDoesNotCoverTwoLabels() throws Exception {
        Path file = pem(
                dir,
                "endpoint.pem",
                endpoint().subject("CN=*.example").dnsNames("*.example").build());
        List<CertificateProblem> problems = check(registration(file));
        assertEquals(List.of(Kind.HOST_MISMATCH), kinds(problems));
        assertTrue(
                problems.get(0).message().contains("'*.example'"),
                problems.get(0).message());
    }

    @Test
    void aServerOnlyCertificateMayNotAuthenticateAClient() throws Exception {
        CertificateProblem problem = onlyProblem(
                endpoint().extendedKeyUsage(KeyPurposeId.id_kp_serverAuth).build(), Kind.NOT_FOR_CLIENT_AUTH);
        assertFalse(problem.warning());
        assertTrue(problem.message().contains("serverAuth only"), problem.message());
        assertTrue(problem.message().contains("expected clientAuth"), problem.message());
    }

    @Test
    void noExtendedKeyUsageOrAnyPurposeAllowsClientAuthentication() throws Exception {
        assertEquals(List.of(), checkOf(endpoint().extendedKeyUsage().build()));
        assertEquals(
                List.of(),
                checkOf(endpoint()
                        .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.anyExtendedKeyUsage)
                        .build()));
    }

    @Test
    void aKeyUsageWithoutDigitalSignatureMayNotAuthenticateAClient() throws Exception {
        CertificateProblem problem = onlyProblem(
                endpoint()
                        .keyUsage(KeyUsage.keyEncipherment | KeyUsage.dataEncipherment)
                        .build(),
                Kind.NOT_FOR_CLIENT_AUTH);
        assertTrue(problem.message().contains("keyEncipherment, dataEncipherment only"), problem.message());
        assertTrue(problem.message().contains("digitalSignature"), problem.message());
    }

    @Test
    void noKeyUsageExtensionAllowsEveryUsage() throws Exception {
        assertEquals(List.of(), checkOf(endpoint().noKeyUsage().build()));
    }

    @Test
    void bothUsageFaultsAreReportedEachOnce() throws Exception {
        List<CertificateProblem> problems = checkOf(endpoint()
                .keyUsage(KeyUsage.keyEncipherment)
                .extendedKeyUsage(KeyPurposeId.id_kp_codeSigning)
                .build());
        assertEquals(List.of(Kind.NOT_FOR_CLIENT_AUTH, Kind.NOT_FOR_CLIENT_AUTH), kinds(problems));
        assertTrue(
                problems.get(1).message().contains("codeSigning only"),
                problems.get(1).message());
    }

    @Test
    void a1024BitRsaKeyIsWeak() throws Exception {
        CertificateProblem problem =
                onlyProblem(endpoint().keys(TestPki.WEAK_KEYS).build(), Kind.WEAK_KEY);
        assertFalse(problem.warning());
        assertTrue(problem.message().contains("1024-bit RSA key"), problem.message());
        assertTrue(problem.message().contains("at least 2048 bits"), problem.message());
    }

    @Test
    void anEcKeyIsNotJudgedByRsaSizes() throws Exception {
        assertEquals(List.of(), checkOf(endpoint().keys(TestPki.EC_KEYS).build()));
    }

    @Test
    void aSha1SignatureIsWeak() throws Exception {
        CertificateProblem problem =
                onlyProblem(endpoint().signedWith("SHA1withRSA").build(), Kind.WEAK_SIGNATURE);
        assertFalse(problem.warning());
        assertTrue(problem.message().contains("SHA1withRSA"), problem.message());
    }

    @Test
    void aWeakIntermediateInTheFileIsReportedButNotASelfSignedRoot() throws Exception {
        java.security.KeyPair weakIntermediateKeys = TestPki.WEAK_KEYS;
        X509Certificate weakIntermediate = TestPki.authority(
                "CN=Weak Sub CA", weakIntermediateKeys, TestPki.ROOT, TestPki.ROOT_KEYS, "SHA1withRSA");
        X509Certificate sha1Root =
                TestPki.authority("CN=Old Root CA", TestPki.OTHER_ROOT_KEYS, null, null, "SHA1withRSA");
        X509Certificate certificate =
                endpoint().issuedBy(weakIntermediate, weakIntermediateKeys).build();
        List<CertificateProblem> problems =
                check(registration(pem(dir, "endpoint.pem", certificate, weakIntermediate, sha1Root)));
        assertEquals(List.of(Kind.WEAK_KEY, Kind.WEAK_SIGNATURE), kinds(problems), problems::toString);
        problems.forEach(p -> assertTrue(p.message().contains("intermediate certificate CN=Weak Sub CA"), p.message()));
    }

    @Test
    void everyFaultOfOneCertificateIsReported() throws Exception {
        List<CertificateProblem> problems = checkOf(endpoint()
                .valid("2025-01-01T00:00:00Z", "2026-02-01T00:00:00Z")
                .dnsNames("elsewhere.example")
                .subject("CN=elsewhere.example")
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth)
                .keys(TestPki.WEAK_KEYS)
                .signedWith("SHA1withRSA")
                .build());
        assertEquals(
                List.of(Kind.EXPIRED, Kind.HOST_MISMATCH, Kind.NOT_FOR_CLIENT_AUTH, Kind.WEAK_KEY, Kind.WEAK_SIGNATURE),
                kinds(problems));
    }

    @Test
    void theDatesAreUtcDaysWhateverTheInstant() {
        assertEquals("2026-12-31", Wording.date(Instant.parse("2026-12-31T23:59:59Z")));
    }

    @Test
    void aKeyUsageWithNoBitSetMayNotSignAndIsSaidToBeEmpty() throws Exception {
        CertificateProblem problem = onlyProblem(endpoint().keyUsage(0).build(), Kind.NOT_FOR_CLIENT_AUTH);
        assertTrue(
                problem.message()
                        .endsWith("may not sign, which TLS client authentication needs: its key usage is "
                                + "empty; expected digitalSignature among them"),
                problem.message());
    }

    @Test
    void aKeyUsageBitBeyondThoseNamedIsGivenByItsNumber() throws Exception {
        // Ten bits: keyEncipherment (bit 2) and bit 9, which RFC 5280 does not define.
        DERBitString keyEnciphermentAndBit9 = new DERBitString(new byte[] {(byte) 0x20, (byte) 0x40}, 6);
        CertificateProblem problem = onlyProblem(
                endpoint()
                        .noKeyUsage()
                        .extension(Extension.keyUsage, true, keyEnciphermentAndBit9)
                        .build(),
                Kind.NOT_FOR_CLIENT_AUTH);
        assertTrue(
                problem.message().contains("its key usage is keyEncipherment, bit 9 only; expected digitalSignature"),
                problem.message());
    }

    @Test
    void anMd2SignatureIsWeak() throws Exception {
        CertificateProblem problem =
                onlyProblem(endpoint().signedWith("MD2withRSA").build(), Kind.WEAK_SIGNATURE);
        assertFalse(problem.warning());
        assertTrue(problem.message().contains("is signed with MD2withRSA"), problem.message());
    }

    @Test
    void oneDayLeftIsSaidInTheSingular() throws Exception {
        CertificateProblem problem = onlyProblem(
                endpoint().valid("2026-01-01T00:00:00Z", "2026-06-02T12:00:00Z").build(), Kind.EXPIRES_SOON);
        assertTrue(problem.message().contains("expires on 2026-06-02, in 1 day;"), problem.message());
    }

    @Test
    void aCertificateWithoutAnyNameIsForNoHostAndSaysItHoldsNone() throws Exception {
        CertificateProblem problem =
                onlyProblem(endpoint().subject("O=Test Supplier").dnsNames().build(), Kind.HOST_MISMATCH);
        assertTrue(
                problem.message()
                        .contains("is not for the host '" + HOST + "' registered for ASID " + TestPki.ASID
                                + ": the names it holds are none; expected the host as its CN or as a DNS subject "
                                + "alternative name"),
                problem.message());
    }
}
