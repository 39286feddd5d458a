package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.certificate.TestPki.ENDPOINT_KEYS;
import static org.nemsrules.certificate.TestPki.INTERMEDIATE;
import static org.nemsrules.certificate.TestPki.INTERMEDIATE_KEYS;
import static org.nemsrules.certificate.TestPki.PASSWORD_VARIABLE;
import static org.nemsrules.certificate.TestPki.ROOT;
import static org.nemsrules.certificate.TestPki.check;
import static org.nemsrules.certificate.TestPki.endpoint;
import static org.nemsrules.certificate.TestPki.keystore;
import static org.nemsrules.certificate.TestPki.kinds;
import static org.nemsrules.certificate.TestPki.pem;
import static org.nemsrules.certificate.TestPki.registration;

import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.certificate.CertificateProblem.Kind;
import org.nemsrules.certificate.TestPki.Entry;

class CertificateFormatsTest {
    @TempDir
    Path dir;

    private final X509Certificate good = endpoint().build();

    private final X509Certificate expired =
            endpoint().valid("2025-01-01T00:00:00Z", "2026-02-01T00:00:00Z").build();

    private static CertificateProblem only(List<CertificateProblem> problems, Kind kind) {
        assertEquals(List.of(kind), kinds(problems), problems::toString);
        return problems.get(0);
    }

    @Test
    void aDerCertificateIsRead() throws Exception {
        assertEquals(List.of(), check(registration(TestPki.der(dir, "endpoint.cer", good))));
        assertEquals(List.of(Kind.EXPIRED), kinds(check(registration(TestPki.der(dir, "expired.der", expired)))));
    }

    @Test
    void theFirstCertificateOfAPemFileIsTheEndpointsWhateverSurroundsIt() throws Exception {
        Path file = dir.resolve("endpoint.pem");
        Files.writeString(
                file,
                "Bag Attributes\n    friendlyName: endpoint\n"
                        + Files.readString(pem(dir, "first.pem", expired))
                        + "subject=CN = Test Spine Root CA\n"
                        + Files.readString(pem(dir, "second.pem", good)));
        assertEquals(List.of(Kind.EXPIRED), kinds(check(registration(file))));
    }

    @Test
    void aPemFileWithoutACertificateIsUnreadableAndSaysWhatItHolds() throws Exception {
        Path file = pem(dir, "endpoint.pem", ENDPOINT_KEYS.getPublic());
        CertificateProblem problem = only(check(registration(file)), Kind.UNREADABLE);
        assertFalse(problem.warning());
        assertTrue(problem.message().contains("no -----BEGIN CERTIFICATE----- block"), problem.message());
        assertTrue(problem.message().contains("PUBLIC KEY"), problem.message());
    }

    @Test
    void aDamagedPemCertificateIsUnreadable() throws Exception {
        String text = Files.readString(pem(dir, "good.pem", good));
        Path file = Files.writeString(
                dir.resolve("endpoint.pem"),
                text.replace("\n", "\n!").substring(0, 200) + "\n-----END CERTIFICATE-----\n");
        CertificateProblem problem = only(check(registration(file)), Kind.UNREADABLE);
        assertTrue(problem.message().contains("certificate block 1"), problem.message());
    }

    @Test
    void aGarbageFileIsUnreadable() throws Exception {
        Path file = Files.write(dir.resolve("endpoint.crt"), new byte[] {0x30, 0x03, 0x02, 0x01, 0x05, 0x7f});
        CertificateProblem problem = only(check(registration(file)), Kind.UNREADABLE);
        assertTrue(problem.message().contains("neither a PEM nor a DER certificate nor a PKCS#12"), problem.message());
    }

    @Test
    void anEmptyFileIsUnreadable() throws Exception {
        only(check(registration(Files.write(dir.resolve("endpoint.pem"), new byte[0]))), Kind.UNREADABLE);
    }

