package org.nemsrules.header;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nemsrules.engine.Echo;
import org.nemsrules.model.InteractionKind;

/** The three InteractionID URNs of the Subscription API (R-HDR-03), and what a near miss was probably meant to be. */
final class InteractionUrn {
    static final String PREFIX = "urn:nhs:names:services:clinicals-sync:";
    private static final List<InteractionKind> KINDS =
            List.of(InteractionKind.CREATE, InteractionKind.READ, InteractionKind.DELETE);

    private InteractionUrn() {}

    /** The interaction whose URN the value is, compared exactly; empty for any other value. */
    static Optional<InteractionKind> of(String value) {
        return KINDS.stream().filter(k -> k.interactionId().equals(value)).findFirst();
    }

    static String allThree() {
        return KINDS.stream()
                .map(k -> k.interactionId() + " (" + k.method() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Why a value that is none of the three is wrong, when a likely cause can be named; else empty. */
    static Optional<String> diagnose(String value) {
        for (InteractionKind kind : KINDS) {
            String urn = kind.interactionId();
            if (urn.equalsIgnoreCase(value)) {
                return Optional.of("URNs are compared exactly, and this differs from " + urn + " only in case");
            }
            String operation = urn.substring(PREFIX.length());
            if (value.endsWith(":" + operation) || value.equals(operation)) {
                return Optional.of("the operation " + operation + " is right but the URN must start " + PREFIX);
            }
            if (value.length() > 2
                    && (value.startsWith("\"") || value.startsWith("<"))
                    && value.substring(1, value.length() - 1).equals(urn)) {
                return Optional.of("remove the " + value.charAt(0) + " around the URN");
            }
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith(PREFIX.toLowerCase(Locale.ROOT))) {
            return Optional.of("the Subscription API has no interaction '" + Echo.of(value.substring(PREFIX.length()))
                    + "': there is no update or search, only SubscriptionsApiPost, SubscriptionsApiGet and "
                    + "SubscriptionsApiDelete");
        }
        return Optional.empty();
    }
}
