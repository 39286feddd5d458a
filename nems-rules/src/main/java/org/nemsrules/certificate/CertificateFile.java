package org.nemsrules.certificate;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the certificate file of a registration, whichever form it has: PEM, DER, or a PKCS#12 keystore (named
 * {@code .p12} or {@code .pfx}, or found to be one by its content).
 */
final class CertificateFile {
    private CertificateFile() {}

    static CertificateMaterial read(EndpointRegistration registration, Function<String, @Nullable String> environment)
            throws UnreadableException {
        String shown = Wording.file(registration.certificate());
        byte[] bytes = FileBytes.read(registration.certificate(), "the endpoint certificate");
        if (namedAsKeystore(registration)) {
            return Pkcs12Keystore.read(bytes, shown, registration, environment);
        }
        if (PemBlocks.isPem(bytes)) {
            return CertificateMaterial.of(X509Files.fromPem(bytes, shown));
        }
        Optional<X509Certificate> der = X509Files.fromDer(bytes);
        if (der.isPresent()) {
            return CertificateMaterial.of(List.of(der.get()));
        }
        if (Pkcs12Keystore.isKeystore(bytes)) {
            return Pkcs12Keystore.read(bytes, shown, registration, environment);
        }
        throw new UnreadableException("cannot read " + shown + ": it is neither a PEM nor a DER certificate nor a "
                + "PKCS#12 keystore; expected the endpoint certificate in one of those forms");
    }

    private static boolean namedAsKeystore(EndpointRegistration registration) {
        String name = String.valueOf(registration.certificate().getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".p12") || name.endsWith(".pfx");
    }
}
