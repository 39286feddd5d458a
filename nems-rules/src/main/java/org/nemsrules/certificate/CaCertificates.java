package org.nemsrules.certificate;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the certificate authorities the endpoint certificate must chain to: PEM or DER files. */
final class CaCertificates {
    private CaCertificates() {}

    static List<X509Certificate> read(List<Path> files) throws UnreadableException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            certificates.addAll(read(file));
        }
        return certificates;
    }

    private static List<X509Certificate> read(Path file) throws UnreadableException {
        String shown = Wording.file(file);
        byte[] bytes = FileBytes.read(file, "CA certificates");
        if (PemBlocks.isPem(bytes)) {
            return X509Files.fromPem(bytes, shown);
        }
        Optional<X509Certificate> der = X509Files.fromDer(bytes);
        if (der.isEmpty()) {
            throw new UnreadableException("cannot read " + shown + ": it is neither a PEM nor a DER certificate; "
                    + "expected the CA certificates in one of those forms");
        }
        return List.of(der.get());
    }
}
