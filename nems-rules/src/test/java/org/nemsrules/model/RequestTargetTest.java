package org.nemsrules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // raw | scheme | authority | path | query | segments (comma-separated)
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription|https|clinicals.spineservices.nhs.uk|/STU3/Subscription||STU3,Subscription",
                "https://host:8443/STU3/Subscription/abc?x=1&y=2#top|https|host:8443|/STU3/Subscription/abc|x=1&y=2|STU3,Subscription,abc",
                "http://localhost/STU3/Subscription|http|localhost|/STU3/Subscription||STU3,Subscription",
                "HTTPS://host/STU3/Subscription|HTTPS|host|/STU3/Subscription||STU3,Subscription",
                "https://host|https|host|/||",
                "https://host?q|https|host|/|q|",
                "/STU3/Subscription|||/STU3/Subscription||STU3,Subscription",
                "'  /STU3//Subscription/  '|||/STU3//Subscription/||STU3,Subscription",
                "/STU3/Subscription?|||/STU3/Subscription||STU3,Subscription",
                "/|||/||",
            })
    void bothTheAbsoluteAndTheOriginFormAreSplitIntoTheirParts(
            String raw, String scheme, String authority, String path, String query, String segments) {
        String target = raw.startsWith("'") ? raw.substring(1, raw.length() - 1) : raw;
        RequestTarget t = RequestTarget.parse(target).orElseThrow();
        assertEquals(scheme == null ? "" : scheme, t.scheme());
        assertEquals(authority == null ? "" : authority, t.authority());
        assertEquals(path, t.path());
        assertEquals(query == null ? "" : query, t.query());
        assertEquals(segments == null ? List.of() : List.of(segments.split(",")), t.segments());
        assertEquals(scheme != null, t.isAbsolute());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(
            strings = {
                "",
                "   ",
                "Subscription",
                "STU3/Subscription",
                "clinicals.spineservices.nhs.uk/STU3/Subscription",
                "https:///STU3/Subscription",
                "https://",
                "/STU3/Sub scription",
                "/STU3/Sub\tscription",
                "{\"a\":1}",
                "ftp://host/STU3/Subscription",
                "file://host/STU3/Subscription",
                "urn://x/Subscription",
                "://host/x",
                "https:/host/STU3/Subscription",
            })
    void anythingElseIsNotATarget(String raw) {
        Optional<RequestTarget> parsed = RequestTarget.parse(raw);
        assertTrue(parsed.isEmpty(), () -> "'" + raw + "' -> " + parsed);
    }
}
