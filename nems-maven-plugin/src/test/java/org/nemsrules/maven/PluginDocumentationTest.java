package org.nemsrules.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Holds docs/maven-plugin.md to what Maven itself says about the plugin: the plugin descriptor generated from the
 * mojos' annotations (which the goal pages of {@code maven-plugin-report-plugin} are rendered from) and the output of
 * {@code mvn nems:help -Ddetail -Dgoal=check}. A parameter added, renamed, given another property, default or alias,
 * or a goal added, cannot go undocumented or be documented wrongly.
 */
class PluginDocumentationTest {
    /** A row of the parameter table: name, property, default, and the rest of the row. */
    private static final Pattern ROW =
            Pattern.compile("^\\| `(\\w+)` \\| `([\\w.]+)` \\| ([^|]*) \\|(.*)$", Pattern.MULTILINE);

    private static final Pattern GOAL_ROW = Pattern.compile("^\\| `nems:(\\w+)` \\|", Pattern.MULTILINE);

    /** A parameter as the help goal prints it at detail: its name, then its default in brackets, when it has one. */
    private static final Pattern HELP_PARAMETER = Pattern.compile("^ {4}(\\w+)(?: \\(Default: (.*)\\))?$");

    private static final Pattern HELP_PROPERTY = Pattern.compile("^ {6}User property: (\\S+)$");

    /** What the mojo, the docs or the help goal say about one parameter. */
    record Parameter(String name, String property, String defaultValue) {}

    @Test
    void everyParameterOfCheckIsDocumentedWithItsProperty() throws Exception {
        Map<String, Parameter> described = descriptorParameters();
        for (Parameter parameter : described.values()) {
            assertTrue(
                    parameter.property().matches("nems\\.\\w+"),
                    parameter.name() + " has no nems.* property: " + parameter.property());
        }
        assertEquals(
                namesAndProperties(described),
                namesAndProperties(documentedParameters()),
                "docs/maven-plugin.md's parameter table and the check goal differ");
    }

    @Test
    void everyDefaultOfCheckIsTheDocumentedDefault() throws Exception {
        Map<String, Parameter> documented = documentedParameters();
        for (Parameter parameter : descriptorParameters().values()) {
            assertDocumentedDefault(parameter, documented.get(parameter.name()));
        }
    }

