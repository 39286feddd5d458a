package org.nemsrules.subscription;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.PerformanceOptionsEnum;

/**
 * The one HAPI {@link FhirContext} for FHIR STU3 that the default path uses. A built context is thread-safe, so
 * every validator and every thread shares this one. It is created on first use: a run that reads no Subscription
 * body never pays for it.
 *
 * <p>It scans each STU3 type when a body first needs it instead of the whole model (about 460 classes) on the first
 * parse: that took a tenth off a one-file run of the command line (0.92 s to 0.83 s, docs/benchmarks.md), where a
 * request only ever holds a Subscription and what it contains. The setting is why this is a context of our own
 * rather than HAPI's process-wide {@code FhirContext.forDstu3Cached()}: changing that one would change it for any
 * other HAPI code in the user's JVM.
 */
final class Stu3 {
    private Stu3() {}

    static FhirContext context() {
        return Holder.CONTEXT;
    }

    private static final class Holder {
        static final FhirContext CONTEXT = create();

        private static FhirContext create() {
            FhirContext context = FhirContext.forDstu3();
            context.setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
            return context;
        }
    }
}
