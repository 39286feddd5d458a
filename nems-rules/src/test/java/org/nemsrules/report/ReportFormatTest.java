package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportFormatTest {

    @ParameterizedTest
    @CsvSource({
        "text, TEXT",
        "TEXT, TEXT",
        "Text, TEXT",
        "' text ', TEXT",
        "json, JSON",
        "JSON, JSON",
        "sarif, SARIF",
        "SaRiF, SARIF",
        "junit, JUNIT",
        "JUnit, JUNIT",
        "operation-outcome, OPERATION_OUTCOME",
        "Operation-Outcome, OPERATION_OUTCOME",
        "github, GITHUB",
        "GitHub, GITHUB",
        "html, HTML",
        "HTML, HTML"
    })
    void fromLabelAcceptsEveryFormatWhateverItsCase(String label, ReportFormat expected) {
        assertEquals(Optional.of(expected), ReportFormat.fromLabel(label));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "txt",
                "xml",
                "htm",
                "xhtml",
                "junit-xml",
                "sarif2",
                "csv",
                "jsonl",
                "operation_outcome",
                "operationoutcome",
                "gha"
            })
    void fromLabelRejectsAnythingElse(String label) {
        assertEquals(Optional.empty(), ReportFormat.fromLabel(label));
    }

    @ParameterizedTest
    @CsvSource({
        "TEXT, txt, TextReportWriter",
        "JSON, json, JsonReportWriter",
        "SARIF, sarif, SarifReportWriter",
        "JUNIT, xml, JunitReportWriter",
        "OPERATION_OUTCOME, json, OperationOutcomeReportWriter",
        "GITHUB, txt, GithubAnnotationsWriter",
        "HTML, html, HtmlReportWriter"
    })
    void eachFormatHasItsExtensionAndWriter(ReportFormat format, String extension, String writer) {
        assertEquals(extension, format.extension());
        assertEquals(writer, format.writer(false).getClass().getSimpleName());
        assertEquals(format, ReportFormat.fromLabel(format.label()).orElseThrow());
        assertInstanceOf(ReportWriter.class, format.writer(true));
    }

    @Test
    void theLabelsAreListedInDeclarationOrder() {
        assertEquals(
                List.of("text", "json", "sarif", "junit", "operation-outcome", "github", "html"),
                ReportFormat.labels());
    }
}
