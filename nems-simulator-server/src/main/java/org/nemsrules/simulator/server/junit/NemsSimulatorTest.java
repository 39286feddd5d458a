package org.nemsrules.simulator.server.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a NEMS simulator with the default options (every rule, no supplier configuration, a
 * test fails when the simulator saw a request with an error during it). Methods take the base as a parameter,
 * {@code @NemsBaseUri URI base}, and the simulator itself as a {@link org.nemsrules.simulator.NemsSimulator}
 * parameter. For other options register {@link NemsSimulatorExtension#builder()} in a static field instead.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(NemsSimulatorExtension.class)
public @interface NemsSimulatorTest {}
