package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A {@code Subscription.criteria} string read as NEMS reads it: the {@code /Bundle?type=message} prefix, then
 * {@code &}-separated, percent-decoded parameters in the order written (repeated parameters included), each with
 * its offset in the string. Build it with {@link CriteriaParser#parse(String)}, which never throws: what it could
 * not make sense of is in {@link #problems()}.
 *
 * @param text       the criteria string as given (in XML, after the parser decoded {@code &amp;})
 * @param path       what comes before the first {@code ?}; {@code /Bundle} when well-formed
 * @param parameters every parameter after the first {@code ?}, {@code type=message} included, in order
 * @param problems   what the parser found wrong with the syntax, in order of offset
 */
@SuppressWarnings("EscapedEntity") // the javadoc means the text &amp; itself, as XML writes an ampersand
public record Criteria(String text, String path, List<CriteriaParameter> parameters, List<CriteriaProblem> problems) {
    /** The exact start of every criteria string (R-CRIT-01). */
    public static final String PREFIX = "/Bundle?type=message";

    public Criteria {
        parameters = List.copyOf(parameters);
        problems = List.copyOf(problems);
    }

    /** Every parameter named exactly {@code name}, in order. */
    public List<CriteriaParameter> all(String name) {
        // A loop, not a stream: some twenty checks ask this for every component of every request.
        List<CriteriaParameter> named = new ArrayList<>(2);
        for (CriteriaParameter parameter : parameters) {
            if (parameter.name().equals(name)) {
                named.add(parameter);
            }
        }
        return Collections.unmodifiableList(named);
    }

    public List<CriteriaParameter> all(Component component) {
        return all(component.parameterName());
    }

    /** The first parameter named exactly as the component. */
    public Optional<CriteriaParameter> first(Component component) {
        String name = component.parameterName();
        for (CriteriaParameter parameter : parameters) {
            if (parameter.name().equals(name)) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    public boolean has(Component component) {
        return first(component).isPresent();
    }

    /** Explicit, generic, neither or both (R-CRIT-10). */
    public SubscriptionKind kind() {
        return SubscriptionKind.of(this);
    }
}