    @Test
    void aFileFarLargerThanAnyCertificateIsNotRead() throws Exception {
        Path huge = Files.write(dir.resolve("endpoint.pem"), new byte[(int) FileBytes.MAX_BYTES + 1]);
        CertificateProblem problem = only(check(registration(huge)), Kind.UNREADABLE);
        assertTrue(problem.message().contains("4,194,305 bytes"), problem.message());
    }

    @Test
    void aMissingFileIsUnreadable() {
        Path missing = dir.resolve("missing.pem");
        CertificateProblem problem = only(check(registration(missing)), Kind.UNREADABLE);
        assertTrue(problem.message().startsWith("cannot read " + missing + ": no such file"), problem.message());
    }

    @Test
    void aDirectoryIsUnreadable() {
        CertificateProblem problem = only(check(registration(dir)), Kind.UNREADABLE);
        assertTrue(problem.message().contains("it is a directory"), problem.message());
    }

    @Test
    void aPkcs12KeystoreOpensWithThePasswordFromTheEnvironment() throws Exception {
        X509Certificate certificate =
                endpoint().issuedBy(INTERMEDIATE, INTERMEDIATE_KEYS).build();
        Path file = TestPki.pkcs12(
                dir, "endpoint.p12", Entry.key("endpoint", ENDPOINT_KEYS, certificate, INTERMEDIATE, ROOT));
        assertEquals(List.of(), check(keystore(file, Optional.empty()), pem(dir, "ca.pem", ROOT)));
        assertEquals(List.of(), check(keystore(file, Optional.of("endpoint"))));
    }

    @Test
    void aKeystoreIsKnownByItsContentWhateverItsName() throws Exception {
        Path file = TestPki.pkcs12(dir, "endpoint.keystore", Entry.key("endpoint", ENDPOINT_KEYS, expired));
        assertEquals(List.of(Kind.EXPIRED), kinds(check(keystore(file, Optional.empty()))));
    }

    @Test
    void aWrongPasswordSaysWhichVariableHeldIt() throws Exception {
        Path file = TestPki.pkcs12(dir, "endpoint.pfx", Entry.key("endpoint", ENDPOINT_KEYS, good));
        CertificateProblem problem = only(
                check(keystore(file, Optional.empty()), Map.of(PASSWORD_VARIABLE, "not-the-password")),
                Kind.UNREADABLE);
        assertEquals(
                "the keystore password from " + PASSWORD_VARIABLE + " does not open " + file
                        + "; expected the password the keystore was saved with",
                problem.message());
    }

    @Test
    void anUnsetPasswordVariableIsNamed() throws Exception {
        Path file = TestPki.pkcs12(dir, "endpoint.p12", Entry.key("endpoint", ENDPOINT_KEYS, good));
        CertificateProblem problem = only(check(keystore(file, Optional.empty()), Map.of()), Kind.UNREADABLE);
        assertTrue(problem.message().contains("the environment variable " + PASSWORD_VARIABLE), problem.message());
        assertTrue(problem.message().contains("is not set"), problem.message());
    }

    @Test
    void aKeystoreWithAPasswordButNoVariableNamedSaysSo() throws Exception {
        Path file = TestPki.pkcs12(dir, "endpoint.p12", Entry.key("endpoint", ENDPOINT_KEYS, good));
        CertificateProblem problem = only(check(registration(file)), Kind.UNREADABLE);
        assertTrue(problem.message().contains("needs a password"), problem.message());
    }

    @Test
    void anAliasNotInTheKeystoreListsTheEntriesThere() throws Exception {
        Path file = TestPki.pkcs12(
                dir, "endpoint.p12", Entry.key("endpoint", ENDPOINT_KEYS, good), Entry.certificate("root", ROOT));
        CertificateProblem problem = only(check(keystore(file, Optional.of("spine"))), Kind.UNREADABLE);
        assertTrue(problem.message().contains("no entry named 'spine'"), problem.message());
        assertTrue(problem.message().contains("'endpoint', 'root'"), problem.message());
    }

