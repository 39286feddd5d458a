package org.nemsrules.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleMetadata;

/**
 * Lists the rules {@code check} applies: id, default severity, title, whether it is off by default,
 * and the requirements it enforces. Rules a project adds through {@code ServiceLoader} on the plugin's
 * class path are listed too. Needs no project: {@code mvn org.nemsrules:nems-maven-plugin:rules}.
 */
@Mojo(name = "rules", threadSafe = true, requiresProject = false)
public final class RulesMojo extends AbstractMojo {

    @Override
    public void execute() {
        RuleCatalog catalog = RuleCatalog.discover(RulesMojo.class.getClassLoader());
        for (RuleMetadata rule : catalog.metadata()) {
            getLog().info(line(rule));
        }
        getLog().info(catalog.metadata().size() + " rules; the reference with each rule's fix: docs/rules.md");
    }

    static String line(RuleMetadata rule) {
        return rule.id() + " (" + rule.defaultSeverity().label() + (rule.enabledByDefault() ? "" : ", off by default")
                + "): " + rule.title()
                + (rule.requirements().isEmpty() ? "" : " [" + String.join(", ", rule.requirements()) + "]");
    }
}
