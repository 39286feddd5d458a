package org.nemsrules.config;

import java.util.List;

/**
 * A configuration file that cannot be used: unreadable, not YAML/JSON, or breaking the schema. Each
 * error is one line, {@code file:line: property.path: message}, so that editors and CI logs link it.
 */
public final class ConfigException extends Exception {
    private final List<String> errors;

    /** The most errors listed; a file that breaks the schema a hundred thousand times needs only the first few. */
    static final int MAX_ERRORS = 100;

    public ConfigException(List<String> errors) {
        this(listed(errors), 0);
    }

    private ConfigException(List<String> listed, int unused) {
        super(String.join(System.lineSeparator(), listed));
        this.errors = listed;
    }

    private static List<String> listed(List<String> errors) {
        if (errors.size() <= MAX_ERRORS) {
            return List.copyOf(errors);
        }
        List<String> first = new java.util.ArrayList<>(errors.subList(0, MAX_ERRORS));
        first.add(String.format("... and %,d more problems, not listed", errors.size() - MAX_ERRORS));
        return List.copyOf(first);
    }

    /** The one-line errors, in file order. */
    public List<String> errors() {
        return errors;
    }
}
