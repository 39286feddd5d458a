package org.nemsrules.jwt;

import java.util.Locale;
import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.nhs.Identifier;

/**
 * Reading an identifier-valued claim ({@code requesting_*}) of the token: a JSON string of the
 * form {@code <naming-system URI>|<value>} (R-JWT-17). Absent, null and empty claims are left to
 * {@code jwt.missing-claim}, so they read as empty here without a finding.
 */
final class IdentifierClaim {
    private IdentifierClaim() {}

    /**
     * The claim as an identifier; empty when it is absent or does not have the form, in which case
     * a finding has been reported (but none for absent, null or "").
     */
    static Optional<Identifier> read(BearerToken token, String claim, FindingSink sink) {
        // Absent, null, empty and wrong-typed claims are jwt.missing-claim's to report.
        Optional<String> raw = token.string(claim);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String text = raw.get();
        String path = "jwt.claims." + claim;
        Optional<String> problem = Identifier.problem(text);
        if (problem.isPresent()) {
            sink.report(token.line(), null, path, "R-JWT-17", "the " + claim + " claim " + problem.get());
            return Optional.empty();
        }
        return Identifier.parse(text);
    }

    /** The claim as an identifier, without reporting anything: for rules that judge a well-formed claim only. */
    static Optional<Identifier> quietly(BearerToken token, String claim) {
        return token.string(claim).flatMap(Identifier::parse);
    }

    /**
     * Why {@code found} is not the naming system {@code expected}, with a hint when it is a near
     * miss (scheme, letter case, trailing slash, spaces); empty when they are equal. Systems are
     * compared exactly, as Spine does.
     */
    static Optional<String> systemMismatch(String claim, String found, String expected) {
        if (found.equals(expected)) {
            return Optional.empty();
        }
        return Optional.of("the " + claim + " claim has the naming system '" + Echo.of(found) + "'; expected '"
                + Echo.of(expected)
                + "'" + nearMiss(found, expected).map(h -> " (" + h + ")").orElse(""));
    }

    /** A hint when {@code found} looks like {@code expected} written slightly wrong. */
    static Optional<String> nearMiss(String found, String expected) {
        if (!found.equals(found.strip()) && found.strip().equals(expected)) {
            return Optional.of("remove the spaces around it");
        }
        String f = found.strip();
        if (f.startsWith("http://")
                && expected.startsWith("https://")
                && f.substring(7).equalsIgnoreCase(expected.substring(8))) {
            return Optional.of("it uses 'http://' where the naming system uses 'https://'");
        }
        if (f.startsWith("https://")
                && expected.startsWith("http://")
                && f.substring(8).equalsIgnoreCase(expected.substring(7))) {
            return Optional.of("it uses 'https://' where the naming system uses 'http://'");
        }
        if (f.endsWith("/") && f.substring(0, f.length() - 1).equals(expected)) {
            return Optional.of("remove the trailing '/'");
        }
        if (f.toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT))) {
            return Optional.of("it differs only in letter case, and naming systems are compared exactly");
        }
        return Optional.empty();
    }

    /** Whether {@code found} is {@code expected} or a near miss of it, so that its value is worth judging too. */
    static boolean isOrResembles(String found, String expected) {
        return found.equals(expected) || nearMiss(found, expected).isPresent();
    }
}
