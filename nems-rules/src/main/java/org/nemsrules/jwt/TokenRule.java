package org.nemsrules.jwt;

import java.util.Set;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.InteractionRule;
import org.nemsrules.engine.RuleContext;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.ViewKey;

/**
 * Shared shape of the rules that judge a readable bearer token. They all need
 * {@link BearerToken#VIEW}, so the engine skips them when the token is absent or unreadable
 * (reported once, by {@code jwt.missing-authorization} and {@code jwt.malformed}); declaring that
 * here means no rule can forget it and then fail on a missing token.
 */
abstract class TokenRule implements InteractionRule {
    private final RuleMetadata metadata;

    TokenRule(RuleMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public final Set<ViewKey<?>> requiredViews() {
        return Set.of(BearerToken.VIEW);
    }

    @Override
    public final void check(RuleContext context, FindingSink sink) {
        check(context.view(BearerToken.VIEW).get(), context, sink);
    }

    /** Judges the parsed token of the request in {@code context}. */
    abstract void check(BearerToken token, RuleContext context, FindingSink sink);
}
