package org.nemsrules.engine;

import java.util.Objects;
import java.util.function.Function;
import org.nemsrules.model.Interaction;

/**
 * Names a parsed view of an interaction (the JWT, the FHIR resource, the criteria…) and how to
 * build it. Views are built lazily, at most once per interaction, and only when a rule asks.
 * Keys compare by identity: declare each one once, as a constant.
 *
 * @param <T> the type of the parsed view
 */
public final class ViewKey<T> {
    private final String name;
    private final Function<RuleContext, View<T>> parser;

    private ViewKey(String name, Function<RuleContext, View<T>> parser) {
        this.name = Objects.requireNonNull(name, "name");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** A view whose parser never throws: it answers {@link View#absent}, {@link View#failed} or {@link View#of}. */
    public static <T> ViewKey<T> of(String name, Function<Interaction, View<T>> parser) {
        Objects.requireNonNull(parser, "parser");
        return new ViewKey<>(name, context -> parser.apply(context.interaction()));
    }

    /**
     * A view built from other views of the same interaction (the criteria from the Subscription resource), so
     * that what it is built from is parsed once too. Its parser may call {@link RuleContext#view} for any key
     * but its own.
     */
    public static <T> ViewKey<T> derived(String name, Function<RuleContext, View<T>> parser) {
        return new ViewKey<>(name, parser);
    }

    public String name() {
        return name;
    }

    View<T> parse(RuleContext context) {
        try {
            return parser.apply(context);
        } catch (RuntimeException e) {
            // A parser bug must not stop the run; the owning rule reports the failure.
            return View.failed("could not read " + name + ": " + e, 0, null);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
