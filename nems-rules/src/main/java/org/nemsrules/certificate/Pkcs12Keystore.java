package org.nemsrules.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.nemsrules.certificate.CertificateProblem.Kind;
import org.nemsrules.engine.Echo;

/**
 * Reads the endpoint's certificate, its chain and its private key from a PKCS#12 keystore, opened with the password
 * held in the environment variable the registration names. The password never leaves this class: it is wiped once
 * the keystore is read, and no message quotes it.
 */
final class Pkcs12Keystore {
    private static final String TYPE = "PKCS12";

    private Pkcs12Keystore() {}

    /** Whether the bytes parse as a PKCS#12 keystore, read without a password (which reads its structure only). */
    static boolean isKeystore(byte[] bytes) {
        try {
            KeyStore.getInstance(TYPE).load(new ByteArrayInputStream(bytes), null);
            return true;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    static CertificateMaterial read(
            byte[] bytes,
            String shown,
            EndpointRegistration registration,
            Function<String, @Nullable String> environment)
            throws UnreadableException {
        Optional<String> variable = registration.passwordEnv().map(Echo::of);
        char[] password = password(registration.passwordEnv(), shown, environment);
        try {
            KeyStore store = open(bytes, password, shown, variable);
            String alias = alias(store, registration.alias(), shown);
            List<X509Certificate> certificates = certificates(store, alias, shown);
            List<CertificateProblem> problems = new ArrayList<>();
            Optional<CertificateMaterial.KeyEntry> key = Optional.empty();
            try {
                key = key(store, alias, password).map(k -> new CertificateMaterial.KeyEntry(alias, k));
            } catch (GeneralSecurityException | RuntimeException e) {
                problems.add(CertificateProblem.warning(
                        Kind.KEY_UNREADABLE,
                        "the private key of entry '" + Echo.of(alias) + "' in " + shown + " does not open with "
                                + variable.map(v -> "the keystore password from " + v)
                                        .orElse("an empty password")
                                + ", so it was not compared with " + Wording.subject(certificates.get(0))
                                + "; expected the key entry to have the keystore's password"));
            }
            return new CertificateMaterial(certificates, key, problems);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] password(
            Optional<String> variable, String shown, Function<String, @Nullable String> environment)
            throws UnreadableException {
        if (variable.isEmpty()) {
            return new char[0];
        }
        String value = environment.apply(variable.get());
        if (value == null) {
            throw new UnreadableException("cannot open " + shown + ": the environment variable "
                    + Echo.of(variable.get()) + " that should hold the keystore password is not set; set it "
                    + "before running the check");
        }
        return value.toCharArray();
    }

    private static KeyStore open(byte[] bytes, char[] password, String shown, Optional<String> variable)
            throws UnreadableException {
        try {
            KeyStore store = KeyStore.getInstance(TYPE);
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new UnreadableException(variable.map(v -> "the keystore password from " + v + " does not open "
                                + shown + "; expected the password the keystore was saved with")
                        .orElseGet(() -> "cannot open " + shown + ": the keystore needs a password, and the "
                                + "registration names no environment variable that holds it (passwordEnv)"));
            }
            throw damaged(shown);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw damaged(shown);
        }
    }

    private static UnreadableException damaged(String shown) {
        return new UnreadableException("cannot read " + shown + " as a PKCS#12 keystore: it is damaged or not a "
                + "keystore; expected the endpoint certificate as PEM, DER or PKCS#12");
    }

    /** The entry to check: the one named, else the keystore's only key entry. */
    private static String alias(KeyStore store, Optional<String> requested, String shown) throws UnreadableException {
        try {
            List<String> aliases = Collections.list(store.aliases());
            Collections.sort(aliases);
            if (requested.isPresent()) {
                if (!store.containsAlias(requested.get())) {
                    throw new UnreadableException(shown + " has no entry named '" + Echo.of(requested.get())
                            + "'; its entries are " + Wording.quoted(aliases)
                            + "; expected the alias of the endpoint's entry");
                }
                return requested.get();
            }
            List<String> keyEntries = new ArrayList<>();
            for (String alias : aliases) {
                if (store.isKeyEntry(alias)) {
                    keyEntries.add(alias);
                }
            }
            if (keyEntries.size() == 1) {
                return keyEntries.get(0);
            }
            if (keyEntries.isEmpty()) {
                throw new UnreadableException(shown + " holds no private key entry (its entries are "
                        + Wording.quoted(aliases) + "); expected the endpoint's key and certificate in it, or an "
                        + "alias naming the certificate entry to check");
            }
            throw new UnreadableException(shown + " holds " + keyEntries.size() + " private key entries, "
                    + Wording.quoted(keyEntries) + "; name the endpoint's entry with alias");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw damaged(shown);
        }
    }

    private static List<X509Certificate> certificates(KeyStore store, String alias, String shown)
            throws UnreadableException {
        try {
            Certificate[] chain = store.isKeyEntry(alias)
                    ? store.getCertificateChain(alias)
                    : new Certificate[] {store.getCertificate(alias)};
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : chain == null ? new Certificate[0] : chain) {
                if (certificate instanceof X509Certificate x509) {
                    certificates.add(x509);
                }
            }
            if (certificates.isEmpty()) {
                throw new UnreadableException("the entry '" + Echo.of(alias) + "' of " + shown
                        + " holds no X.509 certificate; expected the endpoint's certificate in it");
            }
            return certificates;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw damaged(shown);
        }
    }

    private static Optional<PrivateKey> key(KeyStore store, String alias, char[] password)
            throws GeneralSecurityException {
        if (!store.isKeyEntry(alias)) {
            return Optional.empty();
        }
        Key key = store.getKey(alias, password);
        return key instanceof PrivateKey privateKey ? Optional.of(privateKey) : Optional.empty();
    }
}
