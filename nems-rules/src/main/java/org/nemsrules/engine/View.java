package org.nemsrules.engine;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of parsing one view of an interaction: present, absent (the request has nothing
 * to parse, e.g. no {@code Authorization} header), or failed (it has something, but it cannot be
 * parsed; the problem says where).
 *
 * @param <T> the type of the parsed view
 */
public final class View<T> {
    private final @Nullable T value;
    private final @Nullable Problem problem;
    private final @Nullable String absence;

    /** Why a view could not be parsed, and where. */
    public record Problem(
            String message, int line, @Nullable Integer column) {}

    private View(@Nullable T value, @Nullable Problem problem, @Nullable String absence) {
        this.value = value;
        this.problem = problem;
        this.absence = absence;
    }

    public static <T> View<T> of(T value) {
        return new View<>(java.util.Objects.requireNonNull(value, "value"), null, null);
    }

    public static <T> View<T> absent(String why) {
        return new View<>(null, null, why);
    }

    public static <T> View<T> failed(String message, int line, @Nullable Integer column) {
        return new View<>(null, new Problem(message, line, column), null);
    }

    public boolean isPresent() {
        return value != null;
    }

    public boolean isFailed() {
        return problem != null;
    }

    public boolean isAbsent() {
        return absence != null;
    }

    public T get() {
        if (value == null) {
            throw new NoSuchElementException(problem != null ? problem.message() : absence);
        }
        return value;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
