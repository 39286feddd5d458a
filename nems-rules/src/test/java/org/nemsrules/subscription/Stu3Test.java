package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.context.PerformanceOptionsEnum;
import org.hl7.fhir.dstu3.model.Subscription;
import org.junit.jupiter.api.Test;

class Stu3Test {
    @Test
    void oneStu3ContextThatScansEachTypeWhenFirstNeeded() {
        FhirContext context = Stu3.context();

        assertSame(context, Stu3.context());
        assertEquals(FhirVersionEnum.DSTU3, context.getVersion().getVersion());
        assertTrue(context.getPerformanceOptions().contains(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING));
    }

    @Test
    void hapisProcessWideContextIsLeftAsHapiMakesIt() {
        Stu3.context()
                .newXmlParser()
                .parseResource(
                        Subscription.class,
                        "<Subscription xmlns=\"http://hl7.org/fhir\"><status value=\"requested\"/></Subscription>");

        // A user's own HAPI code in the same JVM gets this one; the deferred scanning is our choice, not theirs.
        assertNotSame(Stu3.context(), FhirContext.forDstu3Cached());
        assertFalse(FhirContext.forDstu3Cached()
                .getPerformanceOptions()
                .contains(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING));
    }
}
