package org.nemsrules.recording.rules;

import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;
import org.nemsrules.recording.ReadProblem;

/** A request in a {@code .http} file whose request line is not {@code METHOD TARGET HTTP/1.1}. */
public final class MalformedRequestLineRule extends ReadProblemRule {
    public static final String ID = ReadProblem.MALFORMED_REQUEST_LINE;

    public MalformedRequestLineRule() {
        super(RuleMetadata.builder(ID)
                .title("Request line is not METHOD TARGET HTTP/1.1")
                .description("Each request in a .http file starts with a request line: an HTTP method, the request "
                        + "target (an absolute URL or a path) and optionally the HTTP version, separated by single "
                        + "spaces, as in the specification's examples. A truncated or garbled request line means "
                        + "the request cannot be read, so nothing else in it is checked.")
                .severity(Severity.ERROR)
                .requirements("R-HTTP-01")
                .specPage(SpecPages.HTTP_MESSAGE)
                .inferredAnswer(400, "BAD_REQUEST")
                .fix("Write the request line as e.g. 'POST https://clinicals.spineservices.nhs.uk/STU3/Subscription "
                        + "HTTP/1.1', and separate requests with a line starting with ###.")
                .build());
    }
}
