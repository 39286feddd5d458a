package org.nemsrules.subscription;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.dstu3.model.Reference;
import org.hl7.fhir.dstu3.model.Resource;
import org.hl7.fhir.dstu3.model.Subscription;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A contained resource that is not a Provenance, or a contained Provenance that nothing in the Subscription uses. */
public final class ContainedResourceRule extends SubscriptionRule {
    public static final String ID = "subscription.contained-resource";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("A contained resource is not a Provenance, or nothing refers to it")
            .description("EMS-Subscription-1 restricts contained resources to Provenance, so another contained "
                    + "resource fails the profile and NEMS would answer 422 INVALID_RESOURCE. A contained Provenance "
                    + "must also be referred to from the Subscription or refer to it ('#'), as FHIR's invariant "
                    + "dom-3 requires of every contained resource; a Subscription has no reference of its own, so "
                    + "in practice only a Provenance whose target is '#' passes. No NEMS page uses contained "
                    + "resources at all.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-14", "R-SUB-02")
            .specPage(SpecPages.CREATE)
            .answer(422, "INVALID_RESOURCE")
            .fix("Remove the contained resource; a Subscription for NEMS needs none.")
            .build();

    public ContainedResourceRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        List<Resource> contained = subscription.getContained();
        // contained is optional: a Subscription without it has nothing this rule judges.
        if (contained.isEmpty()) {
            return;
        }
        sink.examined();
        for (int i = 0; i < contained.size(); i++) {
            String path = "Subscription.contained[" + i + "]";
            String type = contained.get(i).fhirType();
            if (!type.equals("Provenance")) {
                report(
                        sink,
                        body,
                        path,
                        "contained[" + i + "] is a " + Echo.of(type) + "; expected only Provenance "
                                + "(EMS-Subscription-1), and NEMS uses no contained resources");
            } else if (isOrphan(subscription, i)) {
                SourcePosition at = body.position(path);
                sink.report(
                        at.line(),
                        at.column(),
                        path,
                        "R-SUB-02",
                        "contained[" + i + "] is a Provenance that "
                                + "nothing in the Subscription refers to and that does not refer to the Subscription ('#'); "
                                + "expected no contained resource, or one that is used (FHIR invariant dom-3)");
            }
        }
    }

    /** dom-3: used means referred to as '#id' from outside it, or referring to its container as '#'. */
    private static boolean isOrphan(Subscription subscription, int index) {
        Resource resource = subscription.getContained().get(index);
        if (references(resource).contains("#")) {
            return false;
        }
        String id = resource.getIdElement().getIdPart();
        if (id == null) {
            return true;
        }
        String local = "#" + (id.startsWith("#") ? id.substring(1) : id);
        List<String> elsewhere = new ArrayList<>();
        Subscription outside = subscription.copy();
        outside.getContained().clear();
        elsewhere.addAll(references(outside));
        for (int i = 0; i < subscription.getContained().size(); i++) {
            if (i != index) {
                elsewhere.addAll(references(subscription.getContained().get(i)));
            }
        }
        return !elsewhere.contains(local);
    }

    private static List<String> references(IBaseResource resource) {
        return Stu3.context().newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class).stream()
                .map(Reference::getReference)
                .filter(r -> r != null)
                .toList();
    }
}
