package org.nemsrules.subscription;

import org.hl7.fhir.dstu3.model.ContactPoint;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/**
 * A Subscription without a contact, whose first contact is not a work URL, or with a later contact that lacks
 * an element the profile requires of every contact.
 */
public final class ContactRule extends SubscriptionRule {
    public static final String ID = "subscription.contact";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("No contact, the first contact's system is not 'url' or its use not 'work', or a later contact is "
                    + "incomplete")
            .description("contact is 1..* in EMS-Subscription-1 and represents the subscribing organisation. The "
                    + "profile makes system, value and use 1..1 in every contact; the create page fixes the first "
                    + "contact to system 'url' and use 'work' (later contacts may be any valid ContactPoint). The "
                    + "first contact's value is subscription.contact-value's to judge. A later contact without "
                    + "system, value or use breaks the profile (and, without system, invariant cpt-2), so it is "
                    + "reported too, citing R-SUB-02.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-05", "R-SUB-02")
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
        sink.examined();
        if (subscription.getContact().isEmpty()) {
            report(
                    sink,
                    body,
                    "Subscription.contact",
                    "the Subscription has no contact; expected at least one, the "
                            + "first with system 'url', use 'work' and value '" + OrganisationUrl.PREFIX
                            + "<ODS code>'");
            return;
        }
        ContactPoint first = subscription.getContact().get(0);
        expect(sink, body, "system", first.getSystemElement().getValueAsString(), "url");
        expect(sink, body, "use", first.getUseElement().getValueAsString(), "work");
        for (int i = 1; i < subscription.getContact().size(); i++) {
            ContactPoint later = subscription.getContact().get(i);
            requireInLaterContact(sink, body, i, "system", later.hasSystemElement());
            requireInLaterContact(sink, body, i, "value", later.hasValueElement());
            requireInLaterContact(sink, body, i, "use", later.hasUseElement());
        }
    }

    /** The profile's 1..1 holds for every contact, even where the create page leaves the values open. */
    private static void requireInLaterContact(
            FindingSink sink, SubscriptionBody body, int index, String element, boolean present) {
        if (present) {
            return;
        }
        String path = "Subscription.contact[" + index + "]." + element;
        SourcePosition at = body.position(path);
        String cpt2 = element.equals("system") ? "; invariant cpt-2 also wants a system wherever there is a value" : "";
        sink.report(
                at.line(),
                at.column(),
                path,
                "R-SUB-02",
                "contact[" + index + "] has no " + element
                        + "; expected every contact to have system, value and use (EMS-Subscription-1 makes each 1..1"
                        + cpt2 + ")");
    }

    private static void expect(FindingSink sink, SubscriptionBody body, String element, String found, String expected) {
        String path = "Subscription.contact[0]." + element;
        if (found == null || found.isEmpty()) {
            report(
                    sink,
                    body,
                    path,
                    "the first contact has no " + element + "; expected '" + expected
                            + "' (the first contact names the subscribing organisation)");
        } else if (!found.equals(expected)) {
            report(
                    sink,
                    body,
                    path,
                    "the first contact's " + element + " is '" + Echo.of(found) + "'; expected '"
                            + expected
                            + "' (the first contact names the subscribing organisation)");
        }
    }
}
