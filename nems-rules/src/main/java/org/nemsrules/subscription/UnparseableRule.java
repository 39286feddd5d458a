package org.nemsrules.subscription;

import java.util.List;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.engine.View;

/**
 * A create body that cannot be read as an STU3 Subscription. It owns the Subscription view: when
 * it fires, the element rules are skipped rather than judge half a resource.
 */
public final class UnparseableRule implements InteractionRule {
    public static final String ID = "subscription.unparseable";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Create body is not well-formed XML or JSON, or not readable as an STU3 Subscription")
            .description("The body of a create must be one FHIR STU3 resource in well-formed XML or JSON. The body "
                    + "is read in the syntax it really has (its first character: '<' or '{'); whether that agrees "
                    + "with Content-Type is the mime rules' question. Then HAPI FHIR reads it as an STU3 "
                    + "Subscription with strict error handling: an unknown element (including R4/R5-only ones), "
                    + "an invalid code of a required binding (status, contact.system, contact.use, channel.type), "
                    + "a malformed date or a repeated single element is reported here, each with its line, "
                    + "never silently dropped. So are what HAPI would silently coerce or ignore: a JSON value "
                    + "of the wrong shape (a number for a string, an array for a single element, a bare value for "
                    + "a repeating one), a duplicate JSON name, and XML text between an element's tags where its "
                    + "value attribute belongs. A DOCTYPE declaration is refused without being processed, so "
                    + "entities naming files or URLs are never opened; bodies nested more than 64 deep are "
                    + "refused too. The Spine error table names BAD_REQUEST for a malformed body, so that is "
                    + "the answer predicted (MESSAGE_NOT_WELL_FORMED is the other code a server might choose); "
                    + "a body that is well-formed but not valid STU3 may instead get 422 INVALID_RESOURCE. When "
                    + "this rule fires, the other subscription rules are skipped.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-HTTP-06", "R-SUB-01", "R-SUB-02")
            .specPage(SpecPages.ERRORS)
            .answer(400, "BAD_REQUEST")
            .fix("Send one Subscription resource as well-formed FHIR STU3 XML (root <Subscription "
                    + "xmlns=\"http://hl7.org/fhir\">, values in value attributes, '&' written '&amp;') or JSON "
                    + "(\"resourceType\": \"Subscription\"), with only STU3 element names and codes.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        View<SubscriptionBody> view = context.view(SubscriptionBody.VIEW);
        // Absent: no create, or a create without a body; a body that was read passed this rule's judgement.
        if (view.isAbsent()) {
            return;
        }
        sink.examined();
        if (!view.isFailed()) {
            return;
        }
        List<SubscriptionBody.Located> problems = SubscriptionBody.problems(context.interaction());
        if (problems.isEmpty()) {
            // The view failed outside the parser (a HAPI bug): report what the view knows.
            View.Problem p = view.problem().get();
            sink.report(p.line(), p.column(), "body", p.message());
            return;
        }
        for (SubscriptionBody.Located located : problems) {
            sink.report(
                    located.position().line(),
                    located.position().column(),
                    located.problem().path(),
                    located.problem().requirement(),
                    located.problem().message());
        }
    }
}
