package org.nemsrules.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tool's name, version and documentation address, as the build wrote them into the jar.
 *
 * @param name    {@code nems-check}
 * @param version the project version
 * @param docsUrl base address of the published {@code docs/} folder, ending in {@code /}
 */
public record ToolInfo(String name, String version, String docsUrl) {
    private static final ToolInfo CURRENT = load();

    public static ToolInfo current() {
        return CURRENT;
    }

    /** Where a rule is documented: its anchor in the generated rule reference. */
    public String ruleHelpUri(String ruleId) {
        return docsUrl + "rules.md#" + ruleId.replace('.', '-');
    }

    private static ToolInfo load() {
        Properties p = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("/org/nemsrules/nems-rules.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String docs = p.getProperty("docs.url", "https://github.com/nems-rules/nems-rules/blob/main/docs/");
        return new ToolInfo("nems-check", p.getProperty("version", "unknown"), docs.endsWith("/") ? docs : docs + "/");
    }
}
