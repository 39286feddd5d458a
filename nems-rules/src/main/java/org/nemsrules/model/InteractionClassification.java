package org.nemsrules.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nemsrules.engine.Echo;

/**
 * Which of the three Subscription API interactions a request is, decided from its method and
 * target alone (R-HTTP-01..04). When it is none of them, {@link #problem()} says which fault was
 * found and {@link #message()} says it in words a supplier can act on. The target is judged
 * before the method, so a request has exactly one problem: each {@code http.*} rule reports its
 * own kinds of problem and no request is reported twice for the same shape.
 *
 * @param kind      the interaction, or {@link InteractionKind#UNSUPPORTED}
 * @param problem   why the request is unsupported; {@link Problem#NONE} when supported
 * @param message   the problem in words; empty when supported
 * @param logicalId the subscription id in the target, as recorded (not percent-decoded), when there is one
 */
public record InteractionClassification(
        InteractionKind kind, Problem problem, String message, Optional<String> logicalId) {

    /** Why a request is none of create, read and delete. */
    public enum Problem {
        /** The request is create, read or delete. */
        NONE,
        /** The target is neither an absolute http(s) URL nor a path. */
        NOT_A_TARGET,
        /** The target's path has no {@code Subscription} segment. */
        NOT_SUBSCRIPTION,
        /** The target goes past {@code Subscription/{id}}, or names a FHIR interaction such as {@code _history}. */
        BEYOND_ID,
        /** A supported method written in the wrong case, e.g. {@code post}. */
        METHOD_CASE,
        /** {@code PUT} or {@code PATCH}: an update, which NEMS does not have. */
        NO_UPDATE,
        /** Any other method, e.g. {@code HEAD} or {@code OPTIONS}. */
        UNSUPPORTED_METHOD,
        /** {@code POST [base]/Subscription/{id}}: NEMS assigns the id. */
        ID_ON_CREATE,
        /** {@code GET} or {@code DELETE} without an id and without a query. */
        MISSING_ID,
        /** {@code GET [base]/Subscription?…}: a search. */
        SEARCH
    }

    private static final Set<String> SUPPORTED_METHODS = Set.of("GET", "POST", "DELETE");
    private static final String RESOURCE = "Subscription";

    public static InteractionClassification of(Interaction interaction) {
        if (!interaction.origin().hasHttpEnvelope()) {
            return supported(InteractionKind.CREATE, Optional.empty());
        }
        String method = interaction.method();
        Optional<RequestTarget> parsed = RequestTarget.parse(interaction.target());
        if (parsed.isEmpty()) {
            return unsupported(
                    Problem.NOT_A_TARGET,
                    "request target '" + Echo.of(interaction.target())
                            + "' is neither an absolute https URL nor a path; expected e.g. "
                            + "https://clinicals.spineservices.nhs.uk/STU3/Subscription");
        }
        RequestTarget target = parsed.get();
        List<String> segments = target.segments();
        int resourceAt = segments.lastIndexOf(RESOURCE);
        if (resourceAt < 0) {
            return unsupported(
                    Problem.NOT_SUBSCRIPTION,
                    "request target '" + Echo.of(target.path())
                            + "' does not address "
                            + "a Subscription; expected [base]/Subscription (create) or [base]/Subscription/{id} (read, "
                            + "delete)");
        }
        List<String> after = segments.subList(resourceAt + 1, segments.size());
        if (after.size() > 1) {
            return unsupported(
                    Problem.BEYOND_ID,
                    "request target '" + Echo.of(target.path()) + "' goes beyond "
                            + "Subscription/{id} ('" + Echo.of(String.join("/", after.subList(1, after.size())))
                            + "'); NEMS keeps no versions and offers no operations: only [base]/Subscription and "
                            + "[base]/Subscription/{id} are supported");
        }
        // A FHIR id has no '_' or '$' (R-HTTP-07): such a segment names a FHIR interaction or operation
        // (_history, _search, $validate), never a subscription.
        if (!after.isEmpty() && (after.get(0).startsWith("_") || after.get(0).startsWith("$"))) {
            return unsupported(
                    Problem.BEYOND_ID,
                    "request target '" + Echo.of(target.path()) + "' names '"
                            + Echo.of(after.get(0))
                            + "', a FHIR interaction or operation, not a subscription id; NEMS keeps no versions and "
                            + "offers no operations: only [base]/Subscription and [base]/Subscription/{id} are supported");
        }
        Optional<String> id = after.isEmpty() ? Optional.empty() : Optional.of(after.get(0));
        String upper = method.toUpperCase(Locale.ROOT);
        if (!method.equals(upper) && SUPPORTED_METHODS.contains(upper)) {
            return unsupported(
                    Problem.METHOD_CASE,
                    "HTTP methods are case-sensitive: '" + Echo.of(method) + "' is not " + upper
                            + "; write the method as " + upper);
        }
        switch (method) {
            case "POST" -> {
                return id.isEmpty()
                        ? supported(InteractionKind.CREATE, id)
                        : unsupported(
                                Problem.ID_ON_CREATE,
                                "POST with a subscription id ('" + Echo.of(id.get())
                                        + "') is "
                                        + "not supported: NEMS assigns the id, so create is POST [base]/Subscription "
                                        + "without one");
            }
            case "GET" -> {
                if (id.isPresent()) {
                    return supported(InteractionKind.READ, id);
                }
                return target.query().isEmpty()
                        ? unsupported(
                                Problem.MISSING_ID,
                                "GET without a subscription id is not supported: read "
                                        + "is GET [base]/Subscription/{id}")
                        : unsupported(
                                Problem.SEARCH,
                                "searching subscriptions is not supported: found GET "
                                        + "[base]/Subscription?" + Echo.of(target.query())
                                        + "; read one subscription with GET "
                                        + "[base]/Subscription/{id}, using the id NEMS returned at create");
            }
            case "DELETE" -> {
                return id.isPresent()
                        ? supported(InteractionKind.DELETE, id)
                        : unsupported(
                                Problem.MISSING_ID,
                                "DELETE without a subscription id is not supported: "
                                        + "delete is DELETE [base]/Subscription/{id}");
            }
            default -> {
                // 'put' and 'patch' are told about updates rather than about case: fixing the case alone
                // would still leave a request NEMS does not offer.
                if (upper.equals("PUT") || upper.equals("PATCH")) {
                    return unsupported(
                            Problem.NO_UPDATE,
                            method + " is not supported: NEMS keeps no versions of "
                                    + "a subscription, so there is no update; DELETE the subscription and POST a new one");
                }
                return unsupported(
                        Problem.UNSUPPORTED_METHOD,
                        "method '" + Echo.of(method) + "' is not supported; the "
                                + "Subscription API offers only POST (create), GET (read) and DELETE (delete)");
            }
        }
    }

    private static InteractionClassification supported(InteractionKind kind, Optional<String> id) {
        return new InteractionClassification(kind, Problem.NONE, "", id);
    }

    private static InteractionClassification unsupported(Problem problem, String message) {
        return new InteractionClassification(InteractionKind.UNSUPPORTED, problem, message, Optional.empty());
    }

    public boolean isSupported() {
        return kind != InteractionKind.UNSUPPORTED;
    }
}
