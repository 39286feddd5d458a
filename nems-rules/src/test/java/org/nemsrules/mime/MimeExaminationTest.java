package org.nemsrules.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nemsrules.engine.Examinations.ids;
import static org.nemsrules.engine.Examinations.replaced;
import static org.nemsrules.engine.Examinations.sample;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nemsrules.engine.Examinations;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;

/**
 * Which requests the mime rules say they examined, which is all the requirement coverage report knows of them: a
 * rule that stops saying so leaves its requirement unproved, and one that says so for a request it does not judge
 * proves it falsely.
 */
class MimeExaminationTest {
    private static final NemsValidator VALIDATOR =
            NemsValidator.builder().catalog(RuleCatalog.builtIn()).build();

    /** The mime rules that examined the only request of {@code http}, sorted. */
    private static List<String> examined(String http) {
        return Examinations.examined(VALIDATOR, http, "mime.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "create-explicit.http     | mime.accept-unsupported mime.accept-wildcard mime.body-mismatch mime.charset"
                        + " mime.content-type-unsupported mime.non-canonical",
                "create-generic.json.http | mime.accept-unsupported mime.accept-wildcard mime.body-mismatch mime.charset"
                        + " mime.content-type-unsupported mime.json-subscription mime.non-canonical",
                // No body: the Content-Type rules do not judge it, but its Accept is judged.
                "read.http                | mime.accept-unsupported mime.accept-wildcard mime.charset mime.non-canonical",
                // No body and no Accept: nothing of it is a mime rule's concern.
                "delete.http              | -",
            })
    void eachValidSampleIsExaminedByEveryMimeRuleThatAppliesToIt(String file, String expected) throws IOException {
        List<String> want = expected == null ? List.of() : ids(expected.split(" "));
        assertEquals(want, examined(sample(file)));
    }

    @Test
    void aContentTypeWithoutABodyIsNotExamined() throws IOException {
        String delete = replaced(
                sample("delete.http"),
                "InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiDelete\n",
                "InteractionID: urn:nhs:names:services:clinicals-sync:SubscriptionsApiDelete\n"
                        + "Content-Type: application/fhir+xml;charset=utf-8\n");
        assertEquals(List.of(), examined(delete));
    }

    @Test
    void aCreateWithoutContentTypeIsExaminedByTheRulesOfTheDefaultOnly() throws IOException {
        String create =
                replaced(sample("create-explicit.http"), "Content-Type: application/fhir+xml;charset=utf-8\n", "");
        assertEquals(
                ids(
                        "mime.accept-unsupported",
                        "mime.accept-wildcard",
                        "mime.charset",
                        "mime.content-type-missing",
                        "mime.content-type-missing-json",
                        "mime.non-canonical"),
                examined(create));
    }

    @Test
    void anUnsupportedContentTypeIsExaminedByItsOwnRuleAloneAndTheJsonBodyStillNoted() throws IOException {
        String create = replaced(
                replaced(
                        sample("create-generic.json.http"),
                        "Content-Type: application/fhir+json\n",
                        "Content-Type: application/json\n"),
                "Accept: application/fhir+json\n",
                "");
        assertEquals(ids("mime.content-type-unsupported", "mime.json-subscription"), examined(create));
    }

    @Test
    void aWildcardAcceptIsNotExaminedForItsCharsetOrSpelling() throws IOException {
        String read = replaced(sample("read.http"), "Accept: application/fhir+xml;charset=utf-8\n", "Accept: */*\n");
        assertEquals(ids("mime.accept-unsupported", "mime.accept-wildcard"), examined(read));
    }

    @Test
    void anAcceptThatDoesNotParseIsExaminedOnlyByTheRuleThatReportsIt() throws IOException {
        String read =
                replaced(sample("read.http"), "Accept: application/fhir+xml;charset=utf-8\n", "Accept: application/\n");
        assertEquals(ids("mime.accept-unsupported"), examined(read));
    }
}
