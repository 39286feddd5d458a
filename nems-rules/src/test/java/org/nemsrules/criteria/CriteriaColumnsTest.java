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

    private static org.nemsrules.model.Interaction recorded(String body, int bodyLine) {
        return new org.nemsrules.model.Interaction(
                "a.http",
                0,
                org.nemsrules.model.Origin.HTTP_FILE,
                "POST",
                "https://clinicals.spineservices.nhs.uk/STU3/Subscription",
                5,
                org.nemsrules.model.Headers.none(),
                org.nemsrules.model.Body.of(body, bodyLine));
    }

    @Test
    void anOffsetOutsideTheValueIsClampedToItsEnds() {
        String line = "<criteria value=\"/Bundle?type=message&amp;serviceType=GP&amp;tag=a\"/>";
        CriteriaColumns columns = CriteriaColumns.onLine(line, CRITERIA).orElseThrow();

        assertEquals(line.indexOf("/Bundle") + 1, columns.column(-3));
        assertEquals(line.indexOf("\"/>") + 1, columns.column(CRITERIA.length() + 5));
    }

    @Test
    void theCriteriaOnTheBodysFirstLineIsFound() {
        String body = "<criteria value=\"/Bundle?type=message&amp;serviceType=GP&amp;tag=a\"/>\n<channel/>\n";

        CriteriaColumns columns =
                CriteriaColumns.of(recorded(body, 9), 9, CRITERIA).orElseThrow();

        assertEquals(body.indexOf("/Bundle") + 1, columns.column(0));
        assertEquals(body.indexOf("serviceType") + 1, columns.column(CRITERIA.indexOf("serviceType")));
        int lines = org.nemsrules.model.LineEnds.split(body).size();
        assertTrue(CriteriaColumns.of(recorded(body, 9), 9 + lines, CRITERIA).isEmpty());
        assertTrue(CriteriaColumns.of(recorded(body, 9), 8, CRITERIA).isEmpty());
    }

    @Test
    void aBodyWithoutAKnownLineIsCountedFromTheFirstLine() {
        String body = "<Subscription>\n<criteria value=\"/Bundle?type=message&amp;serviceType=GP&amp;tag=a\"/>\n"
                + "<status value=\"requested\"/>\n</Subscription>\n";

        CriteriaColumns columns =
                CriteriaColumns.of(recorded(body, 0), 2, CRITERIA).orElseThrow();

        assertEquals(
                "<criteria value=\"".length() + 1 + CRITERIA.indexOf("serviceType") + "amp;".length(),
                columns.column(CRITERIA.indexOf("serviceType")));
    }

    @Test
    void aJsonMemberAtTheStartOfItsLineIsFound() {
        String line = "\"criteria\": \"/Bundle?type=message&serviceType=GP&tag=a\"";

        assertEquals(
                line.indexOf("serviceType") + 1,
                CriteriaColumns.onLine(line, CRITERIA).orElseThrow().column(CRITERIA.indexOf("serviceType")));
    }

    @Test
    void aValueLongerThanTheCriteriaGivesNoColumns() {
        assertTrue(CriteriaColumns.onLine("<criteria value=\"abc\"/>", "ab").isEmpty());
        assertTrue(CriteriaColumns.onLine("\"criteria\": \"abc\"", "ab").isEmpty());
    }

    @Test
    void aJsonValueCutOffAtTheLineEndIsMappedUpToIt() {
        String line = "\"criteria\": \"ab";
        CriteriaColumns columns = CriteriaColumns.onLine(line, "ab").orElseThrow();
        assertEquals(line.length(), columns.column(1));
        assertEquals(line.length() + 1, columns.column(2));

        // a backslash as the line's last character is taken as itself
        assertEquals(
                line.length() + 1,
                CriteriaColumns.onLine(line + "\\", "ab\\").orElseThrow().column(2));
        // a \\u escape that ends the line is decoded; one cut short gives no columns
        String escaped = "\"criteria\": \"\\u0041";
        assertEquals(
                escaped.indexOf('\\') + 1,
                CriteriaColumns.onLine(escaped, "A").orElseThrow().column(0));
        assertTrue(CriteriaColumns.onLine("\"criteria\": \"\\u00", "A").isEmpty());
        assertTrue(CriteriaColumns.onLine("\"criteria\": \"\\u00zz\"", "A").isEmpty());
    }

    @Test
    void anXmlAttributeInSingleQuotesOrWithSpacesAroundItsEqualsSignIsFound() {
        String single = "<criteria value='/Bundle?type=message&amp;serviceType=GP&amp;tag=a'/>";
        assertEquals(
                single.indexOf("tag=a") + 1,
                CriteriaColumns.onLine(single, CRITERIA).orElseThrow().column(CRITERIA.indexOf("tag=a")));
        String spaced = "<criteria value = \t\"/Bundle?type=message&amp;serviceType=GP&amp;tag=a\"/>";
        assertEquals(
                spaced.indexOf("/Bundle") + 1,
                CriteriaColumns.onLine(spaced, CRITERIA).orElseThrow().column(0));
    }

    @Test
    void anXmlAttributeWithoutAQuotedValueGivesNoColumns() {
        assertTrue(CriteriaColumns.onLine("<criteria value=", CRITERIA).isEmpty());
        assertTrue(CriteriaColumns.onLine("<criteria value=  ", CRITERIA).isEmpty());
        assertTrue(CriteriaColumns.onLine("<criteria value=x\"/Bundle\"/>", "/Bundle")
                .isEmpty());
        // Not even when the text from the line's first character would read as a quoted value of the criteria:
        // no quote follows the '=', so there is no value to map.
        assertTrue(CriteriaColumns.onLine("\"<criteria value=x\"", "<criteria value=x")
                .isEmpty());
        assertTrue(CriteriaColumns.onLine("'<criteria value= ", "<criteria value= ")
                .isEmpty());
    }

    @Test
    void numericCharacterReferencesAreDecoded() {
        String line = "<criteria value=\"/Bundle?type=message&#38;serviceType=GP&#x26;tag=a\"/>";
        CriteriaColumns columns = CriteriaColumns.onLine(line, CRITERIA).orElseThrow();
        assertEquals(line.indexOf("serviceType") + 1, columns.column(CRITERIA.indexOf("serviceType")));
        assertEquals(line.indexOf("tag=a") + 1, columns.column(CRITERIA.indexOf("tag=a")));
        assertEquals(line.indexOf("&#38;") + 1, columns.column(CRITERIA.indexOf('&')));

        String upper = "<criteria value=\"a&#X26;b\"/>";
        assertEquals(
                upper.indexOf('b') + 1,
                CriteriaColumns.onLine(upper, "a&b").orElseThrow().column(2));
        assertTrue(
                CriteriaColumns.onLine("<criteria value=\"a&#xzz;b\"/>", "a&b").isEmpty());
        assertTrue(
                CriteriaColumns.onLine("<criteria value=\"a&#zz;b\"/>", "a&b").isEmpty());
        assertTrue(
                CriteriaColumns.onLine("<criteria value=\"a&nbsp;b\"/>", "a b").isEmpty());
    }
}
