package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.certificate.TestPki.ENDPOINT_KEYS;
import static org.nemsrules.certificate.TestPki.NOW;
import static org.nemsrules.certificate.TestPki.OTHER_KEYS;
import static org.nemsrules.certificate.TestPki.OTHER_ROOT;
import static org.nemsrules.certificate.TestPki.ROOT;
import static org.nemsrules.certificate.TestPki.WEAK_KEYS;
import static org.nemsrules.certificate.TestPki.encryptedPkcs8Key;
import static org.nemsrules.certificate.TestPki.endpoint;
import static org.nemsrules.certificate.TestPki.pem;
import static org.nemsrules.certificate.TestPki.pkcs12;
import static org.nemsrules.certificate.TestPki.pkcs8Key;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.config.ConfigException;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.Configuration;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.Severity;
import org.nemsrules.report.Report;

/**
 * The {@code certificate.*} rules as a run meets them: a {@code nems-rules.yaml} naming an endpoint certificate made in
 * the test, a run over a recording, and the findings on the configuration file, on the line that names the file.
 */
class CertificateRulesTest {
    private static final String CREATE = "POST https://clinicals.spineservices.nhs.uk/STU3/Subscription HTTP/1.1\n"
            + "Content-Type: application/fhir+xml\n\n<Subscription xmlns=\"http://hl7.org/fhir\"/>\n";

    @TempDir
    Path dir;

    @BeforeEach
    void recordings() throws IOException {
        Files.createDirectories(dir.resolve("certs"));
        Files.createDirectories(dir.resolve("recordings"));
        Files.writeString(dir.resolve("recordings/create.http"), CREATE);
    }

    /** A configuration whose one system has {@code endpoint} (YAML lines, indented under it) and the given tail. */
    private Path config(String endpoint, String tail) throws IOException {
        return Files.writeString(
                dir.resolve("nems-rules.yaml"),
                "systems:\n"
                        + "  - asid: \"" + TestPki.ASID + "\"\n"
                        + "    organisations: [A99968]\n"
                        + "    endpoint:\n"
                        + "      host: " + TestPki.HOST + "\n"
                        + endpoint
                        + tail);
    }

    private Path config(String endpoint) throws IOException {
        return config(endpoint, "");
    }

    private List<Finding> findings(Path config) throws Exception {
        NemsValidator validator = SupplierConfig.load(config, "nems-rules.yaml")
                .applyTo(NemsValidator.builder().baseDirectory(dir).threads(1).judgingInstant(NOW))
                .build();
        Report report = validator.validate(List.of(dir.resolve("recordings")));
        return report.findings()
                .filter(f -> f.ruleId().startsWith("certificate."))
                .toList();
    }

    private List<Finding> findingsFor(X509Certificate certificate) throws Exception {
        pem(dir.resolve("certs"), "endpoint.pem", certificate);
        return findings(config("      certificate: certs/endpoint.pem\n"));
    }

    private static Finding only(List<Finding> findings, String ruleId) {
        assertEquals(List.of(ruleId), findings.stream().map(Finding::ruleId).toList(), findings::toString);
        return findings.get(0);
    }

    @Test
    void aGoodCertificateGivesNoFindingAndTheConfigurationIsNoFileOfTheReport() throws Exception {
        pem(dir.resolve("certs"), "endpoint.pem", endpoint().build());
        Path config = config("      certificate: certs/endpoint.pem\n");
        assertEquals(List.of(), findings(config));
        Report report = SupplierConfig.load(config, "nems-rules.yaml")
                .applyTo(NemsValidator.builder().baseDirectory(dir).judgingInstant(NOW))
                .build()
                .validate(List.of(dir.resolve("recordings")));
        assertEquals(
                List.of("recordings/create.http"),
                report.files().stream().map(f -> f.path()).toList());
    }

