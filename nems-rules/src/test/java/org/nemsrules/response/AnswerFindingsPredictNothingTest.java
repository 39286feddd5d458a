package org.nemsrules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.response.Answers.CREATE_XML;
import static org.nemsrules.response.Answers.answered;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.recording.HttpFileReader;
import org.nemsrules.report.FileResult;
import org.nemsrules.report.OperationOutcomeReportWriter;
import org.nemsrules.report.Report;
import org.nemsrules.report.ToolInfo;

/** An error on the recorded answer is no error of the request: NEMS's predicted answer leaves it out. */
class AnswerFindingsPredictNothingTest {
    @Test
    void aCorrectCreateWithAWrongAnswerIsStillPredictedToBeCreated() throws Exception {
        String http = answered(CREATE_XML, "HTTP/1.1 200 OK", "");
        FileResult file = NemsValidator.builder()
                .catalog(RuleCatalog.builtIn())
                .build()
                .validate(new HttpFileReader().read("answers.http", http.getBytes(StandardCharsets.UTF_8)));
        assertTrue(
                file.findings().stream().anyMatch(f -> f.ruleId().equals(SuccessStatusRule.ID)),
                "the answer has an error: " + file.findings());

        StringWriter out = new StringWriter();
        new OperationOutcomeReportWriter(ToolInfo.current())
                .write(new Report(List.of(file), RuleCatalog.builtIn().metadata()), out);
        JsonNode prediction =
                new ObjectMapper().readTree(out.toString()).get("outcomes").get(0);

        assertEquals("201 Created", prediction.get("status").textValue(), prediction::toString);
        assertFalse(prediction.toString().contains("response."), prediction::toString);
    }
}
