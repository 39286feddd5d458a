package org.nemsrules.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nemsrules.report.ReportFormat;

class ReportFilesTest {
    @Test
    void formatsComeAsAListOrCommaSeparatedInOrderWithoutRepeats() {
        assertEquals(List.of(ReportFormat.SARIF, ReportFormat.JUNIT, ReportFormat.TEXT),
                List.copyOf(ReportFiles.parse(List.of("sarif, junit", "TEXT", "sarif", " "))));
        assertTrue(ReportFiles.parse(List.of()).isEmpty());
    }

    @Test
    void anUnknownFormatIsNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportFiles.parse(List.of("sarif,checkstyle")));
        assertTrue(e.getMessage().startsWith("reportFormats 'checkstyle' is not one of text, json, sarif, junit"),
                e.getMessage());
    }

    @Test
    void everyFormatHasAFileOfItsOwnAndJunitIsNamedAsSurefireNamesItsReports() {
        Set<String> names = new HashSet<>();
        for (ReportFormat format : ReportFormat.values()) {
            assertTrue(names.add(ReportFiles.fileName(format)), format + " shares a file name");
        }
        assertEquals("TEST-nems-check.xml", ReportFiles.fileName(ReportFormat.JUNIT));
        assertEquals("nems-check.sarif", ReportFiles.fileName(ReportFormat.SARIF));
    }
}
