package org.nemsrules.certificate;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.nemsrules.certificate.CertificateProblem.Kind;

/** Whether the endpoint certificate is valid now, and for how much longer. */
final class Validity {
    private Validity() {}

    static Optional<CertificateProblem> check(
            String file, X509Certificate certificate, Instant now, Duration expiryWarning) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        String which = Wording.certificateIn(file, certificate);
        if (now.isAfter(notAfter)) {
            return Optional.of(CertificateProblem.error(
                    Kind.EXPIRED,
                    which + " expired on " + Wording.date(notAfter) + "; Spine refuses an expired certificate: "
                            + "expected a new certificate for the endpoint, valid on " + Wording.date(now)));
        }
        if (now.isBefore(notBefore)) {
            return Optional.of(CertificateProblem.error(
                    Kind.NOT_YET_VALID,
                    which + " is not valid until " + Wording.date(notBefore) + " (its notBefore); expected a "
                            + "certificate already valid on " + Wording.date(now) + ", or the check run from then"));
        }
        if (!notAfter.isAfter(now.plus(expiryWarning))) {
            return Optional.of(CertificateProblem.warning(
                    Kind.EXPIRES_SOON,
                    which + " expires on " + Wording.date(notAfter) + ", " + Wording.timeLeft(now, notAfter)
                            + "; renew it before then, since Spine refuses an expired certificate"));
        }
        return Optional.empty();
    }
}
