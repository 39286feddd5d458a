package org.nemsrules.jwt;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * A {@code scope} claim that is not exactly {@code patient/Subscription.read} or
 * {@code patient/Subscription.write} (R-JWT-11), with a message for each likely way of getting
 * it wrong.
 */
public final class ScopeValueRule extends TokenRule {
    public static final String ID = "jwt.scope-value";

    private static final String CLAIM = "scope";
    private static final String PATH = "jwt.claims.scope";

    /** Spine Core's generic SMART forms, which NEMS does not accept; each mapped to the NEMS value of the same access. */
    private static final Map<String, SubscriptionScope> SPINE_CORE_GENERIC = Map.of(
            "patient/*.read", SubscriptionScope.READ,
            "patient/*.write", SubscriptionScope.WRITE,
            "organization/*.read", SubscriptionScope.READ,
            "organization/*.write", SubscriptionScope.WRITE);

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("JWT scope is not patient/Subscription.read or patient/Subscription.write")
            .description("NEMS says the scope claim must be either 'patient/Subscription.read' or "
                    + "'patient/Subscription.write' (explicit), compared exactly: values are case-sensitive and "
                    + "carry no surrounding whitespace. Spine Core's generic 'patient/*.read|write' and "
                    + "'organization/*.read|write' forms are not accepted. A bare 'patient/' is reported as a "
                    + "likely copy of a truncated rendering of the guidance (ambiguity 1: every version of the "
                    + "source names both full values). Spine Core calls scope a space-separated list, but NEMS "
                    + "expects a single value, so a list is an error with its own message, which says when the "
                    + "list holds a valid value (ambiguity 3). An absent or empty scope is reported by "
                    + "jwt.missing-claim, not here.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-JWT-11")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .answer(400, "MISSING_OR_INVALID_HEADER")
            .fix("Set scope to exactly 'patient/Subscription.read' for a read (GET) or "
                    + "'patient/Subscription.write' for a create (POST) or delete (DELETE).")
            .build();

    public ScopeValueRule() {
        super(METADATA);
    }

    @Override
    void check(BearerToken token, RuleContext context, FindingSink sink) {
        // Absent, null, empty and wrong-typed scopes are jwt.missing-claim's to report.
        Optional<String> scope = token.string(CLAIM);
        if (scope.isEmpty()) {
            return;
        }
        sink.examined();
        scope.flatMap(ScopeValueRule::problem).ifPresent(message -> sink.report(token.line(), PATH, message));
    }

    /** What is wrong with a present scope value, or empty when it is one of the two NEMS values. */
    static Optional<String> problem(String scope) {
        if (SubscriptionScope.of(scope).isPresent()) {
            return Optional.empty();
        }
        String stripped = scope.strip();
        if (stripped.isEmpty()) {
            return Optional.of("scope is blank ('" + Echo.of(scope) + "'); expected " + SubscriptionScope.both());
        }
        if (stripped.chars().anyMatch(Character::isWhitespace)) {
            List<String> items = Arrays.asList(stripped.split("\\s+"));
            return Optional.of("scope '" + Echo.of(scope) + "' is a space-separated list of " + items.size()
                    + " scopes; NEMS expects a single scope, exactly " + SubscriptionScope.both()
                    + containsValid(items));
        }
        if (!stripped.equals(scope)) {
            String hint = SubscriptionScope.of(stripped).isPresent()
                    ? "; remove it: expected exactly '" + Echo.of(stripped) + "'"
                    : "; expected exactly " + SubscriptionScope.both();
            return Optional.of("scope '" + Echo.of(scope) + "' has surrounding whitespace" + hint);
        }
        if (scope.equals("patient/")) {
            return Optional.of("scope 'patient/' looks like a copy of truncated guidance text; the valid values "
                    + "are " + SubscriptionScope.both());
        }
        SubscriptionScope generic = SPINE_CORE_GENERIC.get(scope);
        if (generic != null) {
            return Optional.of("scope '" + Echo.of(scope)
                    + "' is Spine Core's generic form, not accepted by NEMS; expected '"
                    + generic.value() + "'");
        }
        for (SubscriptionScope candidate : SubscriptionScope.values()) {
            if (candidate.value().toLowerCase(Locale.ROOT).equals(scope.toLowerCase(Locale.ROOT))) {
                return Optional.of("scope '" + Echo.of(scope) + "' differs from '" + candidate.value()
                        + "' in case; scope values are case-sensitive: expected exactly '" + candidate.value() + "'");
            }
        }
        return Optional.of(
                "scope '" + Echo.of(scope) + "' is not a NEMS scope; expected exactly " + SubscriptionScope.both());
    }

    private static String containsValid(List<String> items) {
        List<String> valid = items.stream()
                .filter(s -> SubscriptionScope.of(s).isPresent())
                .distinct()
                .toList();
        if (valid.isEmpty()) {
            return "";
        }
        return valid.size() == 1
                ? "; the list contains '" + valid.get(0) + "': send that value alone"
                : "; the list contains both NEMS values: send only the one the interaction needs";
    }
}
