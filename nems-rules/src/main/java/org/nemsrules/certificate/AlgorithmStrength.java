package org.nemsrules.certificate;

import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nemsrules.certificate.CertificateProblem.Kind;
import org.nemsrules.engine.Echo;

/**
 * Whether the endpoint certificate and the intermediates in its file have keys and signatures that are still
 * trusted: RSA keys of at least 2048 bits, and signatures made with neither SHA-1 nor MD5. A self-signed root is left
 * out: its signature is on itself, and nothing relies on it.
 */
final class AlgorithmStrength {
    static final int MINIMUM_RSA_BITS = 2048;

    private AlgorithmStrength() {}

    static List<CertificateProblem> check(String file, CertificateMaterial material) {
        List<CertificateProblem> problems = new ArrayList<>();
        check(Wording.certificateIn(file, material.endpoint()), material.endpoint(), problems);
        for (X509Certificate other : material.others()) {
            if (!Chains.isSelfSigned(other)) {
                check("the intermediate certificate " + Wording.subject(other) + " in " + file, other, problems);
            }
        }
        return problems;
    }

    private static void check(String which, X509Certificate certificate, List<CertificateProblem> problems) {
        if (certificate.getPublicKey() instanceof RSAPublicKey rsa
                && rsa.getModulus().bitLength() < MINIMUM_RSA_BITS) {
            problems.add(CertificateProblem.error(
                    Kind.WEAK_KEY,
                    which + " has a " + rsa.getModulus().bitLength() + "-bit RSA key; expected at least "
                            + MINIMUM_RSA_BITS + " bits"));
        }
        String algorithm = certificate.getSigAlgName();
        if (isWeak(algorithm)) {
            problems.add(CertificateProblem.error(
                    Kind.WEAK_SIGNATURE,
                    which + " is signed with " + Echo.of(algorithm) + ", and signatures made with SHA-1, MD5 or MD2 "
                            + "are no longer trusted; expected one made with SHA-256 or stronger"));
        }
    }

    /** SHA1withRSA, SHA1withECDSA, MD5withRSA and the like (the JDK's names; "SHA-1" too, as some write it). */
    static boolean isWeak(String signatureAlgorithm) {
        String name = signatureAlgorithm.toUpperCase(Locale.ROOT).replace("-", "");
        return name.startsWith("SHA1WITH") || name.startsWith("MD5WITH") || name.startsWith("MD2WITH");
    }
}
