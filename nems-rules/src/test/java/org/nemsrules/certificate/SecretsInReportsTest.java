package org.nemsrules.certificate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nemsrules.certificate.TestPki.ENDPOINT_KEYS;
import static org.nemsrules.certificate.TestPki.OTHER_KEYS;
import static org.nemsrules.certificate.TestPki.endpoint;
import static org.nemsrules.certificate.TestPki.pem;
import static org.nemsrules.certificate.TestPki.pkcs12;
import static org.nemsrules.certificate.TestPki.pkcs8Key;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nemsrules.config.SupplierConfig;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.report.Redactor;
import org.nemsrules.report.Report;
import org.nemsrules.report.ReportFormat;
import org.nemsrules.report.RequirementCoverage;
import org.nemsrules.report.RequirementCoverageWriter;
import org.nemsrules.report.ToolInfo;

/**
 * No output of any format shows an endpoint's private key or a password, whichever certificate rules fire: not the
 * findings, not the HTML page's excerpts of the configuration file (which quote the line a password is written on),
 * not the coverage report, with NHS numbers masked or not.
 */
class SecretsInReportsTest {
    private static final String WRITTEN_PASSWORD = "Vb4-written-in-the-yaml-71K";

    @TempDir
    Path dir;

    @Test
    void noFormatShowsAKeyOrAPassword() throws Exception {
        Path certs = Files.createDirectories(dir.resolve("certs"));
        pem(certs, "endpoint.pem", endpoint().build());
        pkcs8Key(certs, "endpoint.key", OTHER_KEYS);
        pkcs12(
                certs,
                "endpoint.p12",
                TestPki.Entry.key("endpoint", ENDPOINT_KEYS, endpoint().build()));
        Files.createDirectories(dir.resolve("recordings"));
        Files.writeString(
                dir.resolve("recordings/create.http"),
                "POST https://clinicals.spineservices.nhs.uk/STU3/Subscription HTTP/1.1\n\n<Subscription/>\n");
        Path config = Files.writeString(
                dir.resolve("nems-rules.yaml"),
                "systems:\n"
                        + "  - asid: \"" + TestPki.ASID + "\"\n"
                        + "    organisations: [A99968]\n"
                        + "    endpoint:\n"
                        + "      host: " + TestPki.HOST + "\n"
                        + "      certificate: certs/endpoint.pem\n"
                        + "      key: certs/endpoint.key\n"
                        + "      password: " + WRITTEN_PASSWORD + "\n"
                        + "  - asid: \"200000000124\"\n"
                        + "    organisations: [A99969]\n"
                        + "    endpoint:\n"
                        + "      host: " + TestPki.HOST + "\n"
                        + "      certificate: certs/endpoint.p12\n"
                        + "      passwordEnv: PATH\n"
                        + "      keystorePassword: \"" + WRITTEN_PASSWORD + "\"\n");
        Report report = SupplierConfig.load(config, "nems-rules.yaml")
                .applyTo(NemsValidator.builder().baseDirectory(dir).judgingInstant(TestPki.NOW))
                .build()
                .validate(List.of(dir.resolve("recordings")));
        List<String> fired = report.findings()
                .map(f -> f.ruleId())
                .filter(id -> id.startsWith("certificate."))
                .toList();
        assertTrue(
                fired.containsAll(List.of(KeyMismatchRule.ID, CertificateUnreadableRule.ID, PasswordInConfigRule.ID)),
                fired::toString);

        List<String> secrets = new ArrayList<>();
        secrets.add(WRITTEN_PASSWORD);
        Files.readAllLines(certs.resolve("endpoint.key")).stream()
                .filter(line -> !line.startsWith("-----") && line.length() >= 16)
                .forEach(secrets::add);
        String path = System.getenv("PATH");
        if (path != null && path.length() >= 8) {
            secrets.add(path);
        }
        for (Redactor redactor : List.of(Redactor.DEFAULT, Redactor.KEEP_NHS_NUMBERS)) {
            Report shown = report.redacted(redactor);
            for (ReportFormat format : ReportFormat.values()) {
                StringWriter out = new StringWriter();
                format.writer(false, dir, redactor).write(shown, out);
                assertNoSecret(format.label(), out.toString(), secrets);
            }
            for (RequirementCoverageWriter.Format format : RequirementCoverageWriter.Format.values()) {
                StringWriter out = new StringWriter();
                new RequirementCoverageWriter(ToolInfo.current()).write(RequirementCoverage.of(shown), format, out);
                assertNoSecret("coverage " + format, out.toString(), secrets);
            }
        }
        StringWriter html = new StringWriter();
        ReportFormat.HTML.writer(false, dir, Redactor.DEFAULT).write(report.redacted(Redactor.DEFAULT), html);
        assertTrue(html.toString().contains("certificate.password-in-config"), "the page shows the finding");
    }

    private static void assertNoSecret(String format, String output, List<String> secrets) {
        for (String secret : secrets) {
            assertFalse(output.contains(secret), format + " shows a secret: " + secret);
        }
    }
}
