package org.nemsrules.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a report in one format. Writers decide nothing: severities are settled before them. */
public interface ReportWriter {
    void write(Report report, Writer out) throws IOException;
}
