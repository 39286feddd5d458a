package org.nemsrules.certificate;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.nemsrules.certificate.CertificateProblem.Kind;
import org.nemsrules.engine.Echo;

/**
 * Checks the certificate a system's Spine endpoint will present, before go-live: that it can be read, is valid now
 * and for a while yet, is for the registered host, may authenticate a TLS client, uses algorithms still trusted,
 * chains to the given certificate authorities, and belongs with the configured private key.
 *
 * <p>Nothing in the files makes it throw: whatever is wrong with them is a {@link CertificateProblem}. No message
 * ever holds a private key or a password; a keystore's password is named by its environment variable only.
 */
public final class EndpointCertificateCheck {
    private EndpointCertificateCheck() {}

    /**
     * The problems of one registration's certificate material; empty when all is well.
     *
     * @param caCertificates PEM or DER files of the certificate authorities the certificate must chain to; empty to
     *     leave the chain unchecked
     * @param now the moment the certificate must be valid at (the check's clock, so that tests are repeatable)
     * @param expiryWarning how long before the certificate expires to warn that it soon will
     * @param environment the environment variables, {@code System::getenv} but for tests
     */
    public static List<CertificateProblem> check(
            EndpointRegistration registration,
            List<Path> caCertificates,
            Instant now,
            Duration expiryWarning,
            Function<String, @Nullable String> environment) {
        return inspect(registration, caCertificates, now, expiryWarning, environment)
                .problems();
    }

    /** As {@link #check}, with the certificate read, for a report that names it beside its problems. */
    public static CertificateInspection inspect(
            EndpointRegistration registration,
            List<Path> caCertificates,
            Instant now,
            Duration expiryWarning,
            Function<String, @Nullable String> environment) {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(caCertificates, "caCertificates");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(expiryWarning, "expiryWarning");
        Objects.requireNonNull(environment, "environment");
        String file = Wording.file(registration.certificate());
        try {
            CertificateMaterial material;
            try {
                material = CertificateFile.read(registration, environment);
            } catch (UnreadableException e) {
                return new CertificateInspection(Optional.empty(), List.of(e.problem(Kind.UNREADABLE)));
            }
            X509Certificate endpoint = material.endpoint();
            List<CertificateProblem> problems = new ArrayList<>(material.problems());
            Validity.check(file, endpoint, now, expiryWarning).ifPresent(problems::add);
            HostNames.check(file, endpoint, registration).ifPresent(problems::add);
            problems.addAll(ClientAuthUsage.check(file, endpoint));
            problems.addAll(AlgorithmStrength.check(file, material));
            if (!caCertificates.isEmpty()) {
                chain(file, material, caCertificates, now).ifPresent(problems::add);
            }
            problems.addAll(keys(file, material, registration));
            return new CertificateInspection(Optional.of(EndpointCertificate.of(file, endpoint)), problems);
        } catch (RuntimeException e) {
            // A check that breaks on some certificate says so rather than stopping the caller; only the exception's
            // type is named, since its message might quote what it was reading.
            return new CertificateInspection(
                    Optional.empty(),
                    List.of(CertificateProblem.error(
                            Kind.UNREADABLE,
                            "the check of " + file + " failed unexpectedly ("
                                    + e.getClass().getSimpleName()
                                    + "); this is a fault in NEMS Rules: please report it with the certificate "
                                    + "(never the key)")));
        }
    }

    private static Optional<CertificateProblem> chain(
            String file, CertificateMaterial material, List<Path> caCertificates, Instant now) {
        List<X509Certificate> authorities;
        try {
            authorities = CaCertificates.read(caCertificates);
        } catch (UnreadableException e) {
            CertificateProblem unreadable = e.problem(Kind.UNREADABLE);
            return Optional.of(CertificateProblem.error(
                    Kind.UNREADABLE,
                    unreadable.message() + "; so the chain of " + Wording.subject(material.endpoint())
                            + " was not checked"));
        }
        return ChainTrust.check(file, material, authorities, now);
    }

    /** The key file's key and the keystore's, each compared with the certificate. */
    private static List<CertificateProblem> keys(
            String file, CertificateMaterial material, EndpointRegistration registration) {
        List<CertificateProblem> problems = new ArrayList<>();
        X509Certificate endpoint = material.endpoint();
        if (registration.key().isPresent()) {
            Path keyFile = registration.key().get();
            try {
                PrivateKey key = PrivateKeyFile.read(keyFile, Wording.certificateIn(file, endpoint));
                KeyPairing.check(file, endpoint, key, Wording.file(keyFile)).ifPresent(problems::add);
            } catch (UnreadableException e) {
                problems.add(e.problem(Kind.KEY_UNREADABLE));
            }
        }
        material.keyEntry()
                .flatMap(entry -> KeyPairing.check(
                        file, endpoint, entry.key(), "the key entry '" + Echo.of(entry.alias()) + "' of " + file))
                .ifPresent(problems::add);
        return problems;
    }
}
