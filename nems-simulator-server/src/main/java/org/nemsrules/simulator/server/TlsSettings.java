package org.nemsrules.simulator.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * HTTPS for the simulator, as Spine requires it: the server's own key and certificate, and optionally the
 * certificates it trusts for clients. With a trust store, the simulator asks every client for a certificate and
 * refuses a connection without one that the trust store vouches for (mutual TLS).
 *
 * <p>Key stores are PKCS#12 files (what {@code keytool} makes by default). Passwords are given to this record, never
 * read from a file or an argument here: the command line takes them from environment variables.
 *
 * @param keyStore           the server's key and certificate chain
 * @param keyStorePassword   its password; empty for none
 * @param trustStore         the certificates a client's certificate must chain to; empty for no client
 *                           certificate
 * @param trustStorePassword its password; empty for none
 * @param trustedCertificates certificate files (PEM or DER) a client's certificate must chain to, besides the trust
 *                           store: the {@code caCertificates} of a supplier configuration's environment, so that the
 *                           simulator trusts what the build's {@code certificate.chain} rule checks against
 */
public record TlsSettings(
        Path keyStore,
        String keyStorePassword,
        Optional<Path> trustStore,
        String trustStorePassword,
        List<Path> trustedCertificates) {
    public TlsSettings {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
        trustedCertificates = List.copyOf(trustedCertificates);
    }

    /** Settings without certificate files to trust. */
    public TlsSettings(Path keyStore, String keyStorePassword, Optional<Path> trustStore, String trustStorePassword) {
        this(keyStore, keyStorePassword, trustStore, trustStorePassword, List.of());
    }

    /** HTTPS without client certificates. */
    public static TlsSettings serverOnly(Path keyStore, String keyStorePassword) {
        return new TlsSettings(keyStore, keyStorePassword, Optional.empty(), "");
    }

    /** HTTPS that requires a client certificate chaining to one in {@code trustStore}. */
    public static TlsSettings mutual(Path keyStore, String keyStorePassword, Path trustStore, String trustPassword) {
        return new TlsSettings(keyStore, keyStorePassword, Optional.of(trustStore), trustPassword);
    }

    /**
     * HTTPS that requires a client certificate chaining to one of {@code certificates} (PEM or DER files): the CA
     * certificates a supplier configuration names for an environment.
     */
    public static TlsSettings trusting(Path keyStore, String keyStorePassword, List<Path> certificates) {
        return new TlsSettings(keyStore, keyStorePassword, Optional.empty(), "", certificates);
    }

    public boolean requiresClientCertificate() {
        return trustStore.isPresent() || !trustedCertificates.isEmpty();
    }

    /** Never the passwords: a settings object may end up in a log or an exception message. */
    @Override
    public String toString() {
        return "TlsSettings[keyStore=" + keyStore + ", trustStore="
                + trustStore.map(Path::toString).orElse("none") + ", trustedCertificates=" + trustedCertificates + "]";
    }
}
