package org.nemsrules.http;

import java.util.Set;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.InteractionClassification.Problem;

/**
 * A target that is not {@code [base]/Subscription} or {@code [base]/Subscription/{id}}: not a URL or
 * path at all, another resource, or more than an id after {@code Subscription}.
 */
public final class NotSubscriptionRule implements InteractionRule {
    public static final String ID = "http.not-subscription";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Request target is not [base]/Subscription or [base]/Subscription/{id}")
            .description("Every Subscription API request addresses the Subscription resource: create is POST "
                    + "[base]/Subscription, read and delete are GET and DELETE [base]/Subscription/{id}. A target "
                    + "that is neither an absolute http(s) URL nor a path, one that names another resource (e.g. "
                    + "/STU3/Patient), and one that goes beyond Subscription/{id} (_history, _search, $validate or "
                    + "more segments) reach no NEMS interaction: NEMS keeps no versions and offers no operations "
                    + "or search. The target is judged before the method, so a request reported here is not "
                    + "reported again by http.unsupported-method. NEMS's answer is inferred from the Spine Core "
                    + "error tables (400 BAD_REQUEST for a wrong request).")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HTTP-01", "R-HTTP-04")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(400, "BAD_REQUEST")
            .fix("Send the request to [base]/Subscription (create) or [base]/Subscription/{id} (read, delete), "
                    + "e.g. https://clinicals.spineservices.nhs.uk/STU3/Subscription.")
            .build();

    private static final Set<Problem> PROBLEMS =
            Set.of(Problem.NOT_A_TARGET, Problem.NOT_SUBSCRIPTION, Problem.BEYOND_ID);

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
        // R-HTTP-04 names _history and the missing operations explicitly; the other targets break the
        // shape every interaction shares, which R-HTTP-01 states first.
        RequestLineProblem.owned(context, PROBLEMS)
                .ifPresent(c -> sink.report(
                        context.interaction().line(),
                        null,
                        RequestLineProblem.PATH,
                        c.problem() == Problem.BEYOND_ID ? "R-HTTP-04" : "R-HTTP-01",
                        c.message()));
    }
}
