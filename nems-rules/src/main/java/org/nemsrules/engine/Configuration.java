package org.nemsrules.engine;

/**
 * A supplier's configuration as the engine sees it: something the validator carries to the rules
 * ({@link RuleContext#configuration()}) without reading it. Which rules judge against it and what they read is
 * theirs to know; {@code org.nemsrules.config.SupplierConfig}, read from {@code nems-rules.yaml}, is the one the
 * library has. Whether one was given is all the engine asks: without one it names the checks
 * ({@link InteractionRule#needsConfiguration()}) that could not be made.
 */
public interface Configuration {
    /** The configuration's file as named to the user: where the findings of {@link ConfigurationRule}s are. */
    String source();
}
