package org.nemsrules.config;

import java.util.Collection;
import java.util.Optional;
import org.nemsrules.engine.Echo;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.jwt.BearerToken;
import org.nemsrules.model.Header;
import org.nemsrules.nhs.Asid;

/**
 * Shared shape of the {@code config.*} rules, which compare a request with the supplier's
 * configuration: without a configuration there is nothing to compare with and they are silent
 * (the command line and the Maven plugin say once which checks that left out), and a bare resource
 * file has no headers or token to compare.
 */
abstract class ConfigRule implements InteractionRule {
    static final String FROM_ASID = "fromASID";
    static final String TO_ASID = "toASID";

    private final RuleMetadata metadata;

    ConfigRule(RuleMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final boolean needsConfiguration() {
        return true;
    }

    @Override
    public final void check(RuleContext context, FindingSink sink) {
        if (!context.interaction().origin().hasHttpEnvelope()) {
            return;
        }
        // The engine carries any Configuration; these rules judge against the supplier's file and only that.
        context.configuration()
                .filter(SupplierConfig.class::isInstance)
                .map(SupplierConfig.class::cast)
                .ifPresent(config -> check(config, context, sink));
    }

    /** Judges the request in {@code context} against the supplier's configuration. */
    abstract void check(SupplierConfig config, RuleContext context, FindingSink sink);

    /** The readable bearer token, when the request has one. */
    static Optional<BearerToken> token(RuleContext context) {
        return context.view(BearerToken.VIEW).value();
    }

    /** A header whose value is a well-formed ASID; a malformed one is the header rules' to report. */
    static Optional<Header> asidHeader(RuleContext context, String name) {
        return context.interaction()
                .headers()
                .first(name)
                .filter(h -> Asid.parse(h.value().strip()).isPresent());
    }

    /**
     * The calling system's ASID: the token's requesting_system, else the fromASID header. Where the
     * two differ, jwt.from-asid-mismatch reports it; the token is what Spine authorises.
     */
    static Optional<String> callingAsid(RuleContext context) {
        Optional<String> fromToken = token(context).flatMap(BearerToken::requestingSystemAsid);
        return fromToken.isPresent()
                ? fromToken
                : asidHeader(context, FROM_ASID).map(h -> h.value().strip());
    }

    static String quotedList(Collection<String> values) {
        return values.isEmpty() ? "none" : Echo.of("'" + String.join("', '", values) + "'");
    }
}
