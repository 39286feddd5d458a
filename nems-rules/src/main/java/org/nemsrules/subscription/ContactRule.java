package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.ContactPoint;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A Subscription without a contact, or whose first contact is not a work URL. */
public final class ContactRule extends SubscriptionRule {
    public static final String ID = "subscription.contact";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("No contact, or the first contact's system is not 'url' or its use not 'work'")
            .description("contact is 1..* in EMS-Subscription-1 and represents the subscribing organisation. The "
                    + "profile makes system, value and use 1..1 in every contact; the create page fixes the first "
                    + "contact to system 'url' and use 'work' (later contacts may be any valid ContactPoint). The "
                    + "first contact's value is subscription.contact-value's to judge.")
            .severity(Severity.ERROR)
            .requirements("R-SUB-05")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Make the first contact <system value=\"url\"/>, <value value=\"" + OrganisationUrl.PREFIX
                    + "<ODS code>\"/>, <use value=\"work\"/>.")
            .build();

    public ContactRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        if (subscription.getContact().isEmpty()) {
            report(sink, body, "Subscription.contact", "the Subscription has no contact; expected at least one, the "
                    + "first with system 'url', use 'work' and value '" + OrganisationUrl.PREFIX + "<ODS code>'");
            return;
        }
        ContactPoint first = subscription.getContact().get(0);
        expect(sink, body, "system", first.getSystemElement().getValueAsString(), "url");
        expect(sink, body, "use", first.getUseElement().getValueAsString(), "work");
    }

    private static void expect(FindingSink sink, SubscriptionBody body, String element, String found, String expected) {
        String path = "Subscription.contact[0]." + element;
        if (found == null || found.isEmpty()) {
            report(sink, body, path, "the first contact has no " + element + "; expected '" + expected
                    + "' (the first contact names the subscribing organisation)");
        } else if (!found.equals(expected)) {
            report(sink, body, path, "the first contact's " + element + " is '" + found + "'; expected '" + expected
                    + "' (the first contact names the subscribing organisation)");
        }
    }
}
