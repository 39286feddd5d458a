package org.nemsrules.certificate;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertPathValidatorException.Reason;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nemsrules.certificate.CertificateProblem.Kind;
import org.nemsrules.engine.Echo;

/**
 * Whether the endpoint certificate chains to the given certificate authorities, through the intermediates in its
 * file, on the day of the check. The JDK's PKIX validator decides, with revocation left out: the check works
 * offline, and before go-live a certificate is too new to be revoked.
 */
final class ChainTrust {
    private ChainTrust() {}

    static Optional<CertificateProblem> check(
            String file, CertificateMaterial material, List<X509Certificate> authorities, Instant now) {
        List<X509Certificate> path = Chains.path(material.endpoint(), material.others());
        try {
            Set<TrustAnchor> anchors = new LinkedHashSet<>();
            for (X509Certificate authority : authorities) {
                anchors.add(new TrustAnchor(authority, null));
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return Optional.empty();
        } catch (CertPathValidatorException e) {
            if (repeatsTheValidityCheck(e)) {
                return Optional.empty();
            }
            return Optional.of(untrusted(file, material.endpoint(), reason(e, path, file, now)));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.of(untrusted(
                    file,
                    material.endpoint(),
                    "the chain could not be checked: the certificates or the CA certificates are not ones the "
                            + "validator can use"));
        }
    }

    /** The endpoint certificate's own dates are the validity check's to report, once. */
    private static boolean repeatsTheValidityCheck(CertPathValidatorException e) {
        return e.getIndex() == 0
                && (e.getReason() == BasicReason.EXPIRED || e.getReason() == BasicReason.NOT_YET_VALID);
    }

    private static CertificateProblem untrusted(String file, X509Certificate endpoint, String reason) {
        return CertificateProblem.error(
                Kind.UNTRUSTED_CHAIN,
                Wording.certificateIn(file, endpoint) + " does not chain to the CA certificates given: " + reason);
    }

    /** The validator's reason in words, naming the certificate of the chain it concerns. */
    private static String reason(CertPathValidatorException e, List<X509Certificate> path, String file, Instant now) {
        int index = e.getIndex() >= 0 && e.getIndex() < path.size() ? e.getIndex() : path.size() - 1;
        X509Certificate at = path.get(index);
        String which = index == 0 ? "the certificate" : "the intermediate certificate " + Wording.subject(at);
        Reason reason = e.getReason();
        if (reason == PKIXReason.NO_TRUST_ANCHOR) {
            X509Certificate last = path.get(path.size() - 1);
            return "the last certificate of its chain, " + Wording.subject(last) + ", is issued by "
                    + Echo.of(last.getIssuerX500Principal().getName())
                    + ", which is not among them; expected a certificate issued by one of them, with any "
                    + "intermediate certificates between placed after the endpoint's certificate in " + file;
        }
        if (reason == BasicReason.INVALID_SIGNATURE) {
            return "the signature on " + which + " does not verify with its issuer's key, so it was not issued by "
                    + "the CA certificate of that name given; expected the CA certificates that issued it";
        }
        if (reason == BasicReason.EXPIRED) {
            return which + " expired on " + Wording.date(at.getNotAfter().toInstant()) + "; expected a chain valid on "
                    + Wording.date(now);
        }
        if (reason == BasicReason.NOT_YET_VALID) {
            return which + " is not valid until "
                    + Wording.date(at.getNotBefore().toInstant()) + "; expected a chain valid on " + Wording.date(now);
        }
        if (reason == BasicReason.ALGORITHM_CONSTRAINED) {
            return which + " uses a signature algorithm or key size the Java runtime no longer accepts";
        }
        if (reason == PKIXReason.NOT_CA_CERT) {
            return which + " is not a certificate authority (its basic constraints do not allow it to issue "
                    + "certificates), yet the chain needs it to have issued the one before it";
        }
        if (reason == PKIXReason.INVALID_KEY_USAGE) {
            return which + " has a key usage that does not allow it to sign certificates";
        }
        if (reason == PKIXReason.PATH_TOO_LONG) {
            return "the chain is longer than the path length constraint of one of its certificate authorities "
                    + "allows";
        }
        if (reason == PKIXReason.UNRECOGNIZED_CRIT_EXT) {
            return which + " has a critical extension the validator does not know";
        }
        if (reason == PKIXReason.INVALID_NAME || reason == PKIXReason.INVALID_POLICY) {
            return which + " breaks the name or policy constraints of a certificate authority above it";
        }
        String message = e.getMessage();
        return "the validator says: " + (message == null ? "it is not valid" : Echo.of(message));
    }
}
