package org.nemsrules.config;

import java.util.List;

/**
 * A configuration file that cannot be used: unreadable, not YAML/JSON, or breaking the schema. Each
 * error is one line, {@code file:line: property.path: message}, so that editors and CI logs link it.
 */
public final class ConfigException extends Exception {
    private final List<String> errors;

    public ConfigException(List<String> errors) {
        super(String.join(System.lineSeparator(), errors));
        this.errors = List.copyOf(errors);
    }

    /** The one-line errors, in file order. */
    public List<String> errors() {
        return errors;
    }
}
