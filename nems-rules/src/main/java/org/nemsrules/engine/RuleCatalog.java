package org.nemsrules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.nemsrules.config.EnvironmentRule;
import org.nemsrules.config.MailboxRule;
import org.nemsrules.config.OrganisationNotAllowedRule;
import org.nemsrules.config.ToAsidRule;
import org.nemsrules.config.UnknownSystemRule;
import org.nemsrules.criteria.EscapedAmpersandRule;
import org.nemsrules.criteria.EventCodeRule;
import org.nemsrules.criteria.EventCountRule;
import org.nemsrules.criteria.EventDeprecatedRule;
import org.nemsrules.criteria.EventNoLongerSupportedRule;
import org.nemsrules.criteria.EventRepeatedRule;
import org.nemsrules.criteria.EventWithdrawnRule;
import org.nemsrules.criteria.GpRegistrationRedundantRule;
import org.nemsrules.criteria.GpRegistrationRule;
import org.nemsrules.criteria.IdentifierSystemRule;
import org.nemsrules.criteria.InvalidNhsNumberRule;
import org.nemsrules.criteria.MalformedParameterRule;
import org.nemsrules.criteria.NotTestDataRule;
import org.nemsrules.criteria.OrganizationCodeShapeRule;
import org.nemsrules.criteria.OrganizationIdentifierRule;
import org.nemsrules.criteria.PatientAgeRangeRule;
import org.nemsrules.criteria.PatientAgeRule;
import org.nemsrules.criteria.PatientMismatchRule;
import org.nemsrules.criteria.PercentEncodedRule;
import org.nemsrules.criteria.PrefixRule;
import org.nemsrules.criteria.RepeatedParameterRule;
import org.nemsrules.criteria.RuleTypeRule;
import org.nemsrules.criteria.ServiceTypeRule;
import org.nemsrules.criteria.SubscriptionKindRule;
import org.nemsrules.criteria.TagRule;
import org.nemsrules.criteria.UnknownParameterRule;
import org.nemsrules.header.AsidFormatRule;
import org.nemsrules.header.EmptyHeaderRule;
import org.nemsrules.header.InteractionIdMismatchRule;
import org.nemsrules.header.InteractionIdValueRule;
import org.nemsrules.header.MissingHeaderRule;
import org.nemsrules.header.RepeatedHeaderRule;
import org.nemsrules.http.BasePathRule;
import org.nemsrules.http.BodyNotAllowedRule;
import org.nemsrules.http.IdOnCreateRule;
import org.nemsrules.http.InvalidIdRule;
import org.nemsrules.http.MissingBodyRule;
import org.nemsrules.http.MissingIdRule;
import org.nemsrules.http.NotSubscriptionRule;
import org.nemsrules.http.UnsupportedMethodRule;
import org.nemsrules.jwt.AudienceHostRule;
import org.nemsrules.jwt.AudienceUrlRule;
import org.nemsrules.jwt.Base64UrlRule;
import org.nemsrules.jwt.FromAsidMismatchRule;
import org.nemsrules.jwt.MalformedTokenRule;
import org.nemsrules.jwt.MissingAuthorizationRule;
import org.nemsrules.jwt.MissingClaimRule;
import org.nemsrules.jwt.ReasonForRequestDirectCareRule;
import org.nemsrules.jwt.ReasonForRequestValueRule;
import org.nemsrules.jwt.RequestingOrganisationRule;
import org.nemsrules.jwt.RequestingPatientRule;
import org.nemsrules.jwt.RequestingSystemRule;
import org.nemsrules.jwt.RequestingUserLocalSystemRule;
import org.nemsrules.jwt.RequestingUserRule;
import org.nemsrules.jwt.ScopeInteractionRule;
import org.nemsrules.jwt.ScopeValueRule;
import org.nemsrules.jwt.SignedTokenRule;
import org.nemsrules.jwt.SubMismatchRule;
import org.nemsrules.jwt.TokenExpiredRule;
import org.nemsrules.jwt.TokenLifetimeRule;
import org.nemsrules.jwt.UnknownClaimRule;
import org.nemsrules.jwt.UnsecuredHeaderRule;
import org.nemsrules.mime.AcceptUnsupportedRule;
import org.nemsrules.mime.AcceptWildcardRule;
import org.nemsrules.mime.BodyMismatchRule;
import org.nemsrules.mime.CharsetRule;
import org.nemsrules.mime.ContentTypeMissingJsonRule;
import org.nemsrules.mime.ContentTypeMissingRule;
import org.nemsrules.mime.ContentTypeUnsupportedRule;
import org.nemsrules.mime.JsonSubscriptionRule;
import org.nemsrules.mime.NonCanonicalRule;
import org.nemsrules.recording.EnvironmentFileRule;
import org.nemsrules.recording.InvalidEncodingRule;
import org.nemsrules.recording.MalformedHarRule;
import org.nemsrules.recording.MalformedHeaderRule;
import org.nemsrules.recording.MalformedRequestLineRule;
import org.nemsrules.recording.NoRequestRule;
import org.nemsrules.recording.UnreadableFileRule;
import org.nemsrules.recording.UnresolvedVariableRule;
import org.nemsrules.subscription.ChannelEndpointRule;
import org.nemsrules.subscription.ChannelTypeRule;
import org.nemsrules.subscription.ContactOrganisationMismatchRule;
import org.nemsrules.subscription.ContactRule;
import org.nemsrules.subscription.ContactValueRule;
import org.nemsrules.subscription.ContainedResourceRule;
import org.nemsrules.subscription.CriteriaMissingRule;
import org.nemsrules.subscription.ElementOrderRule;
import org.nemsrules.subscription.EndPastRule;
import org.nemsrules.subscription.EndRule;
import org.nemsrules.subscription.ForbiddenElementRule;
import org.nemsrules.subscription.MetaProfileRule;
import org.nemsrules.subscription.ProfileRule;
import org.nemsrules.subscription.ReasonRule;
import org.nemsrules.subscription.ServerAssignedIdRule;
import org.nemsrules.subscription.ServerAssignedMetaRule;
import org.nemsrules.subscription.StatusRule;
import org.nemsrules.subscription.UnparseableRule;
import org.nemsrules.subscription.UnusedElementRule;
import org.nemsrules.subscription.WrongResourceTypeRule;
import org.nemsrules.suppression.MissingReasonRule;
import org.nemsrules.suppression.UnknownRuleRule;
import org.nemsrules.suppression.UnusedSuppressionRule;

