package org.nemsrules.engine;

/**
 * A supplier's rule as {@link java.util.ServiceLoader} would find it: public, with a public
 * no-argument constructor. Deliberately not registered in src/test/resources, so it does not leak
 * into other tests; {@link RuleDiscoveryTest} registers it on a class loader of its own.
 */
public final class CustomAlwaysInfoRule implements InteractionRule {
    public static final String ID = "custom.always-info";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("Always says hello")
            .description("A custom rule loaded through ServiceLoader.")
            .severity(Severity.INFO)
            .fix("Nothing to fix.")
            .build();

    public CustomAlwaysInfoRule() {}

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        sink.report(context.interaction().line(), "", "hello from a custom rule");
    }
}
