package org.nemsrules.certificate;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the private key file of a registration: PEM, as PKCS#1 ({@code RSA PRIVATE KEY}), SEC1 ({@code EC PRIVATE
 * KEY}) or PKCS#8 ({@code PRIVATE KEY}). Bouncy Castle reads all three when it is on the class path; without it the
 * JDK reads PKCS#8 alone. An encrypted key is not opened: the configuration holds no password for it.
 */
final class PrivateKeyFile {
    private PrivateKeyFile() {}

    /** @param certificate the certificate the key is for, as messages name it */
    static PrivateKey read(Path file, String certificate) throws UnreadableException {
        return read(file, certificate, true);
    }

    /** @param tryBouncyCastle false to read as if Bouncy Castle were absent, which is what the tests need */
    static PrivateKey read(Path file, String certificate, boolean tryBouncyCastle) throws UnreadableException {
        String shown = Wording.file(file);
        byte[] bytes = FileBytes.read(file, "the private key of " + certificate);
        try {
            List<PemBlocks.Block> blocks = PemBlocks.in(bytes);
            if (blocks.stream().anyMatch(PrivateKeyFile::isEncrypted)) {
                throw UnreadableException.onlyAWarning(shown + " holds an encrypted private key, which the check "
                        + "cannot open, so it cannot be compared with " + certificate + "; to have them "
                        + "compared, give the key unencrypted (the configuration holds no password for it)");
            }
            if (blocks.stream().noneMatch(b -> b.label().endsWith("PRIVATE KEY"))) {
                throw new UnreadableException("cannot read " + shown + ": it holds no PEM private key; expected "
                        + "the private key of " + certificate + " as -----BEGIN PRIVATE KEY----- (PKCS#8), "
                        + "-----BEGIN RSA PRIVATE KEY----- or -----BEGIN EC PRIVATE KEY-----");
            }
            if (tryBouncyCastle) {
                try {
                    return BouncyCastlePemKeys.read(bytes, shown, certificate);
                } catch (NoClassDefFoundError absent) {
                    // bcpkix is an optional dependency: without it, the JDK reads what it can.
                }
            }
            return JdkPkcs8Keys.read(blocks, shown, certificate);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static boolean isEncrypted(PemBlocks.Block block) {
        return block.label().equals("ENCRYPTED PRIVATE KEY") || block.hasHeader("Proc-Type: 4,ENCRYPTED");
    }
}
