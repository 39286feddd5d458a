package org.nemsrules.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.nemsrules.certificate.CertificateProblem.Kind;

/**
 * Whether a private key is the one the certificate was issued for: a fixed message signed with the private key must
 * verify with the certificate's public key. Signing works the same for RSA, EC and EdDSA keys, where comparing the
 * keys' numbers would need code for each.
 */
final class KeyPairing {
    private static final byte[] MESSAGE =
            "NEMS Rules: does this private key belong to this certificate?".getBytes(StandardCharsets.US_ASCII);

    private KeyPairing() {}

    /**
     * @param keySource where the key came from, as messages name it ("endpoint.key", "the key entry 'a' of x.p12")
     */
    static Optional<CertificateProblem> check(
            String file, X509Certificate certificate, PrivateKey key, String keySource) {
        PublicKey publicKey = certificate.getPublicKey();
        String which = Wording.certificateIn(file, certificate);
        if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
            return Optional.of(mismatch(
                    keySource,
                    which,
                    "it is a key for " + key.getAlgorithm() + ", the certificate's for " + publicKey.getAlgorithm()));
        }
        Optional<String> algorithm = signatureAlgorithm(key.getAlgorithm());
        if (algorithm.isEmpty()) {
            return Optional.of(CertificateProblem.warning(
                    Kind.KEY_UNREADABLE,
                    "the private key in " + keySource + " is a key for " + key.getAlgorithm() + ", which the "
                            + "check cannot compare with " + which + "; expected an RSA, EC or EdDSA key"));
        }
        byte[] signature;
        try {
            Signature signer = Signature.getInstance(algorithm.get());
            signer.initSign(key);
            signer.update(MESSAGE);
            signature = signer.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.of(CertificateProblem.error(
                    Kind.KEY_UNREADABLE,
                    "the private key in " + keySource + " cannot sign, so it cannot be the key of " + which
                            + "; expected the endpoint's private key"));
        }
        try {
            Signature verifier = Signature.getInstance(algorithm.get());
            verifier.initVerify(publicKey);
            verifier.update(MESSAGE);
            if (verifier.verify(signature)) {
                return Optional.empty();
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // A signature the certificate's key cannot even read was not made by its private key.
        }
        return Optional.of(mismatch(
                keySource, which, "a signature made with it does not verify with the " + "certificate's public key"));
    }

    private static CertificateProblem mismatch(String keySource, String which, String how) {
        return CertificateProblem.error(
                Kind.KEY_MISMATCH,
                "the private key in " + keySource + " is not the key of " + which + " (" + how + "); expected the "
                        + "private key the certificate was issued for");
    }

    private static Optional<String> signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA" -> Optional.of("SHA256withRSA");
            case "EC" -> Optional.of("SHA256withECDSA");
            case "DSA" -> Optional.of("SHA256withDSA");
            case "EdDSA", "Ed25519", "Ed448" -> Optional.of(keyAlgorithm);
            default -> Optional.empty();
        };
    }
}
