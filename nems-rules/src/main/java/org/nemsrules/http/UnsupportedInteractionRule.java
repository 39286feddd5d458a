package org.nemsrules.http;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.InteractionClassification;

/**
 * A request that is none of the three Subscription API interactions: create
 * ({@code POST [base]/Subscription}), read and delete ({@code GET}/{@code DELETE
 * [base]/Subscription/{id}}). NEMS keeps no versions, so in particular there is no update.
 */
public final class UnsupportedInteractionRule implements InteractionRule {
    public static final String ID = "http.unsupported-interaction";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Request is not create, read or delete of a Subscription")
            .description("The Subscription API has exactly three interactions: create is POST [base]/Subscription "
                    + "with the resource as the body and no id in the path, read is GET [base]/Subscription/{id}, "
                    + "and delete is DELETE [base]/Subscription/{id}. NEMS keeps no versions of a subscription, so "
                    + "there is no update (PUT, PATCH), no search, no _history and no POST with an id: to change a "
                    + "subscription, delete it and create a new one. The Spine error tables answer an invalid verb "
                    + "with 400 BAD_REQUEST; the Spine Security Proxy may answer 405 first.")
            .severity(Severity.ERROR)
            .requirements("R-HTTP-04", "R-HTTP-01", "R-HTTP-02", "R-HTTP-03")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .inferredAnswer(400, "BAD_REQUEST")
            .fix("Use POST [base]/Subscription to create, GET [base]/Subscription/{id} to read, DELETE "
                    + "[base]/Subscription/{id} to delete; to change a subscription, delete it and create a new one.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        InteractionClassification classification = context.classification();
        if (!classification.isSupported()) {
            sink.report(context.interaction().line(), "request-line", classification.problem());
        }
    }
}
