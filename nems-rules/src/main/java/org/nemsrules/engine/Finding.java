package org.nemsrules.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nemsrules.report.Redactor;

/**
 * One fault found in a recording.
 *
 * @param ruleId      the stable id of the rule that found it, e.g. {@code jwt.scope-value}
 * @param severity    the severity after configuration was applied
 * @param message     what is wrong, the value found and the value expected; clipped to {@value Echo#MAX_MESSAGE}
 *                    characters (see {@link Echo})
 * @param location    where it is
 * @param requirement the requirement id it breaks, e.g. {@code R-JWT-11}; empty when none
 * @param httpStatus  the HTTP status NEMS would most plausibly answer with, or {@code null}
 * @param spineCode   the Spine error code NEMS would most plausibly answer with, or {@code null}
 */
public record Finding(
        String ruleId,
        Severity severity,
        String message,
        Location location,
        String requirement,
        @Nullable Integer httpStatus,
        @Nullable String spineCode) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        requirement = requirement == null ? "" : requirement;
        // The last guard: a rule that quotes a value whole (rules quote through Echo) still makes a short finding.
        message = Echo.message(message);
    }

    private static final Pattern LINE_NUMBERS = Pattern.compile("\\b(lines?) \\d+((?:, | and )\\d+)*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * What identifies this finding however the recording is edited around it, for SARIF's partial fingerprint
     * and the baseline alike: the rule, the file, the logical path and the message with its line numbers and
     * spacing normalised. Neither the line nor the request's position in the file is part of it, so inserting a
     * request above does not turn an accepted finding into a new one. Two identical findings on two requests
     * of one file share a fingerprint; the baseline counts them, and SARIF numbers the occurrences.
     *
     * <p>The path and message are hashed as {@link Redactor#FOR_FINGERPRINTS} renders them (credentials cut, every
     * run an NHS number could be masked, test numbers and ASIDs too), so a finding has one fingerprint whether the
     * report shows it redacted, with NHS numbers kept, or as the rule wrote it: a baseline written in one mode holds
     * in the others. Nor can a fingerprint be reversed by trying every NHS number, since none is in what was hashed.
     *
     * @return 32 lower-case hex digits
     */
    public String fingerprint() {
        String identity = String.join(
                "\u0000",
                ruleId,
                location.file(),
                Redactor.FOR_FINGERPRINTS.redact(location.path()),
                normalisedMessage());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /**
     * The message as redacted for fingerprints, without what moves when lines do: a few messages point at another line
     * ("on line 5"). Redacted first, so that a message already redacted normalises to the same text.
     */
    String normalisedMessage() {
        String noLines =
                LINE_NUMBERS.matcher(Redactor.FOR_FINGERPRINTS.redact(message)).replaceAll("$1 #");
        return WHITESPACE.matcher(noLines).replaceAll(" ").strip();
    }
}