    @Test
    void everyAliasOfCheckIsDocumented() throws Exception {
        Map<String, String> rows = documentedRows();
        NodeList parameters = parametersOf(mojo(descriptor(), "check"));
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            String alias = text(parameter, "alias");
            if (!alias.isEmpty()) {
                String name = text(parameter, "name");
                assertTrue(
                        rows.getOrDefault(name, "").contains("`" + alias + "`"),
                        name + "'s alias " + alias + " is not in its row of docs/maven-plugin.md");
            }
        }
    }

    @Test
    void helpOfCheckAgreesWithTheDocumentation() throws Exception {
        Map<String, Parameter> helped = helpParameters(help("check"));
        Map<String, Parameter> documented = documentedParameters();
        assertEquals(
                namesAndProperties(documented),
                namesAndProperties(helped),
                "mvn nems:help -Ddetail -Dgoal=check and docs/maven-plugin.md's parameter table differ");
        for (Parameter parameter : helped.values()) {
            assertDocumentedDefault(parameter, documented.get(parameter.name()));
        }
    }

    @Test
    void everyGoalIsDocumentedAndInTheHelp() throws Exception {
        List<String> goals = new ArrayList<>();
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            goals.add(text((Element) mojos.item(i), "goal"));
        }
        List<String> documented = new ArrayList<>();
        Matcher row = GOAL_ROW.matcher(pluginPage());
        while (row.find()) {
            documented.add(row.group(1));
        }
        goals.sort(null);
        documented.sort(null);
        assertEquals(goals, documented, "docs/maven-plugin.md's goal table and the plugin's goals differ");
        String help = help(null);
        for (String goal : goals) {
            assertTrue(help.contains("\nnems:" + goal + "\n"), "nems:help does not list nems:" + goal + ":\n" + help);
        }
    }

    /**
     * A default the mojo gives must be in the documented default, each value of a list in backquotes; a path under
     * the project may be written without its {@code ${project.basedir}/}.
     */
    private static void assertDocumentedDefault(Parameter parameter, Parameter documented) {
        assertTrue(documented != null, parameter.name() + " is not documented");
        if (parameter.defaultValue().isEmpty()) {
            return;
        }
        for (String value : parameter.defaultValue().split(",")) {
            String relative = value.replace("${project.basedir}/", "");
            assertTrue(
                    documented.defaultValue().contains("`" + value + "`")
                            || documented.defaultValue().contains("`" + relative + "`"),
                    parameter.name() + "'s default " + value + " is not the documented default: "
                            + documented.defaultValue());
        }
    }

    private static List<String> namesAndProperties(Map<String, Parameter> parameters) {
        List<String> result = new ArrayList<>();
        parameters.values().forEach(p -> result.add(p.name() + " " + p.property()));
        return result;
    }

    private static Map<String, Parameter> descriptorParameters() throws Exception {
        Map<String, Parameter> result = new TreeMap<>();
        Element check = mojo(descriptor(), "check");
        NodeList parameters = parametersOf(check);
        Element configuration =
                (Element) check.getElementsByTagName("configuration").item(0);
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (!"true".equals(text(parameter, "editable"))) {
                continue;
            }
            String name = text(parameter, "name");
            Element config = (Element) configuration.getElementsByTagName(name).item(0);
            String expression = config == null ? "" : config.getTextContent().strip();
            String property = expression.startsWith("${") ? expression.substring(2, expression.length() - 1) : "";
            result.put(name, new Parameter(name, property, config == null ? "" : config.getAttribute("default-value")));
        }
        assertFalse(result.isEmpty(), "the check goal has no parameters");
        return result;
    }

    private static Map<String, Parameter> documentedParameters() throws Exception {
        Map<String, Parameter> result = new TreeMap<>();
        Matcher row = ROW.matcher(pluginPage());
        while (row.find()) {
            result.put(row.group(1), new Parameter(row.group(1), row.group(2), row.group(3)));
        }
        return result;
    }

    private static Map<String, String> documentedRows() throws Exception {
        Map<String, String> result = new TreeMap<>();
        Matcher row = ROW.matcher(pluginPage());
        while (row.find()) {
            result.put(row.group(1), row.group());
        }
        return result;
    }

    /** The parameters {@code nems:help -Ddetail} prints, with a user property: those a user can set. */
    private static Map<String, Parameter> helpParameters(String help) {
        Map<String, Parameter> result = new TreeMap<>();
        String name = null;
        String defaultValue = "";
        for (String line : help.split("\n")) {
            Matcher parameter = HELP_PARAMETER.matcher(line);
            Matcher property = HELP_PROPERTY.matcher(line);
            if (parameter.matches()) {
                name = parameter.group(1);
                defaultValue = parameter.group(2) == null ? "" : parameter.group(2);
            } else if (property.matches() && name != null) {
                result.put(name, new Parameter(name, property.group(1), defaultValue));
            }
        }
        assertFalse(result.isEmpty(), "nems:help printed no parameters:\n" + help);
        return result;
    }

    /** Runs the plugin's generated help goal as {@code mvn nems:help -Ddetail [-Dgoal=...]} does, lines unwrapped. */
    private static String help(String goal) throws Exception {
        AbstractMojo help = (AbstractMojo) Class.forName("org.nemsrules.nems_maven_plugin.HelpMojo")
                .getDeclaredConstructor()
                .newInstance();
        set(help, "detail", true);
        set(help, "goal", goal);
        set(help, "lineLength", Integer.MAX_VALUE / 2);
        set(help, "indentSize", 2);
        StringBuilder out = new StringBuilder();
        help.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                out.append(content).append('\n');
            }
        });
        help.execute();
        return out.toString();
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field declared = target.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(target, value);
    }

    private static NodeList parametersOf(Element mojo) {
        return ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
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

    private static String pluginPage() throws Exception {
        return Files.readString(Path.of(property("nems.docs")).resolve("maven-plugin.md"));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the test through Maven");
        }
        return value;
    }
}
