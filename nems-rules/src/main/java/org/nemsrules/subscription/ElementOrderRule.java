package org.nemsrules.subscription;

import java.util.List;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * An XML Subscription whose elements are not in the order FHIR STU3 defines. HAPI's parser reads them in any
 * order, so without this rule only the deep validator would see the fault; JSON has no element order, so the
 * rule is silent on JSON.
 */
public final class ElementOrderRule extends SubscriptionRule {
    public static final String ID = "subscription.element-order";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("XML Subscription elements are not in the order FHIR STU3 defines")
            .description("FHIR XML fixes the order of the elements of every resource and data type to the order of "
                    + "their definitions: a Subscription is id, meta, implicitRules, language, text, contained, "
                    + "extension, modifierExtension, status, contact, end, reason, criteria, error, channel, tag; a "
                    + "contact is extension, system, value, use, rank, period; a channel extension, "
                    + "modifierExtension, type, endpoint, payload, header. A body out of that order is not valid STU3 "
                    + "XML, and the HL7 validator rejects it, though lenient parsers read it. The order is taken "
                    + "from HAPI FHIR's STU3 definitions, at every level of the body (contained resources and "
                    + "extensions too). As the HL7 validator does, each element is compared with the one written "
                    + "just before it, and the finding is on the line of the element that belongs earlier, naming "
                    + "the element it was written after and the expected order. JSON has no element order, so JSON "
                    + "bodies are not judged. In deep mode the validator's finding for the same element gives way "
                    + "to this one.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-02")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Write the elements in the order the message gives (for a Subscription: meta, status, contact, "
                    + "end, reason, criteria, channel).")
            .build();

    public ElementOrderRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        if (body.syntax() != BodySyntax.XML) {
            return;
        }
        sink.examined();
        List<ElementOrder.Misplaced> misplaced = body.readDirectly()
                ? ElementOrder.ofKnown(body.locations())
                : ElementOrder.of(Stu3.context(), body.locations());
        for (ElementOrder.Misplaced m : misplaced) {
            String within = m.parentPath().equals("Subscription")
                    ? "a Subscription"
                    : m.parentPath()
                            + m.parentType()
                                    .map(type -> ", " + article(type) + " " + type)
                                    .orElse("");
            report(
                    sink,
                    body,
                    m.element().path(),
                    "'" + m.element().name() + "' is written after '" + m.after() + "', but comes before it in "
                            + within + "; expected order: " + String.join(", ", m.expected()));
        }
    }

    private static String article(String type) {
        return "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
    }
}
