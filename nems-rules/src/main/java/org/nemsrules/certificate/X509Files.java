package org.nemsrules.certificate;

import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Reads X.509 certificates from PEM (one or more CERTIFICATE blocks) or from one DER certificate. */
final class X509Files {
    private static final String CERTIFICATE = "CERTIFICATE";

    private X509Files() {}

    /**
     * The certificates of a PEM file, in the order written.
     *
     * @param shown the file as messages name it
     */
    static List<X509Certificate> fromPem(byte[] bytes, String shown) throws UnreadableException {
        List<PemBlocks.Block> blocks = PemBlocks.in(bytes);
        List<X509Certificate> certificates = new ArrayList<>();
        for (PemBlocks.Block block : blocks) {
            if (!block.label().equals(CERTIFICATE)) {
                continue;
            }
            int number = certificates.size() + 1;
            try {
                certificates.add(parse(block.decoded()));
            } catch (CertificateException | IllegalArgumentException e) {
                throw new UnreadableException("cannot read " + shown + ": its certificate block " + number
                        + " is not a valid X.509 certificate (damaged or cut short); expected each "
                        + "-----BEGIN CERTIFICATE----- block as the certificate authority issued it");
            }
        }
        if (certificates.isEmpty()) {
            throw new UnreadableException("cannot read " + shown + ": it holds no -----BEGIN CERTIFICATE----- block"
                    + labels(blocks) + "; expected the certificate in PEM, DER or PKCS#12 (.p12, .pfx)");
        }
        return certificates;
    }

    /** The certificate when the bytes are one DER-encoded X.509 certificate. */
    static Optional<X509Certificate> fromDer(byte[] bytes) {
        try {
            return Optional.of(parse(bytes));
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static X509Certificate parse(byte[] der) throws CertificateException {
        Certificate certificate =
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        if (certificate instanceof X509Certificate x509) {
            return x509;
        }
        throw new CertificateException("not an X.509 certificate");
    }

    private static String labels(List<PemBlocks.Block> blocks) {
        TreeSet<String> labels = new TreeSet<>();
        blocks.forEach(b -> labels.add(b.label()));
        return labels.isEmpty() ? "" : " (its PEM blocks are " + String.join(", ", labels) + ")";
    }
}
