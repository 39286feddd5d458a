package org.nemsrules.criteria;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.nemsrules.subscription.EventTypeCatalogue;

/**
 * Fuzzes the criteria parser, and the component and event-code checks the {@code criteria.*} rules run on what it
 * parsed (docs/fuzzing.md). The promise: any string becomes a {@link Criteria} with problems, never an exception.
 * The input is the criteria string as UTF-8; seeds are the criteria of the sample recordings, in
 * {@code CriteriaParserFuzzTestInputs/parsesAnyCriteria}.
 */
class CriteriaParserFuzzTest {
    private static final EventTypeCatalogue CATALOGUE = EventTypeCatalogue.standard();

    @FuzzTest(maxDuration = "4m")
    void parsesAnyCriteria(byte[] bytes) {
        Criteria criteria = CriteriaParser.parse(new String(bytes, UTF_8));
        CriteriaChecks.all(criteria);
        EventCodeCheck.check(criteria, CATALOGUE);
        criteria.kind();
    }
}
