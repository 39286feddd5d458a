package org.nemsrules.subscription;

import java.util.List;
import org.hl7.fhir.dstu3.model.Subscription;
import org.hl7.fhir.dstu3.model.UriType;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A Subscription whose {@code meta.profile} does not name EMS-Subscription-1. */
public final class MetaProfileRule extends SubscriptionRule {
    public static final String ID = "subscription.meta-profile";
    static final String PROFILE = "https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Subscription-1";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("meta.profile does not name EMS-Subscription-1")
            .description("Every Subscription example on the create page claims the NEMS profile in meta.profile: "
                    + PROFILE + ". No sentence requires it, so a missing or different profile is a warning. The "
                    + "URL is compared exactly; other profiles may be listed beside it.")
            .severity(Severity.WARNING)
            .reportsExamination()
            .requirements("R-SUB-03")
            .specPage(SpecPages.CREATE)
            .fix("Add <meta><profile value=\"" + PROFILE + "\"/></meta> (JSON: \"meta\": {\"profile\": [\"" + PROFILE
                    + "\"]}).")
            .build();

    public MetaProfileRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        sink.examined();
        List<UriType> profiles = subscription.getMeta().getProfile();
        if (profiles.stream().anyMatch(p -> PROFILE.equals(p.getValue()))) {
            return;
        }
        if (profiles.isEmpty()) {
            report(
                    sink,
                    body,
                    "Subscription.meta.profile",
                    "meta.profile is missing; expected '" + PROFILE
                            + "', the profile every NEMS Subscription example claims");
            return;
        }
        String found = profiles.get(0).getValue();
        String hint = found != null && found.equalsIgnoreCase(PROFILE)
                ? " (it differs only in letter case, and " + "profile URLs are compared exactly)"
                : "";
        report(
                sink,
                body,
                "Subscription.meta.profile[0]",
                "meta.profile is '" + Echo.of(found) + "'"
                        + (profiles.size() > 1 ? " (and " + (profiles.size() - 1) + " more)" : "") + "; expected '"
                        + PROFILE
                        + "'" + hint);
    }
}
