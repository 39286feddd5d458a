package org.nemsrules.certificate;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nemsrules.certificate.CertificateProblem.Kind;

/**
 * Whether the endpoint certificate may authenticate a TLS client, as it must since Spine's connections are mutually
 * authenticated: a key usage extension, when present, must allow digitalSignature, and an extended key usage
 * extension, when present, clientAuth or any purpose.
 */
final class ClientAuthUsage {
    static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

    private static final List<String> KEY_USAGES = List.of(
            "digitalSignature",
            "nonRepudiation",
            "keyEncipherment",
            "dataEncipherment",
            "keyAgreement",
            "keyCertSign",
            "cRLSign",
            "encipherOnly",
            "decipherOnly");

    private static final Map<String, String> EXTENDED_KEY_USAGES = Map.of(
            "1.3.6.1.5.5.7.3.1",
            "serverAuth",
            CLIENT_AUTH,
            "clientAuth",
            "1.3.6.1.5.5.7.3.3",
            "codeSigning",
            "1.3.6.1.5.5.7.3.4",
            "emailProtection",
            "1.3.6.1.5.5.7.3.8",
            "timeStamping",
            "1.3.6.1.5.5.7.3.9",
            "OCSPSigning",
            ANY_EXTENDED_KEY_USAGE,
            "anyExtendedKeyUsage");

    private ClientAuthUsage() {}

    static List<CertificateProblem> check(String file, X509Certificate certificate) {
        List<CertificateProblem> problems = new ArrayList<>();
        String which = Wording.certificateIn(file, certificate);
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage != null && !(keyUsage.length > 0 && keyUsage[0])) {
            problems.add(CertificateProblem.error(
                    Kind.NOT_FOR_CLIENT_AUTH,
                    which + " may not sign, which TLS client authentication needs: its key usage is "
                            + keyUsages(keyUsage) + "; expected digitalSignature among them"));
        }
        try {
            List<String> extended = certificate.getExtendedKeyUsage();
            if (extended != null && !extended.contains(CLIENT_AUTH) && !extended.contains(ANY_EXTENDED_KEY_USAGE)) {
                problems.add(CertificateProblem.error(
                        Kind.NOT_FOR_CLIENT_AUTH,
                        which + " may not authenticate a TLS client: its extended key usage is "
                                + extendedKeyUsages(extended) + "; expected clientAuth among them, since Spine's "
                                + "connections authenticate both ends"));
            }
        } catch (CertificateParsingException e) {
            problems.add(CertificateProblem.error(
                    Kind.NOT_FOR_CLIENT_AUTH,
                    which + " has an extended key usage extension that cannot be read; expected one that allows "
                            + "clientAuth"));
        }
        return problems;
    }

    private static String keyUsages(boolean[] keyUsage) {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < keyUsage.length; bit++) {
            if (keyUsage[bit]) {
                names.add(bit < KEY_USAGES.size() ? KEY_USAGES.get(bit) : "bit " + bit);
            }
        }
        return only(names);
    }

    private static String extendedKeyUsages(List<String> oids) {
        List<String> names = new ArrayList<>();
        for (String oid : oids) {
            names.add(EXTENDED_KEY_USAGES.getOrDefault(oid, oid));
        }
        return only(names);
    }

    /** "serverAuth only", "keyEncipherment, dataEncipherment only", "empty". */
    private static String only(List<String> names) {
        return names.isEmpty() ? "empty" : String.join(", ", names) + " only";
    }
}
