package org.nemsrules.fhir;

import org.nemsrules.engine.Severity;

/**
 * One thing the deep profile validator says about a resource, in the project's terms.
 *
 * @param severity  how serious it is (HAPI's fatal and error both become {@link Severity#ERROR})
 * @param message   what is wrong, as HAPI words it
 * @param path      the FHIR element path, e.g. {@code Subscription.contact[0]}; {@code Subscription} when
 *                  the message concerns the resource as a whole, empty when the body could not be read
 * @param line      1-based line in the body, or 0 when unknown
 * @param column    1-based column in the body, or 0 when unknown
 * @param messageId HAPI's stable message key (e.g. {@code Validation_VAL_Profile_Minimum}), or a key of
 *                  this project's own for problems found before HAPI ran; meant for de-duplication
 */
public record DeepValidationMessage(
        Severity severity, String message, String path, int line, int column, String messageId) {

    public DeepValidationMessage {
        if (severity == null || message == null || path == null || messageId == null) {
            throw new IllegalArgumentException("severity, message, path and messageId are required");
        }
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
