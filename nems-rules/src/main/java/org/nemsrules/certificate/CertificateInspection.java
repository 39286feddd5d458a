package org.nemsrules.certificate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking one endpoint registration found: the certificate, when it could be read, and the problems (none when
 * all is well).
 */
public record CertificateInspection(Optional<EndpointCertificate> certificate, List<CertificateProblem> problems) {
    public CertificateInspection {
        Objects.requireNonNull(certificate, "certificate");
        problems = List.copyOf(problems);
    }
}
