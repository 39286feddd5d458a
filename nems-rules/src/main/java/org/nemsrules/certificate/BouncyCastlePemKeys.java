package org.nemsrules.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Reads a PEM private key with Bouncy Castle. The only class of the package that names Bouncy Castle's types, so that
 * without it on the class path this class alone fails to load, and {@link PrivateKeyFile} falls back to the JDK.
 */
final class BouncyCastlePemKeys {
    private BouncyCastlePemKeys() {}

    static PrivateKey read(byte[] pem, String shown, String certificate) throws UnreadableException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser =
                new PEMParser(new InputStreamReader(new ByteArrayInputStream(pem), StandardCharsets.ISO_8859_1))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
                if (object instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle's message may quote what it could not parse, which is key material.
            throw unreadable(shown, certificate);
        }
        throw unreadable(shown, certificate);
    }

    private static UnreadableException unreadable(String shown, String certificate) {
        return new UnreadableException("cannot read " + shown + ": its private key is damaged or of a kind the "
                + "check does not know; expected the RSA or EC private key of " + certificate
                + " in PEM (PKCS#8, PKCS#1 or SEC1)");
    }
}
