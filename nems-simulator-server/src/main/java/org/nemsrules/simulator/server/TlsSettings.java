package org.nemsrules.simulator.server;

import java.nio.file.Path;
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
 */
public record TlsSettings(
        Path keyStore, String keyStorePassword, Optional<Path> trustStore, String trustStorePassword) {
    public TlsSettings {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
    }

    /** HTTPS without client certificates. */
    public static TlsSettings serverOnly(Path keyStore, String keyStorePassword) {
        return new TlsSettings(keyStore, keyStorePassword, Optional.empty(), "");
    }

    /** HTTPS that requires a client certificate chaining to one in {@code trustStore}. */
    public static TlsSettings mutual(Path keyStore, String keyStorePassword, Path trustStore, String trustPassword) {
        return new TlsSettings(keyStore, keyStorePassword, Optional.of(trustStore), trustPassword);
    }

    public boolean requiresClientCertificate() {
        return trustStore.isPresent();
    }

    /** Never the passwords: a settings object may end up in a log or an exception message. */
    @Override
    public String toString() {
        return "TlsSettings[keyStore=" + keyStore + ", trustStore="
                + trustStore.map(Path::toString).orElse("none") + "]";
    }
}
