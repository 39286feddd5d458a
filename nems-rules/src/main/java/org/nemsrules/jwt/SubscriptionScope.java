package org.nemsrules.jwt;

import java.util.Optional;
import org.nemsrules.model.InteractionKind;

/**
 * The two values the JWT {@code scope} claim may take for NEMS (R-JWT-11): exactly
 * {@code patient/Subscription.read} or {@code patient/Subscription.write}, compared
 * case-sensitively, as the general API guidance names them.
 */
public enum SubscriptionScope {
    READ("patient/Subscription.read"),
    WRITE("patient/Subscription.write");

    private final String value;

    SubscriptionScope(String value) {
        this.value = value;
    }

    /** The claim value exactly as NEMS expects it. */
    public String value() {
        return value;
    }

    /** The scope whose value is exactly {@code claim}; empty for anything else. */
    public static Optional<SubscriptionScope> of(String claim) {
        for (SubscriptionScope scope : values()) {
            if (scope.value.equals(claim)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /**
     * The scope an interaction needs (R-JWT-12, inferred): read for GET, write for POST and
     * DELETE; empty for an unsupported interaction.
     */
    public static Optional<SubscriptionScope> requiredFor(InteractionKind kind) {
        return switch (kind) {
            case READ -> Optional.of(READ);
            case CREATE, DELETE -> Optional.of(WRITE);
            case UNSUPPORTED -> Optional.empty();
        };
    }

    /** Both values, for messages: {@code 'patient/Subscription.read' or 'patient/Subscription.write'}. */
    static String both() {
        return "'" + READ.value + "' or '" + WRITE.value + "'";
    }

    @Override
    public String toString() {
        return value;
    }
}
