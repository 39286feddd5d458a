package org.nemsrules.certificate;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.nemsrules.certificate.CertificateProblem.Kind;
import org.nemsrules.engine.Echo;

/**
 * Whether the endpoint certificate is for the registered host: the host must be the subject's CN or one of the DNS
 * names among the subject alternative names, compared without regard to case. A wildcard name {@code *.x.y} stands
 * for exactly one leftmost label, as in TLS (RFC 6125): it matches {@code a.x.y}, not {@code x.y} nor {@code a.b.x.y}.
 */
final class HostNames {
    /** The general name type of a dNSName in {@link X509Certificate#getSubjectAlternativeNames()}. */
    private static final int DNS_NAME = 2;

    private HostNames() {}

    static Optional<CertificateProblem> check(
            String file, X509Certificate certificate, EndpointRegistration registration) {
        Set<String> names = namesOf(certificate);
        if (names.stream().anyMatch(name -> matches(name, registration.host()))) {
            return Optional.empty();
        }
        return Optional.of(CertificateProblem.error(
                Kind.HOST_MISMATCH,
                Wording.certificateIn(file, certificate) + " is not for the host '" + Echo.of(registration.host())
                        + "' registered for ASID " + Echo.of(registration.asid()) + ": the names it holds are "
                        + Wording.quoted(names) + "; expected the host as its CN or as a DNS subject alternative "
                        + "name"));
    }

    /** Whether the certificate's name (perhaps a wildcard) covers the host. */
    static boolean matches(String name, String host) {
        String wanted = normalised(host);
        String held = normalised(name);
        if (wanted.isEmpty() || held.isEmpty()) {
            return false;
        }
        if (!held.startsWith("*.")) {
            return held.equals(wanted);
        }
        String suffix = held.substring(1);
        if (!wanted.endsWith(suffix)) {
            return false;
        }
        String label = wanted.substring(0, wanted.length() - suffix.length());
        return !label.isEmpty() && label.indexOf('.') < 0;
    }

    /** Lower case, without the trailing dot a fully qualified name may carry. */
    private static String normalised(String name) {
        String trimmed = name.strip().toLowerCase(Locale.ROOT);
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The subject's CNs, then the DNS subject alternative names, in the certificate's order. */
    static Set<String> namesOf(X509Certificate certificate) {
        Set<String> names = new LinkedHashSet<>(commonNames(certificate));
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> alternative : alternatives) {
                    if (alternative.size() == 2
                            && alternative.get(0) instanceof Integer type
                            && type == DNS_NAME
                            && alternative.get(1) instanceof String dns) {
                        names.add(dns);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // A damaged extension holds no name the host could match; the names of the subject remain.
        }
        return names;
    }

    private static Set<String> commonNames(X509Certificate certificate) {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN") && rdn.getValue() instanceof String cn) {
                    names.add(cn);
                }
            }
        } catch (InvalidNameException | RuntimeException e) {
            // The JDK wrote the name in RFC 2253, which LdapName reads; should it not, the subject holds no host.
        }
        return names;
    }
}
