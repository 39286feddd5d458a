package org.nemsrules.http;

import java.util.Set;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.InteractionClassification.Problem;

/** A method other than POST, GET and DELETE, including an update (PUT, PATCH) and {@code post} in lower case. */
public final class UnsupportedMethodRule implements InteractionRule {
    public static final String ID = "http.unsupported-method";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("HTTP method is not POST, GET or DELETE")
            .description("The Subscription API has three interactions and three methods: POST (create), GET "
                    + "(read) and DELETE (delete). NEMS keeps no versions of a subscription, so there is no update: "
                    + "PUT and PATCH are not supported, and a subscription is changed by deleting it and creating a "
                    + "new one. HTTP methods are case-sensitive, so 'post' is not POST. The Spine Core error tables "
                    + "answer an invalid HTTP verb with 400 BAD_REQUEST; the Spine Security Proxy may answer 405 "
                    + "first, and a server may answer 501 NOT_IMPLEMENTED. A request whose target is already wrong "
                    + "is reported by http.not-subscription instead.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HTTP-04")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .answer(400, "BAD_REQUEST")
            .fix("Use POST to create, GET to read and DELETE to delete, in capitals; to change a subscription, "
                    + "DELETE it and POST a new one.")
            .build();

    private static final Set<Problem> PROBLEMS =
            Set.of(Problem.METHOD_CASE, Problem.NO_UPDATE, Problem.UNSUPPORTED_METHOD);

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
        RequestLineProblem.owned(context, PROBLEMS)
                .ifPresent(c -> sink.report(context.interaction().line(), RequestLineProblem.PATH, c.message()));
    }
}
