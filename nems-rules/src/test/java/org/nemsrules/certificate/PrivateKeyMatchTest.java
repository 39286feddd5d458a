package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.certificate.TestPki.EC_KEYS;
import static org.nemsrules.certificate.TestPki.ENDPOINT_KEYS;
import static org.nemsrules.certificate.TestPki.OTHER_KEYS;
import static org.nemsrules.certificate.TestPki.check;
import static org.nemsrules.certificate.TestPki.endpoint;
import static org.nemsrules.certificate.TestPki.kinds;
import static org.nemsrules.certificate.TestPki.pem;
import static org.nemsrules.certificate.TestPki.registration;
import static org.nemsrules.certificate.TestPki.withKey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.certificate.CertificateProblem.Kind;

class PrivateKeyMatchTest {
    @TempDir
    Path dir;

    private List<CertificateProblem> checkWithKey(KeyPair certificateKeys, Path key) throws Exception {
        Path certificate =
                pem(dir, "endpoint.pem", endpoint().keys(certificateKeys).build());
        return check(withKey(registration(certificate), key));
    }

    private static String content(Path file) throws Exception {
        return Files.readString(file);
    }

    @Test
    void theMatchingKeyInPkcs1FormPasses() throws Exception {
        Path key = TestPki.traditionalKey(dir, "endpoint.key", ENDPOINT_KEYS);
        assertTrue(content(key).contains("BEGIN RSA PRIVATE KEY"));
        assertEquals(List.of(), checkWithKey(ENDPOINT_KEYS, key));
    }

    @Test
    void theMatchingKeyInPkcs8FormPasses() throws Exception {
        Path key = TestPki.pkcs8Key(dir, "endpoint.key", ENDPOINT_KEYS);
        assertTrue(content(key).contains("BEGIN PRIVATE KEY"));
        assertEquals(List.of(), checkWithKey(ENDPOINT_KEYS, key));
    }

    @Test
    void theMatchingEcKeyInSec1FormPasses() throws Exception {
        Path key = TestPki.traditionalKey(dir, "endpoint.key", EC_KEYS);
        assertTrue(content(key).contains("BEGIN EC PRIVATE KEY"));
        assertEquals(List.of(), checkWithKey(EC_KEYS, key));
    }

    @Test
    void theMatchingEcKeyInPkcs8FormPasses() throws Exception {
        assertEquals(List.of(), checkWithKey(EC_KEYS, TestPki.pkcs8Key(dir, "endpoint.key", EC_KEYS)));
    }

    @Test
    void anotherRsaKeyIsAMismatch() throws Exception {
        Path key = TestPki.pkcs8Key(dir, "other.key", OTHER_KEYS);
        List<CertificateProblem> problems = checkWithKey(ENDPOINT_KEYS, key);
        assertEquals(List.of(Kind.KEY_MISMATCH), kinds(problems));
        CertificateProblem problem = problems.get(0);
        assertFalse(problem.warning());
        assertTrue(problem.message().contains(key.toString()), problem.message());
        assertTrue(problem.message().contains(TestPki.SUBJECT), problem.message());
    }

    @Test
    void anotherEcKeyIsAMismatch() throws Exception {
        Path key = TestPki.traditionalKey(dir, "other.key", TestPki.ec());
        assertEquals(List.of(Kind.KEY_MISMATCH), kinds(checkWithKey(EC_KEYS, key)));
    }

    @Test
    void aKeyOfAnotherAlgorithmIsAMismatch() throws Exception {
        Path key = TestPki.traditionalKey(dir, "ec.key", EC_KEYS);
        List<CertificateProblem> problems = checkWithKey(ENDPOINT_KEYS, key);
        assertEquals(List.of(Kind.KEY_MISMATCH), kinds(problems));
        assertTrue(problems.get(0).message().contains("a key for EC, the certificate's for RSA"));
    }

    @Test
    void anEncryptedPkcs8KeyCannotBeComparedAndSaysSo() throws Exception {
        Path key = TestPki.encryptedPkcs8Key(dir, "endpoint.key", ENDPOINT_KEYS);
        assertTrue(content(key).contains("BEGIN ENCRYPTED PRIVATE KEY"));
        List<CertificateProblem> problems = checkWithKey(ENDPOINT_KEYS, key);
        assertEquals(List.of(Kind.KEY_UNREADABLE), kinds(problems));
        assertTrue(problems.get(0).warning());
        assertTrue(
                problems.get(0).message().contains("encrypted"), problems.get(0).message());
        assertTrue(
                problems.get(0).message().contains("cannot be compared"),
                problems.get(0).message());
    }

    @Test
    void anEncryptedTraditionalKeyCannotBeComparedAndSaysSo() throws Exception {
        Path key = TestPki.encryptedTraditionalKey(dir, "endpoint.key", ENDPOINT_KEYS);
        assertTrue(content(key).contains("Proc-Type: 4,ENCRYPTED"));
        List<CertificateProblem> problems = checkWithKey(ENDPOINT_KEYS, key);
        assertEquals(List.of(Kind.KEY_UNREADABLE), kinds(problems));
        assertTrue(problems.get(0).warning());
    }