    @Test
    void severalKeyEntriesWithoutAnAliasAreAmbiguous() throws Exception {
        Path file = TestPki.pkcs12(
                dir,
                "endpoint.p12",
                Entry.key("endpoint-a", ENDPOINT_KEYS, good),
                Entry.key(
                        "endpoint-b",
                        TestPki.OTHER_KEYS,
                        endpoint()
                                .keys(TestPki.OTHER_KEYS)
                                .valid("2025-01-01T00:00:00Z", "2026-02-01T00:00:00Z")
                                .build()));
        CertificateProblem problem = only(check(keystore(file, Optional.empty())), Kind.UNREADABLE);
        assertTrue(problem.message().contains("2 private key entries"), problem.message());
        assertTrue(problem.message().contains("'endpoint-a', 'endpoint-b'"), problem.message());
        assertEquals(List.of(), check(keystore(file, Optional.of("endpoint-a"))));
        assertEquals(List.of(Kind.EXPIRED), kinds(check(keystore(file, Optional.of("endpoint-b")))));
    }

    @Test
    void aKeystoreWithoutKeyEntriesNeedsAnAlias() throws Exception {
        Path file = TestPki.pkcs12(dir, "endpoint.p12", Entry.certificate("endpoint", good));
        CertificateProblem problem = only(check(keystore(file, Optional.empty())), Kind.UNREADABLE);
        assertTrue(problem.message().contains("no private key entry"), problem.message());
        assertEquals(List.of(), check(keystore(file, Optional.of("endpoint"))));
    }

    @Test
    void aKeyEntryWithAPasswordOfItsOwnIsAWarningAndTheCertificateIsStillChecked() throws Exception {
        Path file = TestPki.pkcs12(
                dir, "endpoint.p12", Entry.keyWithItsOwnPassword("endpoint", ENDPOINT_KEYS, "another-one", expired));
        List<CertificateProblem> problems = check(keystore(file, Optional.empty()));
        assertEquals(List.of(Kind.KEY_UNREADABLE, Kind.EXPIRED), kinds(problems));
        assertTrue(problems.get(0).warning());
        assertTrue(
                problems.get(0)
                        .message()
                        .contains("does not open with the keystore password from " + PASSWORD_VARIABLE),
                problems.get(0).message());
    }

    @Test
    void aDamagedKeystoreIsUnreadable() throws Exception {
        byte[] bytes = Files.readAllBytes(TestPki.pkcs12(dir, "good.p12", Entry.key("endpoint", ENDPOINT_KEYS, good)));
        Path file = Files.write(dir.resolve("endpoint.p12"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CertificateProblem problem = only(check(keystore(file, Optional.empty())), Kind.UNREADABLE);
        assertTrue(problem.message().contains("damaged or not a keystore"), problem.message());
    }

    @Test
    void aPathThroughAFileIsUnreadableGivingTheSystemsReason() throws Exception {
        Path file = pem(dir, "endpoint.pem", good);
        Path throughAFile = file.resolve("endpoint.pem");
        String reason = assertThrows(FileSystemException.class, () -> Files.size(throughAFile))
                .getMessage();

        CertificateProblem problem = only(check(registration(throughAFile)), Kind.UNREADABLE);

        assertEquals(
                "cannot read " + throughAFile + ": " + reason + "; expected the endpoint certificate",
                problem.message());
        assertFalse(problem.message().contains("no such file"), problem.message());
    }

    @Test
    void aKeystoreWhoseOnlyKeyEntryIsASecretKeyHoldsNoCertificate() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setEntry(
                "session",
                new KeyStore.SecretKeyEntry(new SecretKeySpec(new byte[16], "AES")),
                new KeyStore.PasswordProtection(TestPki.PASSWORD.toCharArray()));
        Path file = dir.resolve("endpoint.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, TestPki.PASSWORD.toCharArray());
        }

        CertificateProblem problem = only(check(keystore(file, Optional.empty())), Kind.UNREADABLE);

        assertEquals(
                "the entry 'session' of " + file + " holds no X.509 certificate; expected the endpoint's certificate "
                        + "in it",
                problem.message());
    }

    @Test
    void materialWithoutACertificateIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new CertificateMaterial(List.of(), Optional.empty(), List.of()));
        assertEquals("no certificate", e.getMessage());
    }
}
