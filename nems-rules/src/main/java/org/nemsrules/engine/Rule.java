package org.nemsrules.engine;

/**
 * A check of the NEMS specification. Implementations are small, stateless and thread-safe: one
 * instance serves every interaction of every run. Implement {@link InteractionRule} to judge a
 * request, {@link RecordingRule} to judge a recording file as a whole, or {@link ConfigurationRule} to judge the
 * supplier's configuration.
 *
 * <p>Suppliers can add their own rules: list the classes in
 * {@code META-INF/services/org.nemsrules.engine.Rule}; they need a public no-argument constructor.
 */
public sealed interface Rule permits InteractionRule, RecordingRule, ConfigurationRule {
    RuleMetadata metadata();

    default String id() {
        return metadata().id();
    }
}
