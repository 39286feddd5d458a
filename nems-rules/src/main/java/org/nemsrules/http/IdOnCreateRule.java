package org.nemsrules.http;

import java.util.Set;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.InteractionClassification.Problem;

/** {@code POST [base]/Subscription/{id}}: a create that names the id NEMS has yet to assign. */
public final class IdOnCreateRule implements InteractionRule {
    public static final String ID = "http.id-on-create";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Create (POST) has a subscription id in the path")
            .description("Create is POST [base]/Subscription with no id in the path: NEMS assigns the logical id "
                    + "and returns it in the Location header of its 201 Created answer. A POST to "
                    + "[base]/Subscription/{id} is no NEMS interaction (and NEMS has no update by PUT either). "
                    + "The answer is inferred: 400 BAD_REQUEST for a request of the wrong shape; the Spine Core "
                    + "error tables also have 405 MSG_RESOURCE_ID_FAIL (the client may not assign an id), which "
                    + "NEMS may give instead.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HTTP-01", "R-HTTP-04")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(400, "BAD_REQUEST")
            .fix("POST the new subscription to [base]/Subscription without an id, and keep the id NEMS returns in "
                    + "the Location header for later reads and deletes.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        // Every request with a request line is judged on its shape, whichever problem it has.
        if (context.interaction().origin().hasHttpEnvelope()) {
            sink.examined();
        }
        RequestLineProblem.owned(context, Set.of(Problem.ID_ON_CREATE))
                .ifPresent(c -> sink.report(context.interaction().line(), RequestLineProblem.PATH, c.message()));
    }
}
