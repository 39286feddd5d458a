package org.nemsrules.engine;

/**
 * A rule that judges the supplier's configuration itself, once a run, rather than a request: what the configuration
 * says of the supplier's registration with Spine (its endpoint certificate) can be wrong before any request is sent.
 * Its findings are on the configuration file ({@link Configuration#source()}), and it runs only when a configuration
 * was given and a run checks files ({@link NemsValidator#validate(java.util.Collection)}).
 */
public non-sealed interface ConfigurationRule extends Rule {
    /**
     * Judges the configuration of {@code context} at its instant: the run's judging instant when one was given, else
     * the clock, since a certificate that expires tomorrow must be reported today.
     */
    void check(ConfigurationContext context, FindingSink sink);
}
