package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.certificate.TestPki.SUBJECT;
import static org.nemsrules.certificate.TestPki.check;
import static org.nemsrules.certificate.TestPki.endpoint;
import static org.nemsrules.certificate.TestPki.pem;
import static org.nemsrules.certificate.TestPki.registration;
import static org.nemsrules.certificate.TestPki.withKey;

import java.nio.file.Path;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.certificate.CertificateProblem.Kind;

/**
 * The messages are what a person can act on: each names the file as configured, the certificate's subject, the dates
 * that matter (as yyyy-MM-dd in UTC) and what is expected instead, and none is a Java exception.
 */
class ActionableMessagesTest {
    @TempDir
    Path dir;

    private static void assertActionable(CertificateProblem problem, Path file, String... more) {
        String message = problem.message();
        assertTrue(message.contains(file.toString()), () -> "names the file: " + message);
        assertTrue(message.contains(SUBJECT), () -> "names the subject: " + message);
        assertTrue(
                message.contains("expected") || message.contains("renew") || message.contains("give"),
                () -> "says what to do: " + message);
        assertTrue(!message.contains("Exception") && !message.contains("java."), () -> "no exception: " + message);
        for (String text : more) {
            assertTrue(message.contains(text), () -> "says '" + text + "': " + message);
        }
    }

    @Test
    void theValidityMessagesGiveTheFileTheSubjectAndTheDate() throws Exception {
        Path expired = pem(
                dir,
                "expired.pem",
                endpoint().valid("2025-01-01T00:00:00Z", "2026-05-31T23:00:00Z").build());
        assertActionable(check(registration(expired)).get(0), expired, "2026-05-31", "2026-06-01");

        Path future = pem(
                dir,
                "future.pem",
                endpoint().valid("2026-12-24T00:00:00Z", "2027-12-24T00:00:00Z").build());
        assertActionable(check(registration(future)).get(0), future, "2026-12-24");

        Path soon = pem(
                dir,
                "soon.pem",
                endpoint().valid("2026-01-01T00:00:00Z", "2026-06-21T00:00:00Z").build());
        CertificateProblem problem = check(registration(soon)).get(0);
        assertEquals(Kind.EXPIRES_SOON, problem.kind());
        assertActionable(problem, soon, "2026-06-21", "in 20 days");
    }

    @Test
    void theOtherMessagesGiveTheFileAndTheSubject() throws Exception {
        Path wrongHost = pem(dir, "wrong-host.pem", endpoint().build());
        assertActionable(
                check(TestPki.withHost(registration(wrongHost), "other.example"))
                        .get(0),
                wrongHost,
                "'other.example'",
                "'" + TestPki.HOST + "'");

        Path serverOnly = pem(
                dir,
                "server-only.pem",
                endpoint().extendedKeyUsage(KeyPurposeId.id_kp_serverAuth).build());
        assertActionable(check(registration(serverOnly)).get(0), serverOnly, "serverAuth only");

        Path weak = pem(
                dir,
                "weak.pem",
                endpoint().keys(TestPki.WEAK_KEYS).signedWith("SHA1withRSA").build());
        List<CertificateProblem> weakProblems = check(registration(weak));
        assertActionable(weakProblems.get(0), weak, "1024");
        assertActionable(weakProblems.get(1), weak, "SHA1withRSA");

        Path untrusted = pem(dir, "untrusted.pem", endpoint().build());
        assertActionable(
                check(registration(untrusted), pem(dir, "ca.pem", TestPki.OTHER_ROOT))
                        .get(0),
                untrusted);

        Path key = TestPki.pkcs8Key(dir, "other.key", TestPki.OTHER_KEYS);
        Path mismatched = pem(dir, "mismatched.pem", endpoint().build());
        assertActionable(check(withKey(registration(mismatched), key)).get(0), mismatched, key.toString());

        Path encryptedKey = TestPki.encryptedPkcs8Key(dir, "encrypted.key", TestPki.ENDPOINT_KEYS);
        assertActionable(
                check(withKey(registration(mismatched), encryptedKey)).get(0),
                mismatched,
                encryptedKey.toString(),
                "encrypted");
    }

    @Test
    void aMessageSaysWhereTheFileIsExpected() {
        Path missing = dir.resolve("certs").resolve("endpoint.pem");
        assertEquals(
                "cannot read " + missing + ": no such file; expected the endpoint certificate there (paths are "
                        + "resolved against the directory of the configuration file)",
                check(registration(missing)).get(0).message());
    }
}
