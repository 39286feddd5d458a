package org.nemsrules.recording;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the judge of whether a {@code .json} or {@code .xml} file met while walking is a FHIR resource
 * (docs/fuzzing.md), with any bytes as the file's prefix, read both as JSON and as XML. Its promise: it answers, with
 * no exception and no hang, and never fetches or expands anything an XML prolog declares. Seeds are in
 * {@code FhirResourcePrefixFuzzTestInputs/judgesAnyPrefix}.
 */
class FhirResourcePrefixFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void judgesAnyPrefix(byte[] bytes) {
        FhirResourcePrefix.json(bytes);
        FhirResourcePrefix.xml(bytes);
    }
}
