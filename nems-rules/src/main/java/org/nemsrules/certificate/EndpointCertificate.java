package org.nemsrules.certificate;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * The endpoint certificate a check read, as a report names it: the file as configured, its subject and the period it
 * is valid for.
 */
public record EndpointCertificate(String file, String subject, Instant notBefore, Instant notAfter) {
    public EndpointCertificate {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
    }

    static EndpointCertificate of(String file, X509Certificate certificate) {
        return new EndpointCertificate(
                file,
                Wording.subject(certificate),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
    }
}
