package org.nemsrules.certificate;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What the certificate file held: the endpoint's certificate first, then any other certificates of the file (the
 * intermediates, perhaps a root), and the private key of a PKCS#12 key entry. Problems met while reading that do not
 * stop the checks (a keystore whose key entry will not open) come along.
 */
record CertificateMaterial(
        List<X509Certificate> certificates, Optional<KeyEntry> keyEntry, List<CertificateProblem> problems) {
    /** The private key of a keystore's entry, and the entry's alias to name it by. */
    record KeyEntry(String alias, PrivateKey key) {}

    CertificateMaterial {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate");
        }
        certificates = List.copyOf(certificates);
        problems = List.copyOf(problems);
    }

    static CertificateMaterial of(List<X509Certificate> certificates) {
        return new CertificateMaterial(certificates, Optional.empty(), List.of());
    }

    X509Certificate endpoint() {
        return certificates.get(0);
    }

    /** The certificates after the endpoint's. */
    List<X509Certificate> others() {
        return certificates.subList(1, certificates.size());
    }
}
