package org.nemsrules.subscription;

import java.util.Set;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.engine.ViewKey;

/** A create body that is another resource than a Subscription, or a Subscription outside the FHIR namespace. */
public final class WrongResourceTypeRule implements InteractionRule {
    public static final String ID = "subscription.wrong-resource-type";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Create body is not a Subscription in the FHIR namespace")
            .description("The body of a create is one Subscription: in XML the root element is Subscription in "
                    + "the namespace http://hl7.org/fhir, in JSON the object has \"resourceType\": "
                    + "\"Subscription\". Another resource type (a Bundle, a Patient), a JSON object without "
                    + "resourceType, or a Subscription element without the FHIR namespace (as in the read page's "
                    + "2018 response example) is reported here. A Subscription without a namespace is still "
                    + "read and judged by the element rules; another resource type is not.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-01")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Send a Subscription: <Subscription xmlns=\"http://hl7.org/fhir\"> in XML, "
                    + "{\"resourceType\": \"Subscription\", ...} in JSON.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Set<ViewKey<?>> requiredViews() {
        return Set.of(SubscriptionBody.VIEW);
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        SubscriptionBody body = context.view(SubscriptionBody.VIEW).get();
        sink.examined();
        SourcePosition at = body.position("Subscription");
        if (body.syntax() == BodySyntax.JSON) {
            if (body.rootName().isEmpty()) {
                sink.report(
                        at.line(),
                        at.column(),
                        "Subscription.resourceType",
                        "the JSON body has no " + "\"resourceType\"; expected \"resourceType\": \"Subscription\"");
            } else if (!body.rootName().equals("Subscription")) {
                sink.report(
                        at.line(),
                        at.column(),
                        "Subscription.resourceType",
                        "the JSON body is a '" + Echo.of(body.rootName())
                                + "' resource; expected \"resourceType\": \"Subscription\"");
            }
            return;
        }
        String namespace = body.namespace().orElse("");
        if (!body.rootName().equals("Subscription")) {
            sink.report(
                    at.line(),
                    at.column(),
                    "body",
                    "the XML body's root element is <" + Echo.of(body.rootName()) + ">; expected <Subscription xmlns=\""
                            + BodyScan.FHIR_NAMESPACE + "\">");
        } else if (namespace.isEmpty()) {
            sink.report(
                    at.line(),
                    at.column(),
                    "body",
                    "the <Subscription> root element has no namespace; "
                            + "expected xmlns=\"" + BodyScan.FHIR_NAMESPACE + "\" (FHIR XML elements are in the FHIR "
                            + "namespace)");
        } else if (!namespace.equals(BodyScan.FHIR_NAMESPACE)) {
            sink.report(
                    at.line(),
                    at.column(),
                    "body",
                    "the <Subscription> root element is in the namespace '" + Echo.of(namespace) + "'; expected '"
                            + BodyScan.FHIR_NAMESPACE + "'");
        }
    }
}
