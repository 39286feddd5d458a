package org.nemsrules.simulator.server.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link java.net.URI} parameter of a test or lifecycle method to receive the simulator's base, e.g.
 * {@code http://127.0.0.1:41234/STU3}: {@code @Test void creates(@NemsBaseUri URI base)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface NemsBaseUri {}
