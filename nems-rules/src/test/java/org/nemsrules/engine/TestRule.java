package org.nemsrules.engine;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.nemsrules.model.Body;
import org.nemsrules.model.Headers;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.Origin;
import org.nemsrules.recording.Recording;

/** An interaction rule built from a lambda, for engine tests. */
final class TestRule implements InteractionRule {
    private final RuleMetadata metadata;
    private final Set<ViewKey<?>> requiredViews;
    private final BiConsumer<RuleContext, FindingSink> check;

    TestRule(String id, Set<ViewKey<?>> requiredViews, BiConsumer<RuleContext, FindingSink> check) {
        this(id, Severity.WARNING, requiredViews, check);
    }

    TestRule(String id, Severity severity, Set<ViewKey<?>> requiredViews, BiConsumer<RuleContext, FindingSink> check) {
        this.metadata = metadata(id, severity);
        this.requiredViews = requiredViews;
        this.check = check;
    }

    static RuleMetadata metadata(String id, Severity severity) {
        return RuleMetadata.builder(id)
                .title("test rule " + id)
                .description("a rule made up by a test")
                .severity(severity)
                .fix("nothing to fix")
                .build();
    }

    @Override
    public RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public Set<ViewKey<?>> requiredViews() {
        return requiredViews;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        check.accept(context, sink);
    }

    static Interaction interaction(String file, int index, String method, String target) {
        return new Interaction(
                file, index, Origin.PROGRAMMATIC, method, target, 1 + 10 * index, Headers.none(), Body.empty());
    }

    static Recording recording(String file, int requests) {
        List<Interaction> interactions = new java.util.ArrayList<>();
        for (int i = 0; i < requests; i++) {
            interactions.add(interaction(file, i, "POST", "/STU3/Subscription"));
        }
        return new Recording(file, interactions, List.of());
    }

    static NemsValidator validator(Rule... rules) {
        return NemsValidator.builder()
                .catalog(RuleCatalog.of(List.of(rules)))
                .threads(1)
                .build();
    }
}
