package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.certificate.TestPki.ENDPOINT_KEYS;
import static org.nemsrules.certificate.TestPki.OTHER_KEYS;
import static org.nemsrules.certificate.TestPki.PASSWORD;
import static org.nemsrules.certificate.TestPki.PASSWORD_VARIABLE;
import static org.nemsrules.certificate.TestPki.endpoint;
import static org.nemsrules.certificate.TestPki.keystore;
import static org.nemsrules.certificate.TestPki.pem;
import static org.nemsrules.certificate.TestPki.registration;
import static org.nemsrules.certificate.TestPki.withKey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.certificate.CertificateProblem.Kind;
import org.nemsrules.certificate.TestPki.Entry;

/**
 * No message ever shows a private key or a keystore password: every scenario that produces a problem is run with a
 * distinctive password and keys, and no message may hold the password, a wrong password tried, or any base64 line of
 * a key file.
 */
class SecretsTest {
    private static final String WRONG_PASSWORD = "Wr0ng-but-also-secret-guess-5521";

    private static final String KEY_ENTRY_PASSWORD = "Entry-own-secret-password-0417";

    @TempDir
    Path dir;

    private record Scenario(EndpointRegistration registration, Map<String, String> environment, List<Path> cas) {}

    @Test
    void noMessageHoldsAPasswordOrAnyLineOfAKey() throws Exception {
        Path matchingKey = TestPki.pkcs8Key(dir, "matching.key", ENDPOINT_KEYS);
        Path otherKey = TestPki.traditionalKey(dir, "other.key", OTHER_KEYS);
        Path ecKey = TestPki.traditionalKey(dir, "ec.key", TestPki.EC_KEYS);
        Path encrypted = TestPki.encryptedPkcs8Key(dir, "encrypted.key", ENDPOINT_KEYS);
        Path encryptedTraditional = TestPki.encryptedTraditionalKey(dir, "encrypted-traditional.key", ENDPOINT_KEYS);
        Path damagedKey = Files.writeString(
                dir.resolve("damaged.key"), Files.readString(otherKey).replaceFirst("\n[A-Za-z0-9+/]{20}", "\n!!!!"));
        Path keyAsCertificate = Files.copy(otherKey, dir.resolve("key-as-certificate.pem"));
        List<Path> keyFiles =
                List.of(matchingKey, otherKey, ecKey, encrypted, encryptedTraditional, damagedKey, keyAsCertificate);

        X509Certificate good = endpoint().build();
        X509Certificate bad = endpoint()
                .valid("2025-01-01T00:00:00Z", "2026-02-01T00:00:00Z")
                .subject("CN=elsewhere.example")
                .dnsNames("elsewhere.example")
                .keyUsage(KeyUsage.keyEncipherment)
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth)
                .keys(TestPki.WEAK_KEYS)
                .signedWith("SHA1withRSA")
                .build();
        Path goodPem = pem(dir, "good.pem", good);
        Path badPem = pem(dir, "bad.pem", bad);
        Path notYetValid = pem(
                dir,
                "future.pem",
                endpoint().valid("2026-09-01T00:00:00Z", "2027-09-01T00:00:00Z").build());
        Path otherCa = pem(dir, "other-ca.pem", TestPki.OTHER_ROOT);
        Path garbageCa = Files.writeString(dir.resolve("garbage-ca.pem"), "garbage");
        Path keystore = TestPki.pkcs12(dir, "endpoint.p12", Entry.key("endpoint", OTHER_KEYS, bad));
        Path twoKeys =
                TestPki.pkcs12(dir, "two.p12", Entry.key("a", ENDPOINT_KEYS, good), Entry.key("b", OTHER_KEYS, bad));
        Path ownPassword = TestPki.pkcs12(
                dir, "own.p12", Entry.keyWithItsOwnPassword("endpoint", ENDPOINT_KEYS, KEY_ENTRY_PASSWORD, good));
        Path damagedKeystore = Files.write(dir.resolve("damaged.p12"), new byte[] {0x30, 0x01, 0x00});

        Map<String, String> environment = Map.of(PASSWORD_VARIABLE, PASSWORD);
        List<Scenario> scenarios = new ArrayList<>();
        for (Path key : keyFiles) {
            for (Path certificate : List.of(goodPem, badPem, notYetValid, keystore)) {
                EndpointRegistration registration = certificate.equals(keystore)
                        ? withKey(keystore(certificate, Optional.empty()), key)
                        : withKey(registration(certificate), key);
                scenarios.add(new Scenario(registration, environment, List.of(otherCa)));
                scenarios.add(new Scenario(registration, environment, List.of(garbageCa)));
            }
        }
        EndpointRegistration keystoreRegistration = keystore(keystore, Optional.empty());
        scenarios.add(new Scenario(keystoreRegistration, Map.of(PASSWORD_VARIABLE, WRONG_PASSWORD), List.of()));
        scenarios.add(new Scenario(keystoreRegistration, Map.of(), List.of()));
        scenarios.add(new Scenario(registration(keystore), environment, List.of()));
        scenarios.add(new Scenario(keystore(keystore, Optional.of("missing")), environment, List.of()));
        scenarios.add(new Scenario(keystore(twoKeys, Optional.empty()), environment, List.of()));
        scenarios.add(new Scenario(keystore(ownPassword, Optional.empty()), environment, List.of()));
        scenarios.add(new Scenario(keystore(damagedKeystore, Optional.empty()), environment, List.of()));
        scenarios.add(new Scenario(registration(keyAsCertificate), environment, List.of()));
        scenarios.add(new Scenario(registration(encrypted), environment, List.of()));
        scenarios.add(new Scenario(registration(dir.resolve("missing.pem")), environment, List.of()));

        List<String> secrets = new ArrayList<>(List.of(PASSWORD, WRONG_PASSWORD, KEY_ENTRY_PASSWORD));
        for (Path key : keyFiles) {
            secrets.addAll(base64Lines(key));
        }
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        for (Scenario scenario : scenarios) {
            List<CertificateProblem> problems = EndpointCertificateCheck.check(
                    scenario.registration(),
                    scenario.cas(),
                    TestPki.NOW,
                    Duration.ofDays(400),
                    scenario.environment()::get);
            for (CertificateProblem problem : problems) {
                seen.add(problem.kind());
                for (String secret : secrets) {
                    assertFalse(problem.message().contains(secret), () -> "a secret in: " + problem.message());
                }
            }
        }
        assertEquals(EnumSet.allOf(Kind.class), seen, "every kind of problem was produced and looked at");
    }

    @Test
    void theKeyFilesHaveManyBase64LinesToLookFor() throws Exception {
        List<String> lines = base64Lines(TestPki.pkcs8Key(dir, "endpoint.key", ENDPOINT_KEYS));
        assertTrue(lines.size() > 20, "a 2048-bit key is some 25 lines of base64: " + lines.size());
    }

    /**
     * The lines of the key's body: neither the BEGIN and END lines nor the encapsulated headers. A last line of a few
     * characters is left out: it could be a word of a message by chance ("Test"), and it is no key anyway.
     */
    private static List<String> base64Lines(Path key) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(key)) {
            if (!line.startsWith("-----") && !line.contains(":") && line.strip().length() >= 8) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
