package org.nemsrules.mime;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing a header value: the value, or the precise problem that stopped the parse.
 * Header values come from recordings a supplier wants judged, so a bad one is a finding to report,
 * never an exception.
 *
 * @param <T> what was parsed
 */
public final class Parsed<T> {
    private final T value;
    private final String problem;

    private Parsed(T value, String problem) {
        this.value = value;
        this.problem = problem;
    }

    static <T> Parsed<T> of(T value) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), null);
    }

    static <T> Parsed<T> problem(String problem) {
        return new Parsed<>(null, Objects.requireNonNull(problem, "problem"));
    }

    public boolean isValid() {
        return value != null;
    }

    /** The parsed value; throws when the value did not parse. */
    public T get() {
        if (value == null) {
            throw new NoSuchElementException(problem);
        }
        return value;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** What is wrong with the text, in words a supplier can act on; empty when it parsed. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public String toString() {
        return value != null ? String.valueOf(value) : "problem: " + problem;
    }
}
