package org.nemsrules.recording;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A {@code .har} file that is not valid JSON or not a HAR 1.2 archive of requests. */
public final class MalformedHarRule extends ReadProblemRule {
    public static final String ID = "recording.malformed-har";

    public MalformedHarRule() {
        super(RuleMetadata.builder(ID)
                .title("HAR file is not a valid HAR 1.2 archive")
                .description("A .har file must be JSON in the HAR 1.2 shape: {\"log\": {\"entries\": [...]}}, each "
                        + "entry with a request that has a method and a url. Invalid JSON is reported at the line "
                        + "and column where parsing stopped; an entry without a usable request is reported and "
                        + "skipped, and the other entries are still checked.")
                .severity(Severity.ERROR)
                .specPage(SpecPages.HAR)
                .fix("Export the archive again from the browser, proxy or HTTP client, or repair the JSON at the "
                        + "reported position.")
                .build());
    }
}
