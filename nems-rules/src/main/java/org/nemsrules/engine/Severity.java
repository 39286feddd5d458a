package org.nemsrules.engine;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Lower-case name as written in reports and configuration ({@code error}, {@code warning}, {@code info}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public static Optional<Severity> fromLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
