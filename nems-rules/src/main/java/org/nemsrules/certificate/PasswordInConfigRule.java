package org.nemsrules.certificate;

import org.nemsrules.config.SupplierConfig;
import org.nemsrules.config.SupplierConfig.Endpoint;
import org.nemsrules.engine.ConfigurationContext;
import org.nemsrules.engine.ConfigurationRule;
import org.nemsrules.engine.FindingSink;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.engine.Severity;
import org.nemsrules.engine.SpecPages;

/** A password written in the configuration file, beside an endpoint certificate. */
public final class PasswordInConfigRule implements ConfigurationRule {
    public static final String ID = "certificate.password-in-config";

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID)
            .title("A password is written in the configuration file")
            .description("An endpoint of nems-rules.yaml holds a password (password, keyPassword, storePassword or "
                    + "keystorePassword). The file is committed beside the recordings and read by every build, so "
                    + "the password of the key that proves the supplier's identity to Spine (R-HDR-07) would be "
                    + "in the repository. It is never read or shown: the finding names the line only. A PKCS#12 "
                    + "password is read from the environment variable that passwordEnv names.")
            .severity(Severity.ERROR)
            .requirements("R-HDR-07")
            .specPage(SpecPages.GENERAL_GUIDANCE)
            .fix("Remove the password from the file (and from the repository's history), change it, and name the "
                    + "environment variable that holds it with passwordEnv.")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(ConfigurationContext context, FindingSink sink) {
        if (!(context.configuration() instanceof SupplierConfig config)) {
            return;
        }
        for (Endpoint endpoint : config.endpoints()) {
            endpoint.writtenPasswords()
                    .forEach((key, line) -> sink.report(
                            line,
                            "systems[" + endpoint.system() + "].endpoint." + key,
                            "systems[" + endpoint.system() + "].endpoint." + key + " holds a password in "
                                    + config.fileName() + "; expected no password in the file: name the "
                                    + "environment variable that holds it with passwordEnv"));
        }
    }
}
