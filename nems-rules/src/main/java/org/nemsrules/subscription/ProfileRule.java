package org.nemsrules.subscription;

import java.util.List;
import java.util.Set;
import org.hl7.fhir.dstu3.model.Subscription;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.fhir.DeepProfileValidator;
import org.nemsrules.fhir.DeepValidationMessage;

/**
 * The deep mode: full FHIR instance validation of the Subscription against EMS-Subscription-1 with
 * HAPI's validator. The element rules enforce the profile's few constraints and the create page's
 * business rules on the default path; this rule adds everything else the STU3 definitions and the
 * profile say (every contact, not just the first; invariants; types), and only when asked for.
 */
public final class ProfileRule extends SubscriptionRule {
    public static final String ID = DeepProfileValidator.RULE_ID;
    private static final Set<String> BODY_LEVEL = Set.of(UnparseableRule.ID, WrongResourceTypeRule.ID);

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Subscription does not conform to EMS-Subscription-1 (deep validation only)")
            .description("Runs only in deep mode (nems-check --deep, Maven parameter deepValidation, "
                    + "NemsValidator.builder().deepValidation(true)): HAPI FHIR's instance validator judges the "
                    + "Subscription against the STU3 definitions and the project's own EMS-Subscription-1 profile "
                    + "(written from the published facts, not fetched), covering what the element rules do not, "
                    + "such as a second contact without a system. Only HAPI's errors become findings. A finding at "
                    + "an element another subscription rule already reports gives way to it, so one fault gives one "
                    + "finding. The validator starts once per NemsValidator, on the first Subscription it sees, and "
                    + "costs seconds and hundreds of megabytes; the default path never starts it.")
            .severity(Severity.ERROR)
            .reportsExamination()
            .requirements("R-SUB-02")
            .specPage(SpecPages.CREATE)
            .answer(422, "INVALID_RESOURCE")
            .fix("Make the Subscription valid FHIR STU3 and conform to EMS-Subscription-1: fix the element the "
                    + "finding names.")
            .build();

    private final DeepProfileValidator validator = DeepProfileValidator.withProjectProfile();

    public ProfileRule() {
        super(METADATA);
    }

    @Override
    void check(Subscription subscription, SubscriptionBody body, RuleContext context, FindingSink sink) {
        if (!context.deepValidation()) {
            return;
        }
        sink.examined();
        DeepProfileValidator.Format format =
                body.syntax() == BodySyntax.XML ? DeepProfileValidator.Format.XML : DeepProfileValidator.Format.JSON;
        context.markDeepValidated();
        List<DeepValidationMessage> errors = validator
                .validate(context.interaction().body().text(), format)
                .stream()
                .filter(DeepValidationMessage::isError)
                .toList();
        for (DeepValidationMessage message : errors) {
            String path = pathOf(message);
            // HAPI often states one fault twice: an invariant on the parent (cpt-2 on contact[1]) and the
            // cardinality of the child (contact[1].system). The finding at the element itself says more.
            boolean restatedBelow = !path.equals("Subscription")
                    && errors.stream()
                            .map(ProfileRule::pathOf)
                            .anyMatch(other -> !other.equals(path) && within(other, path));
            if (!restatedBelow) {
                report(sink, body, path, "EMS-Subscription-1: " + message.message());
            }
        }
    }

    private static String pathOf(DeepValidationMessage message) {
        return message.path().isEmpty() ? "Subscription" : message.path();
    }

    /**
     * Gives way to another subscription rule's finding at the same element, or at an element inside or
     * around it; and to any finding that the body as a whole cannot be read as a Subscription.
     */
    @Override
    public boolean yieldsTo(Finding own, Finding other) {
        if (!other.ruleId().startsWith("subscription.") || other.ruleId().equals(ID)) {
            return false;
        }
        if (BODY_LEVEL.contains(other.ruleId())) {
            return true;
        }
        return overlaps(own.location().path(), other.location().path());
    }

    /** Whether one element path is the other or inside it ({@code Subscription.contact} and {@code Subscription.contact[0].use}). */
    static boolean overlaps(String a, String b) {
        if (a.equals("Subscription") || b.equals("Subscription")) {
            return false;
        }
        return within(a, b) || within(b, a);
    }

    private static boolean within(String inner, String outer) {
        String bare = unindexed(inner);
        String container = unindexed(outer);
        if (!inner.startsWith(outer) && !(bare.startsWith(container) && !outer.contains("["))) {
            return false;
        }
        String rest = inner.startsWith(outer) ? inner.substring(outer.length()) : bare.substring(container.length());
        return rest.isEmpty() || rest.startsWith(".") || rest.startsWith("[");
    }

    private static String unindexed(String path) {
        return path.replaceAll("\\[\\d+]", "");
    }
}
