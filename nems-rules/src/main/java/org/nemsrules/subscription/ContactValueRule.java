package org.nemsrules.subscription;

import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.nhs.OdsCode;

/** A first contact whose value is not the subscribing organisation's ODS API URL. */
public final class ContactValueRule extends SubscriptionRule {
    public static final String ID = "subscription.contact-value";
    private static final String PATH = "Subscription.contact[0].value";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("The first contact's value is not the ODS API URL of the subscribing organisation")
            .description("The first contact's value is the subscribing organisation's ODS API URL, "
                    + OrganisationUrl.PREFIX + "<ODS code>, with a well-formed ODS code (3 to 10 upper-case "
                    + "letters and digits). The prefix is compared exactly. A Subscription without any contact is "
                    + "subscription.contact's to report.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-05")
            .specPage(SpecPages.CREATE)
            .inferredAnswer(422, "INVALID_RESOURCE")
            .fix("Set the first contact's value to " + OrganisationUrl.PREFIX
                    + "<ODS code>, with the organisation's ODS code in capitals, e.g. " + OrganisationUrl.PREFIX
                    + "A83006.")
            .build();

    public ContactValueRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        if (subscription.getContact().isEmpty()) {
            return;
        }
        sink.examined();
        Optional<String> value = OrganisationUrl.firstContactValue(subscription);
        if (value.isEmpty()) {
            report(
                    sink,
                    body,
                    PATH,
                    "the first contact has no value; expected '" + OrganisationUrl.PREFIX
                            + "<ODS code>', the subscribing organisation's ODS API URL");
            return;
        }
        Optional<String> code = OrganisationUrl.odsText(value.get());
        if (code.isEmpty()) {
            report(
                    sink,
                    body,
                    PATH,
                    "the first contact's value is '" + Echo.of(value.get()) + "'; expected '"
                            + OrganisationUrl.PREFIX + "<ODS code>', the subscribing organisation's ODS API URL"
                            + hint(value.get()));
            return;
        }
        OdsCode.problem(code.get())
                .ifPresent(problem -> report(
                        sink,
                        body,
                        PATH,
                        "the ODS code at the end of the " + "first contact's value '" + Echo.of(value.get())
                                + "' is malformed: " + problem));
    }

    private static String hint(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        String prefix = OrganisationUrl.PREFIX.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") && lower.substring(7).startsWith(prefix.substring(8))) {
            return " (it uses 'http://' where the URL uses 'https://')";
        }
        if (lower.startsWith(prefix)) {
            return " (the prefix differs only in letter case, and it is compared exactly)";
        }
        if (OdsCode.parse(value).isPresent()) {
            return " (a bare ODS code: write the whole URL, '" + OrganisationUrl.PREFIX + value + "')";
        }
        return "";
    }
}
