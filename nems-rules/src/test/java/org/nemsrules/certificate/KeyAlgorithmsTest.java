package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.certificate.TestPki.SUBJECT;
import static org.nemsrules.certificate.TestPki.endpoint;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nemsrules.certificate.CertificateProblem.Kind;

/**
 * Keys of the algorithms besides RSA and EC: DSA and EdDSA keys are compared with their certificate by signing, as RSA
 * and EC keys are; a key that cannot sign (X25519) is said to be one the check cannot compare.
 */
class KeyAlgorithmsTest {
    private static final String MISMATCH = "the private key in endpoint.key is not the key of the certificate "
            + SUBJECT + " in endpoint.pem (a signature made with it does not verify with the certificate's public "
            + "key); expected the private key the certificate was issued for";

    private static KeyPair generate(String algorithm) throws Exception {
        return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
    }

    private static Optional<CertificateProblem> pairing(X509Certificate certificate, KeyPair keys) {
        return KeyPairing.check("endpoint.pem", certificate, keys.getPrivate(), "endpoint.key");
    }

    @Test
    void aDsaKeyIsComparedWithItsCertificate() throws Exception {
        KeyPair keys = generate("DSA");
        X509Certificate certificate = endpoint().keys(keys).build();
        assertEquals("DSA", certificate.getPublicKey().getAlgorithm());

        assertEquals(Optional.empty(), pairing(certificate, keys));
        assertEquals(
                Optional.of(CertificateProblem.error(Kind.KEY_MISMATCH, MISMATCH)),
                pairing(certificate, generate("DSA")));
    }

    @Test
    void anEd25519KeyIsComparedWithItsCertificate() throws Exception {
        KeyPair keys = generate("Ed25519");
        X509Certificate certificate = endpoint().keys(keys).build();

        assertEquals(Optional.empty(), pairing(certificate, keys));
        assertEquals(
                Optional.of(CertificateProblem.error(Kind.KEY_MISMATCH, MISMATCH)),
                pairing(certificate, generate("Ed25519")));
    }

    @Test
    void anX25519KeyCannotBeComparedAndSaysSoAsAWarning() throws Exception {
        KeyPair keys = generate("X25519");
        X509Certificate certificate = endpoint().keys(keys).build();

        Optional<CertificateProblem> problem = pairing(certificate, keys);

        assertEquals(
                Optional.of(CertificateProblem.warning(
                        Kind.KEY_UNREADABLE,
                        "the private key in endpoint.key is a key for XDH, which the check cannot compare with the "
                                + "certificate " + SUBJECT + " in endpoint.pem; expected an RSA, EC or EdDSA key")),
                problem);
        assertEquals(problem, pairing(certificate, generate("X25519")), "nor is another X25519 key compared");
    }
}
