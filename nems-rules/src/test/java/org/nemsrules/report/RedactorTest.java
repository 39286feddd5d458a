package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
    private static final String JWT =
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0" + ".eyJpc3MiOiJodHRwczovL2RlbW9uc3RyYXRvci5jb20iLCJzdWIiOiJ4In0.";
    /** The claims of a token that names a patient: {"sub":"…","requesting_patient":"…|4010232137"} and more. */
    private static final String CLAIMS = "eyJpc3MiOiJodHRwczovL3guZXhhbXBsZSIsInN1YiI6Imh0dHBzOi8vZmhpci5uaHMudWsv"
            + "SWQvc2RzLXJvbGUtcHJvZmlsZS1pZHw1NTUyNTQyNDAxMDAiLCJyZXF1ZXN0aW5nX3BhdGllbnQiOiJodHRwczovL2ZoaXIubmhz"
            + "LnVrL0lkL25ocy1udW1iZXJ8NDAxMDIzMjEzNyJ9";

    private static final String HEADER = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "NHS number 4010232137 is wrong|NHS number 401****137 is wrong",
                "patient 401 023 2137.|patient 401****137.",
                "patient 401-023-2137|patient 401****137",
                "identifier=https://fhir.nhs.uk/Id/nhs-number%7C4010232137|identifier=https://fhir.nhs.uk/Id/nhs-number%7C401****137",
                "a mistyped 4010232138|a mistyped 401****138",
                "two: 4010232137 and 5990128088|two: 401****137 and 599****088",
            })
    void masksNhsNumbers(String text, String expected) {
        assertEquals(expected, Redactor.DEFAULT.redact(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "'94347659190' is not exactly ten digits|'943****190' is not exactly ten digits",
                "'943476591' is not exactly ten digits|'943****591' is not exactly ten digits",
                "one too many: 943 476 59190|one too many: 943****190",
                "one too few: 943-476-591|one too few: 943****591",
                "nhs-number%7C40102321370|nhs-number%7C401****370",
                "a digit in front: 14010232137|a digit in front: 140****137",
            })
    void masksRunsOfNineToElevenDigitsThatAreAnNhsNumberWithADigitTooManyOrTooFew(String text, String expected) {
        assertEquals(expected, Redactor.DEFAULT.redact(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "exp 1469436987 is before iat",
                "ASID 200000000359 is not 918999198738",
                "twelve digits 943476591901",
                "ODS code RR8 and YES",
                "mixed 943 4765919",
                "version 0.1.0 and time 2026-11-25T17:00:00Z",
                "a decimal 0.4010232137",
                "a fingerprint 401023213d0c5e1f9a8b7c6d5e4f3a2b",
                "the file is 104,857,600 bytes",
            })
    void leavesOtherNumbersAlone(String text) {
        assertEquals(text, Redactor.DEFAULT.redact(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "recordings kept in source control should use test numbers such as 9990000018",
                "outside the range set aside for test data (999 000 0000 to 999 999 9999)",
                "e.g. 'Patient.identifier=http://fhir.nhs.net/Id/nhs-number|9434765919'",
                "the test number 999-000-0018",
            })
    void leavesTestNumbersAndThePublishedExampleReadable(String text) {
        assertEquals(text, Redactor.DEFAULT.redact(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "fromASID: 2000000003",
                "toASID: 20000000020",
                "the JWT's requesting_system names ASID '2000000003', which is not one of the systems",
                "\"requesting_system\": \"https://fhir.nhs.uk/Id/accredited-system|2000000003\"",
                "https://fhir.nhs.uk/Id/accredited-system%7C2000000003",
                "{\"name\": \"fromASID\", \"value\": \"2000000003\"}",
            })
    void leavesAnAsidReadableWhereTheTextPresentsOne(String text) {
        assertEquals(text, Redactor.DEFAULT.redact(text));
    }

    @Test
    void aFindingAtAnAsidHeaderOrClaimQuotesAsids() {
        String message = "the fromASID header should hold the ASID of the calling system, but '2000000003' has 10 "
                + "digits; an ASID has 12, such as 200000000205";
        assertEquals(message, Redactor.DEFAULT.redact(message, "header:fromASID"));
        assertEquals(message, Redactor.DEFAULT.redact(message, "header:toASID"));
        assertEquals(
                "the ASID in the requesting_system claim is malformed: '2000000003' has 10 digits",
                Redactor.DEFAULT.redact(
                        "the ASID in the requesting_system claim is malformed: '2000000003' has 10 digits",
                        "jwt.claims.requesting_system"));
        assertEquals(
                "'200****003' has 10 digits",
                Redactor.DEFAULT.redact("'2000000003' has 10 digits", "header:InteractionID"),
                "elsewhere the same run is masked");
        assertEquals(
                "the value 'https://fhir.nhs.uk/Id/nhs-number|401****137'",
                Redactor.DEFAULT.redact(
                        "the value 'https://fhir.nhs.uk/Id/nhs-number|4010232137'", "jwt.claims.requesting_system"),
                "a run written as an NHS number is masked wherever it is");
    }

    @Test
    void theFingerprintRedactorMasksEveryNumberAnNhsNumberCouldBe() {
        assertEquals(
                "999****018 and 943****919 at fromASID: 200****003",
                Redactor.FOR_FINGERPRINTS.redact("9990000018 and 9434765919 at fromASID: 2000000003"));
        assertEquals("'200****003'", Redactor.FOR_FINGERPRINTS.redact("'2000000003'", "header:fromASID"));
        assertEquals("exp 1469436987", Redactor.FOR_FINGERPRINTS.redact("exp 1469436987"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "'94347659190' and 9990000018 at fromASID: 2000000003, Bearer " + JWT,
                "found 'Authorization: Basic dXNlcjpzM2NyZXQtcGFzc3dvcmQ=' and 401 023 2137",
                "X-API-Key: sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUvWxYz and ?access_token=abc123def456",
                "the range 999 999 9999 999 9999) and 123 456 4010232137",
            })
    void aFingerprintIsTheSameWhicheverRedactionTheMessageWentThroughFirst(String message) {
        String expected = Redactor.FOR_FINGERPRINTS.redact(message);
        for (Redactor first : List.of(Redactor.DEFAULT, Redactor.KEEP_NHS_NUMBERS, Redactor.FOR_FINGERPRINTS)) {
            assertEquals(expected, Redactor.FOR_FINGERPRINTS.redact(first.redact(message)), message);
            assertEquals(expected, Redactor.FOR_FINGERPRINTS.redact(first.redact(message, "header:fromASID")), message);
        }
    }

    @Test
    void cutsAWholeJwtEvenWhenNotMaskingNhsNumbers() {
        String message = "Authorization: Bearer " + JWT + " has no signature";
        for (Redactor r : new Redactor[] {Redactor.DEFAULT, Redactor.KEEP_NHS_NUMBERS}) {
            String out = r.redact(message);
            assertFalse(out.contains(JWT.substring(0, 20)), out);
            assertTrue(out.startsWith("Authorization: Bearer eyJhbGciOi…[JWT of "), out);
        }
    }

    static List<String> malformedTokens() {
        return List.of(
                HEADER + "." + CLAIMS, // two parts
                HEADER + "." + CLAIMS + "..x", // four parts
                HEADER + "." + CLAIMS.substring(0, 40) + "\t" + CLAIMS.substring(40) + ".", // a tab inside
                HEADER + "." + CLAIMS.substring(0, 40) + "*" + CLAIMS.substring(40) + ".", // a bad character
                HEADER + "." + CLAIMS.substring(0, 40) + " " + CLAIMS.substring(40) + ".", // a space inside
                CLAIMS, // the claims alone
                HEADER + "." + CLAIMS + ".c2lnbmF0dXJl.ZW5j.dGFn"); // five parts (JWE)
    }

    @ParameterizedTest
    @MethodSource("malformedTokens")
    void cutsATokenShapedValueWhetherOrNotItParses(String token) {
        for (Redactor r : new Redactor[] {Redactor.DEFAULT, Redactor.KEEP_NHS_NUMBERS}) {
            for (String text : List.of(
                    "Bearer " + token,
                    "found 'Authorization Bearer " + token + "'",
                    "\"value\": \"Bearer " + token + "\"",
                    "patient/" + token + " (line 4)")) {
                String out = r.redact(text);
                assertFalse(out.contains(CLAIMS.substring(0, 12)), out);
                assertFalse(out.contains(CLAIMS.substring(60, 72)), out);
                assertFalse(out.contains(CLAIMS.substring(CLAIMS.length() - 12)), out);
                assertTrue(out.contains("characters, redacted]"), out);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Authorization: Basic dXNlcjpzM2NyZXQtcGFzc3dvcmQ=|Authorization: Basic …[credential of 28 characters, redacted]",
                "authorization: bearer opaque-4f9c2b7e81d04a6fb3e5c9d2a7f1e8b0|authorization: bearer …[credential of 39 characters, redacted]",
                "Proxy-Authorization: Digest username=\"u\", response=\"6629fae49393a05397450978507c4ef1\"|Proxy-Authorization: Digest …[credential of 57 characters, redacted]",
                "Authorization: s3cr3t-0paque|Authorization: …[credential of 13 characters, redacted]",
                "Cookie: SESSION=9f8e7d6c5b4a39281706f5e4d3c2b1a0; other=1|Cookie: …[credential of 49 characters, redacted]",
                "Set-Cookie: id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT|Set-Cookie: …[credential of 47 characters, redacted]",
                "X-API-Key: sk_live_51Hx|X-API-Key: …[credential of 12 characters, redacted]",
                "apikey=k3y-v4lue|apikey=…[credential of 9 characters, redacted]",
                "X-Auth-Token: t0ken-1|X-Auth-Token: …[credential of 7 characters, redacted]",
                "x-amz-security-token: FwoGZXIvYXdzE|x-amz-security-token: …[credential of 13 characters, redacted]",
                "Ocp-Apim-Subscription-Key: 0123abcd|Ocp-Apim-Subscription-Key: …[credential of 8 characters, redacted]",
                "X-Client-Secret: hunter22|X-Client-Secret: …[credential of 8 characters, redacted]",
                "found 'Cookie: a=b1234' in the file|found 'Cookie: …[credential of 7 characters, redacted]' in the file",
                "\"Authorization\": \"Basic dXNlcjpwYXNz\"|\"Authorization\": \"Basic …[credential of 12 characters, redacted]\"",
                "{\"name\": \"Cookie\", \"value\": \"SESSION=abc123\"}|{\"name\": \"Cookie\", \"value\": \"…[credential of 14 characters, redacted]\"}",
                "GET /STU3/Subscription?access_token=abc123def456&x=1|GET /STU3/Subscription?access_token=…[credential of 12 characters, redacted]&x=1",
                "the header is Basic dXNlcjpzM2NyZXQ=|the header is Basic …[credential of 16 characters, redacted]",
            })
    void cutsTheCredentialOfEveryHeaderThatCarriesOne(String text, String expected) {
        assertEquals(expected, Redactor.DEFAULT.redact(text));
        assertEquals(expected, Redactor.KEEP_NHS_NUMBERS.redact(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sk_live_51HxYzAbCdEfGhIjKlMnOpQrStUvWxYz",
                "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
                "0123456789abcdef0123456789abcdef01234567",
                "dGhpcyBpcyBhIGxvbmcgYmFzZTY0IHNlY3JldCB2YWx1ZTEyMw==",
            })
    void cutsALongRandomLookingRunWhereverItIs(String secret) {
        String out = Redactor.DEFAULT.redact("X-Custom: " + secret + " end");
        assertEquals("X-Custom: …[credential of " + secret.length() + " characters, redacted] end", out);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PUT https://clinicals.spineservices.nhs.uk/STU3/Subscription/7f3c2a9e41d84b0b9c5e6a1d2f7b8c03 (line 3)",
                "X-Request-ID: a3f1c2e4-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
                "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1",
                "urn:nhs:names:services:clinicals-sync:SubscriptionsApiPost",
                "the request has no Authorization header; expected 'Authorization: Bearer <JWT>'",
                "the Authorization header uses the 'Basic' scheme; expected 'Bearer <JWT>' (an OAuth 2.0 bearer token)",
                "the bearer token has 4 dot-separated parts; a JWT in compact form has three",
                "Authorization: Bearer {{token}}",
                "the Authorization header has the Bearer scheme but no token",
                "in the token's requesting_patient",
                "sample-payloads/invalid/jwt-missing-claim-requesting-system.http",
                "InteractionID '99999999999999999999999999999999999999999999999999… (1,048,576 characters)' is not one",
            })
    void leavesTextThatHoldsNoCredentialAlone(String text) {
        assertEquals(text, Redactor.DEFAULT.redact(text));
    }

    @Test
    void aCutIsNotCutAgain() {
        for (String text : List.of(
                "Authorization: Bearer " + JWT, "Cookie: a=b1234", "X-Key: " + CLAIMS, "Basic dXNlcjpzM2NyZXQ=")) {
            String once = Redactor.DEFAULT.redact(text);
            assertEquals(once, Redactor.DEFAULT.redact(once), text);
        }
    }

    static List<String> hugeValues() {
        String escapes = "\\\"a".repeat(200_000);
        return List.of(
                "{\"name\": \"Cookie\", \"value\": \"" + escapes + "\"}",
                "{\"value\": \"" + escapes + "\", \"name\": \"Cookie\"}",
                "Bearer eyJ" + ".a".repeat(200_000),
                "a-".repeat(200_000) + "token: x",
                "X-Api-Key: " + "k".repeat(1_000_000),
                "9".repeat(1_000_000),
                "ab".repeat(500_000));
    }

    @ParameterizedTest
    @MethodSource("hugeValues")
    void aHugeValueIsRedactedWithoutOverflowingTheStack(String text) {
        for (Redactor r : List.of(Redactor.DEFAULT, Redactor.FOR_FINGERPRINTS)) {
            r.redact(text);
            r.redactRecording("a.har", List.of("{", text, "]"));
            r.redactRecording("a.http", List.of("GET / HTTP/1.1", text));
        }
    }

    @Test
    void keepsNhsNumbersWhenAskedTo() {
        assertEquals("NHS number 4010232137", Redactor.KEEP_NHS_NUMBERS.redact("NHS number 4010232137"));
        assertEquals("'94347659190'", Redactor.KEEP_NHS_NUMBERS.redact("'94347659190'"));
        assertFalse(Redactor.KEEP_NHS_NUMBERS.masksNhsNumbers());
        assertTrue(Redactor.maskingNhsNumbers(true).masksNhsNumbers());
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertNull(Redactor.DEFAULT.redact(null));
        assertEquals("", Redactor.DEFAULT.redact(""));
        assertNull(Redactor.DEFAULT.redact(null, "header:fromASID"));
    }
}
