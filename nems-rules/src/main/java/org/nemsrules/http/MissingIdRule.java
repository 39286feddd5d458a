package org.nemsrules.http;

import java.util.Set;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.InteractionClassification.Problem;

/** A read or delete without a subscription id, including a search ({@code GET [base]/Subscription?…}). */
public final class MissingIdRule implements InteractionRule {
    public static final String ID = "http.missing-id";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Read or delete (GET, DELETE) has no subscription id in the path")
            .description("Read is GET [base]/Subscription/{id} and delete is DELETE [base]/Subscription/{id}, "
                    + "where {id} is the logical id NEMS assigned at create. Without an id there is nothing to read "
                    + "or delete. A GET with a query instead of an id is a search, which NEMS does not support "
                    + "(R-HTTP-04), so it is reported here with its own message. The answer is inferred from the "
                    + "Spine Core error tables: 400 BAD_REQUEST for a request of the wrong shape.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HTTP-02", "R-HTTP-03", "R-HTTP-04")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(400, "BAD_REQUEST")
            .fix("Put the id NEMS returned at create (the Location header of its 201 answer) in the path: "
                    + "GET or DELETE [base]/Subscription/{id}. Keep the ids you create: NEMS cannot be searched.")
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
        RequestLineProblem.owned(context, Set.of(Problem.MISSING_ID, Problem.SEARCH))
                .ifPresent(c -> sink.report(
                        context.interaction().line(),
                        null,
                        RequestLineProblem.PATH,
                        requirement(context, c.problem()),
                        c.message()));
    }

    private static String requirement(RuleContext context, Problem problem) {
        if (problem == Problem.SEARCH) {
            return "R-HTTP-04";
        }
        return context.interaction().method().equals("DELETE") ? "R-HTTP-03" : "R-HTTP-02";
    }
}