/**
 * The rules a validator runs: the built-in ones plus any a supplier adds through
 * {@link ServiceLoader} ({@code META-INF/services/org.nemsrules.engine.Rule}). Immutable; rules
 * are kept sorted by id so that runs are reproducible whatever order they were found in.
 */
public final class RuleCatalog {
    private final Map<String, Rule> rules;

    private RuleCatalog(Collection<? extends Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        rules.stream().sorted(Comparator.comparing(Rule::id)).forEach(rule -> {
            Rule previous = byId.putIfAbsent(rule.id(), rule);
            if (previous != null) {
                throw new IllegalStateException("two rules share the id '" + rule.id() + "': "
                        + previous.getClass().getName() + " and "
                        + rule.getClass().getName());
            }
        });
        this.rules = java.util.Collections.unmodifiableMap(byId);
    }

    /** The rules that come with NEMS Rules. */
    public static List<Rule> builtInRules() {
        return List.of(
                new UnreadableFileRule(),
                new EnvironmentFileRule(),
                new InvalidEncodingRule(),
                new MalformedRequestLineRule(),
                new MalformedHeaderRule(),
                new MalformedHarRule(),
                new UnresolvedVariableRule(),
                new NoRequestRule(),
                new NotSubscriptionRule(),
                new UnsupportedMethodRule(),
                new IdOnCreateRule(),
                new MissingIdRule(),
                new BodyNotAllowedRule(),
                new MissingBodyRule(),
                new InvalidIdRule(),
                new BasePathRule(),
                new MissingAuthorizationRule(),
                new MalformedTokenRule(),
                new Base64UrlRule(),
                new ScopeValueRule(),
                new ScopeInteractionRule(),
                new SubMismatchRule(),
                new ReasonForRequestValueRule(),
                new ReasonForRequestDirectCareRule(),
                new AudienceUrlRule(),
                new AudienceHostRule(),
                new RequestingSystemRule(),
                new FromAsidMismatchRule(),
                new MissingHeaderRule(),
                new EmptyHeaderRule(),
                new RepeatedHeaderRule(),
                new AsidFormatRule(),
                new InteractionIdValueRule(),
                new InteractionIdMismatchRule(),
                new RequestingOrganisationRule(),
                new RequestingUserRule(),
                new RequestingUserLocalSystemRule(),
                new RequestingPatientRule(),
                new MissingClaimRule(),
                new UnknownClaimRule(),
                new UnsecuredHeaderRule(),
                new SignedTokenRule(),
                new TokenLifetimeRule(),
                new TokenExpiredRule(),
                new ContentTypeUnsupportedRule(),
                new AcceptUnsupportedRule(),
                new CharsetRule(),
                new ContentTypeMissingRule(),
                new ContentTypeMissingJsonRule(),
                new BodyMismatchRule(),
                new NonCanonicalRule(),
                new AcceptWildcardRule(),
                new JsonSubscriptionRule(),
                new UnparseableRule(),
                new WrongResourceTypeRule(),
                new MetaProfileRule(),
                new StatusRule(),
                new ContactRule(),
                new ContactValueRule(),
                new ContactOrganisationMismatchRule(),
                new ReasonRule(),
                new CriteriaMissingRule(),
                new EndRule(),
                new EndPastRule(),
                new ChannelTypeRule(),
                new ChannelEndpointRule(),
                new ServerAssignedIdRule(),
                new ServerAssignedMetaRule(),
                new ForbiddenElementRule(),
                new ContainedResourceRule(),
                new ElementOrderRule(),
                new UnusedElementRule(),
                new PrefixRule(),
                new MalformedParameterRule(),
                new PercentEncodedRule(),
                new EscapedAmpersandRule(),
                new UnknownParameterRule(),
                new RepeatedParameterRule(),
                new SubscriptionKindRule(),
                new ServiceTypeRule(),
                new IdentifierSystemRule(),
                new InvalidNhsNumberRule(),
                new EventCountRule(),
                new EventRepeatedRule(),
                new EventCodeRule(),
                new EventDeprecatedRule(),
                new EventNoLongerSupportedRule(),
                new EventWithdrawnRule(),
                new PatientAgeRule(),
                new PatientAgeRangeRule(),
                new GpRegistrationRule(),
                new GpRegistrationRedundantRule(),
                new RuleTypeRule(),
                new OrganizationIdentifierRule(),
                new OrganizationCodeShapeRule(),
                new TagRule(),
                new PatientMismatchRule(),
                new NotTestDataRule(),
                new ProfileRule(),
                new MissingReasonRule(),
                new UnknownRuleRule(),
                new UnusedSuppressionRule(),
                new UnknownSystemRule(),
                new OrganisationNotAllowedRule(),
                new ToAsidRule(),
                new MailboxRule(),
                new EnvironmentRule());
    }

    /** Only the built-in rules. */
    public static RuleCatalog builtIn() {
        return new RuleCatalog(builtInRules());
    }

    /** The built-in rules and those registered with {@link ServiceLoader} on the given class loader. */
    public static RuleCatalog discover(ClassLoader loader) {
        List<Rule> all = new ArrayList<>(builtInRules());
        try {
            ServiceLoader.load(Rule.class, loader).forEach(all::add);
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("a custom rule could not be loaded: " + e.getMessage(), e);
        }
        return new RuleCatalog(all);
    }

    /** The built-in rules and those registered on the context class loader. */
    public static RuleCatalog discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : RuleCatalog.class.getClassLoader());
    }

    public static RuleCatalog of(Collection<? extends Rule> rules) {
        return new RuleCatalog(rules);
    }

    /** All rules, sorted by id. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public List<RuleMetadata> metadata() {
        return rules.values().stream().map(Rule::metadata).toList();
    }
}
