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

/** A create whose body is empty or only whitespace. */
public final class MissingBodyRule implements InteractionRule {
    public static final String ID = "http.missing-body";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Create (POST) has no body")
            .description("Create is POST [base]/Subscription with one Subscription resource, in XML or JSON, as "
                    + "the body. Without it there is nothing to create; the Spine Core error tables answer a "
                    + "missing or malformed body with 400 BAD_REQUEST. A body of only whitespace counts as "
                    + "missing. Bare resource files are a body by construction and are not judged here.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HTTP-06")
            .specPage(SpecPages.CREATE)
            .answer(400, "BAD_REQUEST")
            .fix("Send the Subscription resource (EMS-Subscription-1) as the body of the POST, with a matching "
                    + "Content-Type such as application/fhir+xml;charset=utf-8.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Interaction interaction = context.interaction();
        if (!interaction.origin().hasHttpEnvelope() || context.classification().kind() != InteractionKind.CREATE) {
            return;
        }
        sink.examined();
        Body body = interaction.body();
        if (body.isEmpty()) {
            sink.report(
                    interaction.line(),
                    "body",
                    "a create (POST [base]/Subscription) has no body; expected one "
                            + "Subscription resource in XML or JSON");
        } else if (body.text().isBlank()) {
            sink.report(
                    body.line() > 0 ? body.line() : interaction.line(),
                    "body",
                    "a create (POST "
                            + "[base]/Subscription) has a body of only whitespace (" + body.length()
                            + " bytes); expected "
                            + "one Subscription resource in XML or JSON");
        }
    }
}
