package org.nemsrules.certificate;

import org.nemsrules.certificate.CertificateProblem.Kind;

/**
 * Certificate or key material that could not be read, with the reason in words a person can act on. Its message is
 * always written here, never a parser's, and it has no cause: a parser's message about a key or a keystore may quote
 * what it could not parse, and a report must never show key material or a password.
 */
final class UnreadableException extends Exception {
    private final boolean warning;

    UnreadableException(String message) {
        this(message, false);
    }

    private UnreadableException(String message, boolean warning) {
        super(message, null, false, false);
        this.warning = warning;
    }

    /** Material that is fine as far as can be seen, but that the check cannot read (an encrypted key). */
    static UnreadableException onlyAWarning(String message) {
        return new UnreadableException(message, true);
    }

    CertificateProblem problem(Kind kind) {
        String message = getMessage();
        return new CertificateProblem(kind, warning, message == null ? "" : message);
    }
}
