package org.nemsrules.engine;

import java.util.Objects;

/**
 * One fault found in a recording.
 *
 * @param ruleId      the stable id of the rule that found it, e.g. {@code jwt.scope-value}
 * @param severity    the severity after configuration was applied
 * @param message     what is wrong, the value found and the value expected
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
        Integer httpStatus,
        String spineCode) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        requirement = requirement == null ? "" : requirement;
    }
}
