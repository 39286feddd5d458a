package org.nemsrules.certificate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One system's endpoint registration as configured: the host its Spine endpoint answers on and the certificate it
 * presents, with the paths already resolved against the configuration file's directory.
 *
 * @param asid the system's ASID, named in messages so that a supplier with several systems knows which one is meant
 * @param host the host name registered for the endpoint
 * @param certificate the certificate file: PEM, DER or a PKCS#12 keystore
 * @param alias the entry of a PKCS#12 keystore to check; needed only when the keystore holds several keys
 * @param key a PEM private key file to compare with the certificate
 * @param passwordEnv the name of the environment variable that holds the PKCS#12 keystore's password (never the
 *     password itself, so that no configuration file holds it)
 */
public record EndpointRegistration(
        String asid,
        String host,
        Path certificate,
        Optional<String> alias,
        Optional<Path> key,
        Optional<String> passwordEnv) {
    public EndpointRegistration {
        Objects.requireNonNull(asid, "asid");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(passwordEnv, "passwordEnv");
    }
}
