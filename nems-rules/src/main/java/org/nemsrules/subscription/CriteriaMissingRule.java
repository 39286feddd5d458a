package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A Subscription without {@code criteria}. */
public final class CriteriaMissingRule extends SubscriptionRule {
    public static final String ID = "subscription.criteria-missing";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("criteria is missing or blank")
            .description("criteria is 1..1: the search string that says which events for which patients are "
                    + "delivered, starting /Bundle?type=message. Only its presence is checked here; its content "
                    + "is judged by the criteria rules.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-08")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Add the criteria, e.g. <criteria value=\"/Bundle?type=message&amp;Patient.identifier="
                    + "http://fhir.nhs.net/Id/nhs-number|9434765919&amp;MessageHeader.event="
                    + "pds-change-of-address-1\"/>.")
            .build();

    public CriteriaMissingRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        sink.examined();
        String criteria = subscription.getCriteria();
        if (criteria == null || criteria.isBlank()) {
            report(
                    sink,
                    body,
                    "Subscription.criteria",
                    "criteria is " + (criteria == null || criteria.isEmpty() ? "missing" : "blank")
                            + "; expected a search string starting '/Bundle?type=message' (criteria "
                            + "is 1..1)");
        }
    }
}
