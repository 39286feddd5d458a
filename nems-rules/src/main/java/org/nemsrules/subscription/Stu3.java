package org.nemsrules.subscription;

import ca.uhn.fhir.context.FhirContext;

/**
 * The one HAPI {@link FhirContext} for FHIR STU3 in the process. Building a context scans the
 * whole STU3 model (hundreds of milliseconds), and a built one is thread-safe, so every
 * validator and every thread shares this one. It is created on first use: a run that reads no
 * Subscription body never pays for it.
 */
final class Stu3 {
    private Stu3() {}

    static FhirContext context() {
        return Holder.CONTEXT;
    }

    private static final class Holder {
        // forDstu3Cached shares HAPI's own process-wide instance with any other user of HAPI in the JVM.
        static final FhirContext CONTEXT = FhirContext.forDstu3Cached();
    }
}
