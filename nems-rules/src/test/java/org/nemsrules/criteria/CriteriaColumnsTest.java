package org.nemsrules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CriteriaColumnsTest {
    private static final String CRITERIA = "/Bundle?type=message&serviceType=GP&tag=a";

    @Test
    void anXmlAttributeMapsEachCharacterPastTheAmpEntities() {
        String line = "  <criteria value=\"/Bundle?type=message&amp;serviceType=GP&amp;tag=a\"/>";
        CriteriaColumns columns = CriteriaColumns.onLine(line, CRITERIA).orElseThrow();
        assertEquals(line.indexOf("/Bundle") + 1, columns.column(0));
        assertEquals(line.indexOf("serviceType") + 1, columns.column(CRITERIA.indexOf("serviceType")));
        assertEquals(line.indexOf("tag=a") + 1, columns.column(CRITERIA.indexOf("tag=a")));
        assertEquals(line.indexOf("\"/>") + 1, columns.column(CRITERIA.length()));
    }

    @Test
    void aJsonMemberMapsEachCharacterPastItsEscapes() {
        String line = "  \"criteria\": \"\\/Bundle?type=message&serviceType=GP&tag=\\u0061\",";
        CriteriaColumns columns = CriteriaColumns.onLine(line, CRITERIA).orElseThrow();
        assertEquals(line.indexOf("\\/Bundle") + 1, columns.column(0));
        assertEquals(line.indexOf("serviceType") + 1, columns.column(CRITERIA.indexOf("serviceType")));
        assertEquals(line.indexOf("\\u0061") + 1, columns.column(CRITERIA.length() - 1));
    }

    @Test
    void aValueThatDoesNotDecodeToTheCriteriaGivesNoColumns() {
        assertTrue(CriteriaColumns.onLine("<criteria value=\"/Bundle?type=other\"/>", CRITERIA)
                .isEmpty());
        assertTrue(CriteriaColumns.onLine("<criteria value=\"/Bundle?type=message&amp;serviceType=GP", CRITERIA)
                .isEmpty());
        assertTrue(CriteriaColumns.onLine("<reason value=\"x\"/>", CRITERIA).isEmpty());
    }

    @Test
    void aHarBodyKeptInOneJsonStringGivesNoColumns() {
        String body = CriteriaFixtures.xml(CRITERIA);
        org.nemsrules.model.Interaction har = new org.nemsrules.model.Interaction(
                "a.har",
                0,
                org.nemsrules.model.Origin.HAR,
                "POST",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                5,
                org.nemsrules.model.Headers.none(),
                org.nemsrules.model.Body.of(body, 9));
        assertTrue(CriteriaColumns.of(har, 9 + 11, CRITERIA).isEmpty());
    }

    @Test
    void aBodyLineOfTheRecordingIsFound() {
        String body = CriteriaFixtures.xml(CRITERIA);
        org.nemsrules.model.Interaction http = new org.nemsrules.model.Interaction(
                "a.http",
                0,
                org.nemsrules.model.Origin.HTTP_FILE,
                "POST",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                5,
                org.nemsrules.model.Headers.none(),
                org.nemsrules.model.Body.of(body, 9));
        int line = 9 + CriteriaFixtures.lineOf(body, "<criteria") - 1;
        CriteriaColumns columns = CriteriaColumns.of(http, line, CRITERIA).orElseThrow();
        assertEquals(
                body.split("\n")[line - 9].indexOf("serviceType") + 1, columns.column(CRITERIA.indexOf("serviceType")));
        assertTrue(CriteriaColumns.of(http, line + 1, CRITERIA).isEmpty());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "line end {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\r", "\r\n", "\n"})
    void aBodyLineIsFoundWhateverTheLineEnds(String eol) {
        String body = CriteriaFixtures.xml(CRITERIA).replace("\n", eol);
        org.nemsrules.model.Interaction http = new org.nemsrules.model.Interaction(
                "a.http",
                0,
                org.nemsrules.model.Origin.HTTP_FILE,
                "POST",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                5,
                org.nemsrules.model.Headers.none(),
                org.nemsrules.model.Body.of(body, 9));
        String[] lines = CriteriaFixtures.xml(CRITERIA).split("\n");
        int index = java.util.Arrays.asList(lines)
                .indexOf(java.util.Arrays.stream(lines)
                        .filter(l -> l.contains("<criteria"))
                        .findFirst()
                        .orElseThrow());
        CriteriaColumns columns = CriteriaColumns.of(http, 9 + index, CRITERIA).orElseThrow();
        assertEquals(lines[index].indexOf("serviceType") + 1, columns.column(CRITERIA.indexOf("serviceType")));
    }
}
