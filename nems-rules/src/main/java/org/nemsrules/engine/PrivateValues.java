package org.nemsrules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.nemsrules.recording.HttpEnvironment;
import org.nemsrules.report.FileResult;

/**
 * The values of the private variables a recording was read with ({@code http-client.private.env.json}), and their
 * masking in everything a run reports about that recording: each finding's message and logical path, and each
 * request's label. A private value is a credential by the user's own account, so it is masked before any writer or
 * redactor sees it, with or without {@code --no-redact}, and a finding's fingerprint is computed on the masked text.
 *
 * <p>A value is masked where it stands whole, and where a message quotes its start clipped ({@link Echo} and
 * {@link Finding} clip with an ellipsis). It is replaced by the variable's name, {@code …[private {{token}}]}, which
 * tells the user where the value came from and starts as {@code Credentials} marks a cut value, so it is not cut
 * again. Values shorter than {@value #MIN_CHARACTERS} characters are not masked: they identify nothing, and masking
 * {@code 1} would garble every message that says {@code line 1}.
 */
final class PrivateValues {
    static final int MIN_CHARACTERS = 4;
    private static final PrivateValues NONE = new PrivateValues(List.of());

    private final List<Secret> secrets;

    private record Secret(String name, String value) {}

    private PrivateValues(List<Secret> secrets) {
        this.secrets = secrets;
    }

    /** The private values of an environment, longest first so that a value containing another is masked whole. */
    static PrivateValues of(HttpEnvironment environment) {
        List<Secret> secrets = new ArrayList<>();
        for (Map.Entry<String, HttpEnvironment.Variable> variable :
                environment.variables().entrySet()) {
            String value = variable.getValue().value();
            if (variable.getValue().secret() && value.length() >= MIN_CHARACTERS) {
                secrets.add(new Secret(variable.getKey(), value));
            }
        }
        if (secrets.isEmpty()) {
            return NONE;
        }
        secrets.sort(Comparator.comparingInt((Secret s) -> s.value().length())
                .reversed()
                .thenComparing(Secret::name));
        return new PrivateValues(List.copyOf(secrets));
    }

    boolean isEmpty() {
        return secrets.isEmpty();
    }

    /** The file's result with every private value masked. */
    FileResult mask(FileResult result) {
        if (secrets.isEmpty()) {
            return result;
        }
        List<Finding> findings = result.findings().stream()
                .map(f -> new Finding(
                        f.ruleId(),
                        f.severity(),
                        mask(f.message()),
                        new Location(
                                f.location().file(),
                                f.location().interaction(),
                                f.location().line(),
                                f.location().column(),
                                mask(f.location().path())),
                        f.requirement(),
                        f.httpStatus(),
                        f.spineCode()))
                .toList();
        return result.withFindings(
                result.interactions().stream().map(this::mask).toList(), findings);
    }

    /** The text with every private value masked. */
    String mask(String text) {
        if (text == null || text.isEmpty() || secrets.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int at = 0;
        while (at < text.length()) {
            int length = 0;
            Secret hit = null;
            for (Secret secret : secrets) {
                length = matched(text, at, secret.value());
                if (length > 0) {
                    hit = secret;
                    break;
                }
            }
            if (hit == null) {
                at++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, at)
                    .append("\u2026[private {{")
                    .append(hit.name())
                    .append("}}]");
            at += length;
            copied = at;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * How many characters at {@code at} are the value: all of it, or a start of at least {@value #MIN_CHARACTERS}
     * characters that a clip's ellipsis follows; 0 when neither.
     */
    private static int matched(String text, int at, String value) {
        if (text.charAt(at) != value.charAt(0)) {
            return 0;
        }
        int same = 0;
        int most = Math.min(value.length(), text.length() - at);
        while (same < most && text.charAt(at + same) == value.charAt(same)) {
            same++;
        }
        if (same == value.length()) {
            return same;
        }
        boolean clipped = at + same < text.length() && text.charAt(at + same) == '\u2026';
        return clipped && same >= MIN_CHARACTERS ? same : 0;
    }
}
