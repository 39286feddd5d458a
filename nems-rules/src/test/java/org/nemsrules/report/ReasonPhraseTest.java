package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonPhraseTest {
    @ParameterizedTest
    @CsvSource({
        "200, OK",
        "201, Created",
        "400, Bad Request",
        "404, Not Found",
        "408, Request Timeout",
        "409, Conflict",
        "413, Payload Too Large",
        "415, Unsupported Media Type",
        "422, Unprocessable Entity",
        "501, Not Implemented"
    })
    void statusesNemsOrTheSimulatorAnswerWithHaveTheirPhrase(int status, String phrase) {
        assertEquals(phrase, ReasonPhrase.of(status));
    }

    @ParameterizedTest
    @CsvSource({"100", "302", "418", "599"})
    void anyOtherStatusHasNone(int status) {
        assertEquals("", ReasonPhrase.of(status));
    }
}
