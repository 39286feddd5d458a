package org.nemsrules.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads an unencrypted PKCS#8 PEM key with the JDK alone, for when Bouncy Castle is not on the class path. */
final class JdkPkcs8Keys {
    private static final List<String> ALGORITHMS = List.of("RSA", "EC");

    private JdkPkcs8Keys() {}

    static PrivateKey read(List<PemBlocks.Block> blocks, String shown, String certificate) throws UnreadableException {
        Optional<PemBlocks.Block> pkcs8 =
                blocks.stream().filter(b -> b.label().equals("PRIVATE KEY")).findFirst();
        if (pkcs8.isEmpty()) {
            String kind = blocks.stream().anyMatch(b -> b.label().equals("EC PRIVATE KEY"))
                    ? "an EC key in SEC1 form (BEGIN EC PRIVATE KEY)"
                    : "a key in PKCS#1 or another traditional form";
            throw UnreadableException.onlyAWarning(shown + " holds " + kind + ", which only Bouncy Castle "
                    + "(org.bouncycastle:bcpkix-jdk18on) reads, and it is not on the class path, so the key cannot be "
                    + "compared with " + certificate + "; add it, or give the key as PKCS#8 (openssl pkcs8 -topk8 "
                    + "-nocrypt)");
        }
        byte[] der;
        try {
            der = pkcs8.get().decoded();
        } catch (IllegalArgumentException e) {
            throw unreadable(shown, certificate);
        }
        try {
            for (String algorithm : ALGORITHMS) {
                try {
                    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                } catch (GeneralSecurityException | RuntimeException notThisAlgorithm) {
                    // The next algorithm may read it.
                }
            }
            throw unreadable(shown, certificate);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    private static UnreadableException unreadable(String shown, String certificate) {
        return new UnreadableException("cannot read " + shown + ": its PKCS#8 private key is damaged or neither "
                + "an RSA nor an EC key; expected the RSA or EC private key of " + certificate);
    }
}
