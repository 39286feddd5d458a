package org.nemsrules.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nemsrules.criteria.CriteriaProblem.Kind;
import org.nemsrules.engine.Echo;
import org.nemsrules.nhs.OdsCode;

/**
 * {@code Organization.identifier} belongs to generic subscriptions only: required there (the component table
 * says 0..1, the text says required; ambiguity 10 decides for the text), absent on explicit ones, and one of the
 * six listed codes for COUNTRYCODE (R-CRIT-08).
 *
 * <p>The shape check is a warning and deliberately coarse. The requirements name the kind of code each rule type
 * takes (a GP practice code, a local authority code, an ICB sub-location code) but give no format for them, and
 * the create page's own generic example pairs CHO_POSTCODE_CCG with {@code X2458}, which is no three-character
 * CCG code. So only what is certain is flagged: a country code under another rule type, and a value that is not
 * an ODS code at all (or, for UHV_POSTCODE_LACODE, neither an ODS nor an ONS code).
 */
public final class OrganizationIdentifierCheck {
    /** ONS (GSS) area codes, e.g. E92000001 for a country and E06000001 for a local authority. */
    private static final Pattern ONS_CODE = Pattern.compile("[EWSNLM][0-9]{8}");

    private OrganizationIdentifierCheck() {}

    public static List<CriteriaProblem> check(Criteria criteria) {
        List<CriteriaProblem> problems = new ArrayList<>();
        String name = Component.ORGANIZATION_IDENTIFIER.parameterName();
        List<CriteriaParameter> organisations = criteria.all(Component.ORGANIZATION_IDENTIFIER);
        SubscriptionKind kind = criteria.kind();
        if (kind == SubscriptionKind.EXPLICIT) {
            for (CriteriaParameter p : organisations) {
                problems.add(new CriteriaProblem(
                        Kind.ORGANIZATION_IDENTIFIER,
                        p.offset(),
                        "R-CRIT-08",
                        name
                                + " is not allowed on an explicit subscription (0..0): the patient is named by "
                                + "Patient.identifier; remove " + name + "=" + Echo.of(p.value())));
            }
            return problems;
        }
        Optional<CriteriaParameter> ruleTypeParameter = criteria.first(Component.SUBSCRIPTION_RULE_TYPE);
        if (kind != SubscriptionKind.GENERIC || ruleTypeParameter.isEmpty()) {
            return problems;
        }
        String ruleCode = ruleTypeParameter.get().value();
        Optional<RuleType> ruleType =
                RuleType.of(ruleCode).or(() -> Optional.ofNullable(RuleType.RENAMED.get(ruleCode)));
        if (organisations.isEmpty()) {
            String what = ruleType.map(t -> ", " + t.organisation() + " for " + t.name())
                    .orElse("");
            problems.add(new CriteriaProblem(
                    Kind.ORGANIZATION_IDENTIFIER,
                    ruleTypeParameter.get().offset(),
                    "R-CRIT-08",
                    "a generic subscription needs " + name + what + " (the component table gives 0..1, "
                            + "the text says it is required); add e.g. '&" + name + "=X2458'"));
            return problems;
        }
        if (ruleType.isEmpty()) {
            return problems;
        }
        for (CriteriaParameter p : organisations) {
            if (!p.value().isEmpty()) {
                value(ruleType.get(), p, problems);
            }
        }
        return problems;
    }

    private static void value(RuleType ruleType, CriteriaParameter p, List<CriteriaProblem> problems) {
        String value = p.value();
        if (ruleType == RuleType.COUNTRYCODE) {
            if (CountryCode.of(value).isEmpty()) {
                problems.add(new CriteriaProblem(
                        Kind.ORGANIZATION_IDENTIFIER,
                        p.valueOffset(),
                        "R-CRIT-08",
                        "Organization.identifier is '" + Echo.of(value)
                                + "', which is not a country code; COUNTRYCODE takes "
                                + "exactly one of " + CountryCode.listed()
                                + Suggestion.didYouMean(value, CountryCode.codes())));
            }
            return;
        }
        String expected = "; " + ruleType.name() + " takes " + ruleType.organisation();
        if (CountryCode.of(value).isPresent()) {
            problems.add(shape(
                    p,
                    "Organization.identifier '" + Echo.of(value) + "' is the country code of "
                            + CountryCode.of(value).get().country() + expected
                            + " (country codes go with COUNTRYCODE)"));
        } else if (ruleType == RuleType.UHV_POSTCODE_LACODE
                && ONS_CODE.matcher(value).matches()) {
            return;
        } else {
            OdsCode.problem(value)
                    .ifPresent(why -> problems.add(shape(p, "Organization.identifier: " + why + expected)));
        }
    }

    private static CriteriaProblem shape(CriteriaParameter p, String message) {
        return new CriteriaProblem(Kind.ORGANIZATION_CODE_SHAPE, p.valueOffset(), "R-CRIT-08", message);
    }
}
