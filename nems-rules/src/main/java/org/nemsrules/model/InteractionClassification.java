package org.nemsrules.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the three Subscription API interactions a request is, decided from its method and
 * target alone (R-HTTP-01..04). When it is none of them, {@link #problem()} says why in words a
 * supplier can act on.
 *
 * @param kind      the interaction, or {@link InteractionKind#UNSUPPORTED}
 * @param problem   why the request is unsupported; empty when supported
 * @param logicalId the subscription id in the target, when there is one
 */
public record InteractionClassification(InteractionKind kind, String problem, Optional<String> logicalId) {

    private static final Set<String> KNOWN_METHODS = Set.of("GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS");
    private static final String RESOURCE = "Subscription";

    public static InteractionClassification of(Interaction interaction) {
        if (!interaction.origin().hasHttpEnvelope()) {
            return supported(InteractionKind.CREATE, Optional.empty());
        }
        String method = interaction.method();
        Optional<RequestTarget> parsed = RequestTarget.parse(interaction.target());
        if (parsed.isEmpty()) {
            return unsupported("request target '" + interaction.target()
                    + "' is neither an absolute https URL nor a path; expected e.g. "
                    + "https://clinicals.spineservices.nhs.uk/STU3/Subscription");
        }
        RequestTarget target = parsed.get();
        List<String> segments = target.segments();
        int resourceAt = segments.lastIndexOf(RESOURCE);
        if (resourceAt < 0) {
            return unsupported("request target '" + target.path() + "' does not address a Subscription; expected "
                    + "[base]/Subscription (create) or [base]/Subscription/{id} (read, delete)");
        }
        List<String> after = segments.subList(resourceAt + 1, segments.size());
        if (after.size() > 1) {
            return unsupported("request target '" + target.path() + "' goes beyond Subscription/{id} ('"
                    + String.join("/", after.subList(1, after.size()))
                    + "'); NEMS keeps no versions and offers no operations: only [base]/Subscription and "
                    + "[base]/Subscription/{id} are supported");
        }
        // A FHIR id has no '_' or '$' (R-HTTP-07): such a segment names a FHIR interaction or operation
        // (_history, _search, $validate), never a subscription.
        if (!after.isEmpty() && (after.get(0).startsWith("_") || after.get(0).startsWith("$"))) {
            return unsupported("request target '" + target.path() + "' names '" + after.get(0) + "', a FHIR "
                    + "interaction or operation, not a subscription id; NEMS keeps no versions and offers no "
                    + "operations: only [base]/Subscription and [base]/Subscription/{id} are supported");
        }
        Optional<String> id = after.isEmpty() ? Optional.empty() : Optional.of(after.get(0));
        if (!KNOWN_METHODS.contains(method) && KNOWN_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return unsupported("HTTP methods are case-sensitive: '" + method + "' is not "
                    + method.toUpperCase(Locale.ROOT));
        }
        switch (method) {
            case "POST":
                return id.isEmpty()
                        ? supported(InteractionKind.CREATE, id)
                        : unsupported("POST with a subscription id ('" + id.get() + "') is not supported: NEMS "
                                + "assigns the id, so create is POST [base]/Subscription without one");
            case "GET":
                if (id.isPresent()) {
                    return supported(InteractionKind.READ, id);
                }
                return unsupported(target.query().isEmpty()
                        ? "GET without a subscription id is not supported: read is GET [base]/Subscription/{id}"
                        : "searching subscriptions (GET [base]/Subscription?" + target.query()
                                + ") is not supported: read one with GET [base]/Subscription/{id}");
            case "DELETE":
                return id.isPresent()
                        ? supported(InteractionKind.DELETE, id)
                        : unsupported("DELETE without a subscription id is not supported: delete is "
                                + "DELETE [base]/Subscription/{id}");
            case "PUT":
            case "PATCH":
                return unsupported(method + " is not supported: NEMS keeps no versions of a subscription, so "
                        + "there is no update; DELETE the subscription and POST a new one");
            default:
                return unsupported("method '" + method + "' is not supported; the Subscription API offers only "
                        + "POST (create), GET (read) and DELETE (delete)");
        }
    }

    private static InteractionClassification supported(InteractionKind kind, Optional<String> id) {
        return new InteractionClassification(kind, "", id);
    }

    private static InteractionClassification unsupported(String problem) {
        return new InteractionClassification(InteractionKind.UNSUPPORTED, problem, Optional.empty());
    }

    public boolean isSupported() {
        return kind != InteractionKind.UNSUPPORTED;
    }
}
