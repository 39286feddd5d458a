package org.nemsrules.certificate;

import java.util.Objects;

/**
 * One thing wrong with an endpoint's certificate material, in words that say what was found and what is expected.
 * A warning is something to act on before go-live that does not stop the endpoint working today.
 */
public record CertificateProblem(Kind kind, boolean warning, String message) {
    /** What kind of problem it is: a rule reports each kind under its own identifier. */
    public enum Kind {
        UNREADABLE,
        EXPIRED,
        NOT_YET_VALID,
        EXPIRES_SOON,
        HOST_MISMATCH,
        NOT_FOR_CLIENT_AUTH,
        WEAK_KEY,
        WEAK_SIGNATURE,
        UNTRUSTED_CHAIN,
        KEY_MISMATCH,
        KEY_UNREADABLE
    }

    public CertificateProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    static CertificateProblem error(Kind kind, String message) {
        return new CertificateProblem(kind, false, message);
    }

    static CertificateProblem warning(Kind kind, String message) {
        return new CertificateProblem(kind, true, message);
    }
}
