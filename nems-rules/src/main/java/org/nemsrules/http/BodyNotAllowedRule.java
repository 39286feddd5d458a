package org.nemsrules.http;

import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.model.Body;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionKind;

/** A read or delete that carries a body. */
public final class BodyNotAllowedRule implements InteractionRule {
    public static final String ID = "http.body-not-allowed";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Read or delete (GET, DELETE) carries a body")
            .description("Read and delete are standard FHIR interactions that name the subscription in the path "
                    + "and carry no body. A body there usually means the client reused its create request or sent "
                    + "the subscription it wants to delete; NEMS does not read it, and a server or proxy may refuse "
                    + "it. The answer is inferred from the Spine Core error tables: 400 BAD_REQUEST. Requests that "
                    + "are not a read or delete at all are left to the other http.* rules.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HTTP-05")
            .specPage(SpecPages.READ)
            .inferredAnswer(400, "BAD_REQUEST")
            .fix("Send GET and DELETE [base]/Subscription/{id} without a body (and without a Content-Type header).")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Interaction interaction = context.interaction();
        InteractionKind kind = context.classification().kind();
        if (!interaction.origin().hasHttpEnvelope()
                || (kind != InteractionKind.READ && kind != InteractionKind.DELETE)) {
            return;
        }
        sink.examined();
        if (interaction.body().isEmpty()) {
            return;
        }
        Body body = interaction.body();
        String name = kind == InteractionKind.READ ? "read" : "delete";
        sink.report(
                body.line() > 0 ? body.line() : interaction.line(),
                "body",
                "a " + name + " ("
                        + interaction.method() + " [base]/Subscription/{id}) carries a body of " + body.length()
                        + " byte"
                        + (body.length() == 1 ? "" : "s")
                        + "; expected no body: read and delete name the subscription in "
                        + "the path only");
    }
}