    @Test
    void anExpiredCertificateIsAnErrorOnTheLineThatNamesItWithTheFileAsWritten() throws Exception {
        Finding finding = only(
                findingsFor(endpoint()
                        .valid("2025-01-01T00:00:00Z", "2026-03-15T00:00:00Z")
                        .build()),
                ValidityRule.ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("nems-rules.yaml", finding.location().file());
        assertEquals(6, finding.location().line(), "the line of certificate:");
        assertEquals("systems[0].endpoint.certificate", finding.location().path());
        assertEquals("R-HDR-07", finding.requirement());
        assertTrue(finding.message().contains("certs/endpoint.pem"), finding.message());
        assertTrue(finding.message().contains("2026-03-15"), finding.message());
        assertFalse(finding.message().contains(dir.toString()), "no machine's path: " + finding.message());
    }

    @Test
    void aCertificateNotValidYetIsTheSameRule() throws Exception {
        only(
                findingsFor(endpoint()
                        .valid("2026-07-01T00:00:00Z", "2027-07-01T00:00:00Z")
                        .build()),
                ValidityRule.ID);
    }

    @Test
    void aCertificateExpiringWithinTheWindowIsAWarningAndASmallerWindowSilencesIt() throws Exception {
        pem(
                dir.resolve("certs"),
                "endpoint.pem",
                endpoint().valid("2026-01-01T00:00:00Z", "2026-06-20T00:00:00Z").build());
        Finding finding = only(findings(config("      certificate: certs/endpoint.pem\n")), ExpiresSoonRule.ID);
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("2026-06-20"), finding.message());

        assertEquals(
                List.of(), findings(config("      certificate: certs/endpoint.pem\n      expiryWarningDays: 10\n")));
    }

