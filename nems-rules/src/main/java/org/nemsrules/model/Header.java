package org.nemsrules.model;

import java.util.Objects;

/** One header field as recorded, with the line it was written on (0 when the source has no lines). */
public record Header(String name, String value, int line) {
    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
