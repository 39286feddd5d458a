package org.nemsrules.criteria;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The values of {@code subscriptionRuleType} (R-CRIT-07), with what each expects in {@code Organization.identifier} (R-CRIT-08). */
public enum RuleType {
    GP_GP_GP("a GP practice code", true),
    UHV_POSTCODE_LACODE("a local authority code", false),
    CHO_GP_CCG("an ICB sub-location (ex-CCG) code", true),
    CHO_POSTCODE_CCG("an ICB sub-location (ex-CCG) code", false),
    COUNTRYCODE("a country code", false);

    /** Old names the release notes record (RN): {@code HSS} became {@code COUNTRYCODE}. */
    public static final Map<String, RuleType> RENAMED = Map.of("HSS", COUNTRYCODE);

    private final String organisation;
    private final boolean requiresRegisteredGp;

    RuleType(String organisation, boolean requiresRegisteredGp) {
        this.organisation = organisation;
        this.requiresRegisteredGp = requiresRegisteredGp;
    }

    /** What {@code Organization.identifier} holds for this rule type, in words. */
    public String organisation() {
        return organisation;
    }

    /** Whether the rule already matches only patients with a registered GP, making {@code GPRegistration} redundant (R-CRIT-06). */
    public boolean requiresRegisteredGp() {
        return requiresRegisteredGp;
    }

    /** The rule type with exactly this code (case-sensitive, as NEMS matches it). */
    public static Optional<RuleType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(RuleType::name).toList();
    }
}