    @Test
    void aCertificateForAnotherHostIsAWarning() throws Exception {
        Finding finding = only(
                findingsFor(endpoint()
                        .subject("CN=other.supplier.example")
                        .dnsNames("other.supplier.example")
                        .build()),
                HostNameRule.ID);
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("other.supplier.example"), finding.message());
    }

    @Test
    void aServerOnlyCertificateCannotAuthenticateAClient() throws Exception {
        only(
                findingsFor(endpoint()
                        .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth)
                        .build()),
                ClientAuthRule.ID);
    }

    @Test
    void aWeakKeyAndASha1SignatureAreWarnings() throws Exception {
        Finding weak = only(findingsFor(endpoint().keys(WEAK_KEYS).build()), WeakCryptoRule.ID);
        assertTrue(weak.message().contains("1024"), weak.message());
        only(findingsFor(endpoint().signedWith("SHA1withRSA").build()), WeakCryptoRule.ID);
    }

    @Test
    void aCertificateOfAnotherAuthorityDoesNotChainToTheEnvironmentsCaCertificates() throws Exception {
        pem(dir.resolve("certs"), "endpoint.pem", endpoint().build());
        pem(dir.resolve("certs"), "live-ca.pem", ROOT);
        pem(dir.resolve("certs"), "other-ca.pem", OTHER_ROOT);
        String environments = "environments:\n  live:\n    nemsAsid: \"928942012545\"\n"
                + "    endpoint: https://clinicals.spineservices.nhs.uk\n    caCertificates: [certs/%s]\n";

        assertEquals(
                List.of(),
                findings(config("      certificate: certs/endpoint.pem\n", environments.formatted("live-ca.pem"))));
        Finding finding = only(
                findings(config("      certificate: certs/endpoint.pem\n", environments.formatted("other-ca.pem"))),
                ChainRule.ID);
        assertFalse(finding.message().contains(dir.toString()), finding.message());
    }

    @Test
    void aKeyOfAnotherCertificateIsAnErrorOnTheLineOfTheKey() throws Exception {
        pem(dir.resolve("certs"), "endpoint.pem", endpoint().build());
        pkcs8Key(dir.resolve("certs"), "endpoint.key", ENDPOINT_KEYS);
        pkcs8Key(dir.resolve("certs"), "other.key", OTHER_KEYS);

        assertEquals(
                List.of(), findings(config("      certificate: certs/endpoint.pem\n      key: certs/endpoint.key\n")));
        Finding finding = only(
                findings(config("      certificate: certs/endpoint.pem\n      key: certs/other.key\n")),
                KeyMismatchRule.ID);
        assertEquals(7, finding.location().line(), "the line of key:");
        assertEquals("systems[0].endpoint.key", finding.location().path());
    }

    @Test
    void anEncryptedKeyCannotBeComparedAndSaysSo() throws Exception {
        pem(dir.resolve("certs"), "endpoint.pem", endpoint().build());
        encryptedPkcs8Key(dir.resolve("certs"), "endpoint.key", ENDPOINT_KEYS);
        Finding finding = only(
                findings(config("      certificate: certs/endpoint.pem\n      key: certs/endpoint.key\n")),
                KeyUnreadableRule.ID);
        assertEquals(Severity.WARNING, finding.severity());
    }

    @Test
    void aKeyStoreThatDoesNotOpenIsUnreadableNamingTheVariableNeverItsValue() throws Exception {
        pkcs12(
                dir.resolve("certs"),
                "endpoint.p12",
                TestPki.Entry.key("endpoint", ENDPOINT_KEYS, endpoint().build()));
        String path = System.getenv("PATH");

        Finding wrong = only(
                findings(config("      certificate: certs/endpoint.p12\n      passwordEnv: PATH\n")),
                CertificateUnreadableRule.ID);
        assertTrue(wrong.message().contains("PATH"), wrong.message());
        assertFalse(path != null && wrong.message().contains(path), wrong.message());

        Finding unset = only(
                findings(config(
                        "      certificate: certs/endpoint.p12\n      passwordEnv: NEMS_RULES_NO_SUCH_VARIABLE_3F\n")),
                CertificateUnreadableRule.ID);
        assertTrue(unset.message().contains("NEMS_RULES_NO_SUCH_VARIABLE_3F"), unset.message());
    }

    @Test
    void aMissingOrBrokenCertificateFileIsUnreadable() throws Exception {
        only(findings(config("      certificate: certs/none.pem\n")), CertificateUnreadableRule.ID);
        Files.writeString(dir.resolve("certs/broken.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n");
        only(findings(config("      certificate: certs/broken.pem\n")), CertificateUnreadableRule.ID);
    }

    @Test
    void aPasswordWrittenInTheFileIsAnErrorOnItsLineThatNeverQuotesIt() throws Exception {
        pem(dir.resolve("certs"), "endpoint.pem", endpoint().build());
        Finding finding = only(
                findings(config("      certificate: certs/endpoint.pem\n      keyPassword: Zq8-written-down-9\n")),
                PasswordInConfigRule.ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(7, finding.location().line());
        assertFalse(finding.message().contains("Zq8-written-down-9"), finding.message());
    }

    @Test
    void withoutAnEndpointOrWithoutAConfigurationTheRulesAreSilent() throws Exception {
        Files.writeString(
                dir.resolve("nems-rules.yaml"),
                "systems:\n  - asid: \"" + TestPki.ASID + "\"\n    organisations: [A99968]\n");
        assertEquals(List.of(), findings(dir.resolve("nems-rules.yaml")));
        Report report = NemsValidator.builder().baseDirectory(dir).build().validate(List.of(dir.resolve("recordings")));
        assertTrue(report.findings().noneMatch(f -> f.ruleId().startsWith("certificate.")));
    }

    @Test
    void theSchemaRefusesAnEndpointWithoutACertificateWithFileLineAndPath() throws Exception {
        Files.writeString(
                dir.resolve("nems-rules.yaml"),
                "systems:\n  - asid: \"" + TestPki.ASID + "\"\n    organisations: [A99968]\n    endpoint:\n      host: "
                        + TestPki.HOST + "\n");
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                ConfigException.class, () -> SupplierConfig.load(dir.resolve("nems-rules.yaml"), "nems-rules.yaml"));
        assertTrue(
                e.errors().get(0).startsWith("nems-rules.yaml:4: "), e.errors().toString());
        assertTrue(e.errors().get(0).contains("certificate"), e.errors().toString());
    }

    @Test
    void aKeystoreKeyOfAnotherCertificateIsOnTheLineOfTheCertificateWhenNoKeyIsNamed() throws Exception {
        // A keystore saved without a password, so that the configuration needs no passwordEnv.
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("endpoint", OTHER_KEYS.getPrivate(), new char[0], new Certificate[] {
            endpoint().build()
        });
        try (OutputStream out = Files.newOutputStream(dir.resolve("certs/endpoint.p12"))) {
            store.store(out, new char[0]);
        }

        Finding finding = only(findings(config("      certificate: certs/endpoint.p12\n")), KeyMismatchRule.ID);

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(6, finding.location().line(), "the line of certificate:, since there is no key:");
        assertEquals("systems[0].endpoint.key", finding.location().path());
        assertTrue(
                finding.message()
                        .startsWith("the private key in the key entry 'endpoint' of certs/endpoint.p12 is "
                                + "not the key of the certificate " + TestPki.SUBJECT + " in certs/endpoint.p12"),
                finding.message());
    }

    @Test
    void aConfigurationOfAnotherKindIsNotJudgedByTheCertificateRules() throws Exception {
        pem(dir.resolve("certs"), "endpoint.pem", endpoint().build());
        Configuration another = () -> "other-config.yaml";

        Report report = NemsValidator.builder()
                .baseDirectory(dir)
                .threads(1)
                .judgingInstant(NOW)
                .configuration(another)
                .build()
                .validate(List.of(dir.resolve("recordings")));

        assertEquals(
                List.of(),
                report.findings()
                        .filter(f -> f.ruleId().startsWith("certificate."))
                        .toList());
    }
}
