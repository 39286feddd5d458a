package org.nemsrules.simulator;

import java.util.Objects;

/** One header field as it was sent or is to be sent: its name as written and its value. */
public record HeaderField(String name, String value) {
    public HeaderField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
