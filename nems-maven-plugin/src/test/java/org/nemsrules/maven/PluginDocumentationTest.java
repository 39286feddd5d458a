package org.nemsrules.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Holds the parameter table of docs/maven-plugin.md to the plugin descriptor Maven generates from the mojo's
 * annotations, so that a parameter added, renamed or given another property cannot go undocumented.
 */
class PluginDocumentationTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| `([\\w.]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyParameterOfCheckIsDocumentedWithItsProperty() throws Exception {
        List<String> expected = new ArrayList<>();
        Element check = mojo(descriptor(), "check");
        NodeList parameters =
                ((Element) check.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
        Element configuration =
                (Element) check.getElementsByTagName("configuration").item(0);
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (!"true".equals(text(parameter, "editable"))) {
                continue;
            }
            String name = text(parameter, "name");
            Element config = (Element) configuration.getElementsByTagName(name).item(0);
            String expression = config == null ? "" : config.getTextContent();
            assertTrue(expression.matches("\\$\\{nems\\.\\w+}"), name + " has no nems.* property: " + expression);
            expected.add(name + " " + expression.substring(2, expression.length() - 1));
        }
        List<String> documented = new ArrayList<>();
        Matcher row = ROW.matcher(Files.readString(docs().resolve("maven-plugin.md")));
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2));
        }
        expected.sort(null);
        documented.sort(null);
        assertEquals(expected, documented, "docs/maven-plugin.md's parameter table and the check goal differ");
    }

    private static Element mojo(Document descriptor, String goal) {
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (goal.equals(text(mojo, "goal"))) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal + " in the plugin descriptor");
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(Path.of(property("nems.pluginDescriptor")).toFile());
    }

    private static Path docs() {
        return Path.of(property("nems.docs"));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the test through Maven");
        }
        return value;
    }
}
