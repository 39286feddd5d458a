package org.nemsrules.http;

import java.util.Optional;
import java.util.Set;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.model.InteractionClassification;
import org.nemsrules.model.InteractionClassification.Problem;

/**
 * The classification of a request whose method or target has a problem that a rule owns. The
 * classification finds at most one problem, so of the rules that share this exactly one fires for an
 * unsupported request.
 */
final class RequestLineProblem {
    static final String PATH = "request-line";

    private RequestLineProblem() {}

    static Optional<InteractionClassification> owned(RuleContext context, Set<Problem> owned) {
        if (!context.interaction().origin().hasHttpEnvelope()) {
            return Optional.empty();
        }
        InteractionClassification classification = context.classification();
        return owned.contains(classification.problem()) ? Optional.of(classification) : Optional.empty();
    }
}