    @Test
    void aMissingKeyFileIsAnError() throws Exception {
        Path key = dir.resolve("missing.key");
        List<CertificateProblem> problems = checkWithKey(ENDPOINT_KEYS, key);
        assertEquals(List.of(Kind.KEY_UNREADABLE), kinds(problems));
        assertFalse(problems.get(0).warning());
        assertTrue(problems.get(0).message().startsWith("cannot read " + key + ": no such file"));
    }

    @Test
    void aFileWithoutAKeyIsAnError() throws Exception {
        Path notAKey = pem(dir, "endpoint.key", TestPki.ROOT);
        List<CertificateProblem> problems = checkWithKey(ENDPOINT_KEYS, notAKey);
        assertEquals(List.of(Kind.KEY_UNREADABLE), kinds(problems));
        assertFalse(problems.get(0).warning());
        assertTrue(
                problems.get(0).message().contains("holds no PEM private key"),
                problems.get(0).message());
    }

    @Test
    void aDamagedKeyIsAnError() throws Exception {
        Path damaged = Files.writeString(
                dir.resolve("endpoint.key"),
                "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n"
                        + "-----END RSA PRIVATE KEY-----\n");
        List<CertificateProblem> problems = checkWithKey(ENDPOINT_KEYS, damaged);
        assertEquals(List.of(Kind.KEY_UNREADABLE), kinds(problems));
        assertFalse(problems.get(0).warning());
        assertTrue(
                problems.get(0).message().contains("damaged"), problems.get(0).message());
    }

    @Test
    void withoutBouncyCastleAPkcs8KeyIsStillRead() throws Exception {
        String certificate = "the certificate";
        PrivateKey rsa = PrivateKeyFile.read(TestPki.pkcs8Key(dir, "rsa.key", ENDPOINT_KEYS), certificate, false);
        assertEquals(ENDPOINT_KEYS.getPrivate(), rsa);
        PrivateKey ec = PrivateKeyFile.read(TestPki.pkcs8Key(dir, "ec.key", EC_KEYS), certificate, false);
        assertEquals("EC", ec.getAlgorithm());
    }

    @Test
    void withoutBouncyCastleATraditionalKeyIsAWarningNamingWhatIsNeeded() throws Exception {
        for (KeyPair keys : List.of(ENDPOINT_KEYS, EC_KEYS)) {
            Path key = TestPki.traditionalKey(dir, keys.getPublic().getAlgorithm() + ".key", keys);
            UnreadableException unreadable =
                    assertThrows(UnreadableException.class, () -> PrivateKeyFile.read(key, "the certificate", false));
            CertificateProblem problem = unreadable.problem(Kind.KEY_UNREADABLE);
            assertTrue(problem.warning());
            assertTrue(problem.message().contains("bcpkix-jdk18on"), problem.message());
            assertTrue(problem.message().contains("PKCS#8"), problem.message());
        }
    }

    @Test
    void withoutBouncyCastleADamagedPkcs8KeyIsAnError() throws Exception {
        Path damaged = Files.writeString(
                dir.resolve("endpoint.key"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        UnreadableException unreadable =
                assertThrows(UnreadableException.class, () -> PrivateKeyFile.read(damaged, "the certificate", false));
        assertFalse(unreadable.problem(Kind.KEY_UNREADABLE).warning());
    }

    @Test
    void theKeyOfAKeystoreEntryIsComparedToo() throws Exception {
        X509Certificate certificate = endpoint().build();
        Path mismatched = TestPki.pkcs12(dir, "mismatched.p12", TestPki.Entry.key("endpoint", OTHER_KEYS, certificate));
        List<CertificateProblem> problems = check(TestPki.keystore(mismatched, Optional.empty()));
        assertEquals(List.of(Kind.KEY_MISMATCH), kinds(problems));
        assertTrue(
                problems.get(0).message().contains("key entry 'endpoint' of " + mismatched),
                problems.get(0).message());
    }

    @Test
    void aKeyFileThatAlsoHoldsTheCertificateIsRead() throws Exception {
        X509Certificate certificate = endpoint().build();
        Path both =
                pem(dir, "endpoint-and-key.pem", certificate, new JcaPKCS8Generator(ENDPOINT_KEYS.getPrivate(), null));
        Path other = pem(dir, "other-and-key.pem", certificate, new JcaPKCS8Generator(OTHER_KEYS.getPrivate(), null));
        Path file = pem(dir, "endpoint.pem", certificate);

        assertEquals(List.of(), check(withKey(registration(file), both)));
        assertEquals(List.of(Kind.KEY_MISMATCH), kinds(check(withKey(registration(file), other))));
    }

    @Test
    void aKeyWhoseBeginLineDoesNotStartItsLineIsUnreadable() throws Exception {
        String key = content(TestPki.pkcs8Key(dir, "endpoint.key", ENDPOINT_KEYS));
        Path pasted = Files.writeString(dir.resolve("pasted.key"), "key: " + key);

        List<CertificateProblem> problems = checkWithKey(ENDPOINT_KEYS, pasted);

        assertEquals(List.of(Kind.KEY_UNREADABLE), kinds(problems));
        assertFalse(problems.get(0).warning());
        assertTrue(
                problems.get(0)
                        .message()
                        .startsWith("cannot read " + pasted + ": its private key is damaged or of a kind the check "
                                + "does not know; expected the RSA or EC private key of the certificate "
                                + TestPki.SUBJECT),
                problems.get(0).message());
    }
}
