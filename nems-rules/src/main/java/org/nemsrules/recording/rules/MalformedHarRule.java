package org.nemsrules.recording.rules;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.recording.ReadProblem;

/** A {@code .har} file that is not valid JSON or not a HAR 1.2 archive of requests. */
public final class MalformedHarRule extends ReadProblemRule {
    public static final String ID = ReadProblem.MALFORMED_HAR;

    public MalformedHarRule() {
        super(RuleMetadata.builder(ID)
                .title("HAR file is not a valid HAR 1.2 archive")
                .description("A .har file must be JSON in the HAR 1.2 shape: {\"log\": {\"entries\": [...]}}, each "
                        + "entry with a request that has a method and a url. Invalid JSON is reported at the line "
                        + "and column where parsing stopped; an entry without a usable request is reported and "
                        + "skipped, and the other entries are still checked. A request body declared base64 "
                        + "(postData.encoding, as some proxies write it) must be standard base64 (A-Z a-z 0-9 + /, "
                        + "'=' only at the end, line breaks allowed) and decode to at most the size bound of one "
                        + "recording; otherwise the finding names the first other character and its position, or "
                        + "the decoded size, and that entry's request is not checked. So does any other encoding.")
                .severity(Severity.ERROR)
                .specPage(SpecPages.HAR)
                .fix("Export the archive again from the browser, proxy or HTTP client, or repair the JSON at the "
                        + "reported position; write a base64 body with the standard alphabet, or the body as text "
                        + "without an encoding.")
                .build());
    }
}
