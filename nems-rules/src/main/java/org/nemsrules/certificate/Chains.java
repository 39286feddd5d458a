package org.nemsrules.certificate;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How the certificates of a file relate to each other. */
final class Chains {
    private Chains() {}

    /** A root: it names itself as issuer, and its own key verifies its signature. */
    static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The endpoint certificate followed by its issuers among the others, in issuing order, whatever order the file
     * has them in; roots are left out, since a path ends below its trust anchor.
     */
    static List<X509Certificate> path(X509Certificate endpoint, List<X509Certificate> others) {
        List<X509Certificate> remaining = new ArrayList<>();
        for (X509Certificate other : others) {
            if (!isSelfSigned(other)) {
                remaining.add(other);
            }
        }
        List<X509Certificate> path = new ArrayList<>(List.of(endpoint));
        X509Certificate last = endpoint;
        while (!isSelfSigned(last)) {
            X509Certificate issuer = issuerOf(last, remaining);
            if (issuer == null) {
                break;
            }
            remaining.remove(issuer);
            path.add(issuer);
            last = issuer;
        }
        return path;
    }

    private static @Nullable X509Certificate issuerOf(X509Certificate certificate, List<X509Certificate> candidates) {
        for (X509Certificate candidate : candidates) {
            if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                return candidate;
            }
        }
        return null;
    }
}
