package org.nemsrules.engine;

/** A custom rule that (wrongly) takes the id of a built-in rule. */
public final class ClashingIdRule implements InteractionRule {
    private static final RuleMetadata METADATA = RuleMetadata.builder("http.unsupported-method")
            .title("Clashes with a built-in rule")
            .description("Shares its id with a built-in rule.")
            .severity(Severity.INFO)
            .fix("Pick another id.")
            .build();

    public ClashingIdRule() {}

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {}
}
