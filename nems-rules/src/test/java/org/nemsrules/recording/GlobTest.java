package org.nemsrules.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "**/*.http         | a.http              | true",
                "**/*.http         | x/y/a.http          | true",
                "**/*.http         | x/a.http.bak        | false",
                "*.http            | x/a.http            | false",
                "recorded/**/*.http | recorded/a.http    | true",
                "recorded/**/*.http | recorded/x/y/a.http | true",
                "recorded/**/*.http | other/a.http       | false",
                "a/**/b/**/*.http  | a/b/c.http          | true",
                "a/**/b/**/*.http  | a/x/b/y/z/c.http    | true",
                "x**/*.http        | x/a.http            | true",
                "x**/*.http        | a.http              | false",
                "**/target/**      | target/x            | true",
                "**/target/**      | m/target/classes/x  | true",
                "**/target/**      | m/targets/x         | false",
                "**/.*/**          | .git/x              | true",
                "**/.*/**          | m/.idea/x           | true",
                "**/.*/**          | a.http              | false",
                "?.http            | a.http              | true",
                "?.http            | ab.http             | false",
                "[abc].http        | b.http              | true",
                "[abc].http        | d.http              | false",
                "[a-c].http        | b.http              | true",
                "[!a-c].http       | d.http              | true",
                "[!a-c].http       | b.http              | false",
                "a[!x]b            | a/b                 | false",
                "[-a]              | -                   | true",
                "[a-]              | -                   | true",
                "[[]               | [                   | true",
                "[^a]              | ^                   | true",
                "{a,b}.http        | b.http              | true",
                "{a,b}.http        | c.http              | false",
                "{,x/}a.http       | a.http              | true",
                "{,x/}a.http       | x/a.http            | true",
                "{*.http,**/*.har} | d/e.har             | true",
                "a,b               | a,b                 | true",
                "a}                | a}                  | true",
                "**\\*.http         | x/a.http            | true",
                "''                | ''                  | true",
                "''                | a                   | false",
            })
    void matchesAsTheJdkGlobDidWithDirectoriesThatMayBeNone(String glob, String path, boolean matches) {
        assertEquals(matches, Glob.of(glob).matches(path));
        assertEquals(matches, oracle(glob, path), "the table disagrees with the JDK's matcher");
    }

    @Test
    void agreesWithTheJdkMatcherOnManyGeneratedGlobsAndPaths() {
        String[] pieces = {
            "a", "b", ".", "/", "*", "**", "**/", "?", "[ab]", "[!a]", "[a-b]", "{a,b/}", "{,a*}", "{**/,b}"
        };
        String[] names = {"a", "b", ".", "ab", "ba", ".a", "aab", "b.a"};
        Random random = new Random(18);
        int checked = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder glob = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                glob.append(pieces[random.nextInt(pieces.length)]);
            }
            if (glob.toString().matches(".*\\{[^}]*\\{.*")) {
                continue; // groups do not nest
            }
            Glob compiled = Glob.of(glob.toString());
            for (int p = 0; p < 10; p++) {
                List<String> path = new ArrayList<>();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    path.add(names[random.nextInt(names.length)]);
                }
                String text = String.join("/", path);
                assertEquals(oracle(glob.toString(), text), compiled.matches(text), glob + " on " + text);
                checked++;
            }
        }
        assertTrue(checked > 20_000, "too few cases: " + checked);
    }

    @Test
    void ignoringCaseFoldsLettersInTextAndSets() {
        assertTrue(Glob.of("**/*.HTTP", true).matches("x/A.http"));
        assertTrue(Glob.of("[a-c]*.json", true).matches("B.JSON"));
        assertTrue(Glob.of("[!a-c]*", true).matches("d"));
        assertFalse(Glob.of("[!a-c]*", true).matches("B"));
        assertFalse(Glob.of("**/*.HTTP").matches("x/A.http"));
    }

    @Test
    void charactersBeyondTheBasicPlaneAreOneCharacter() {
        assertTrue(Glob.of("?.http").matches("\uD83D\uDE00.http"));
        assertTrue(Glob.of("[\uD83D\uDE00].http").matches("\uD83D\uDE00.http"));
    }

    @Test
    void noGlobOnAnyPathTakesMoreThanLinearTime() {
        String name = "a".repeat(5_000);
        String path = String.join("/", name, name, name, name);
        Glob stars = Glob.of("**/" + "*a".repeat(40) + "*b");
        Glob directories = Glob.of("**/".repeat(200) + "*a*a*a*a*a*a*a*a*a*a*c");
        Glob groups = Glob.of("{*a*a*a*a,*a*a*a*b,**/a*a*a*a*b}".repeat(20));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertFalse(stars.matches(path));
            assertFalse(directories.matches(path));
            assertFalse(groups.matches(path));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[           | unclosed [ at character 1; a set of characters such as [abc] or [a-z] ends with ] (write [[] for a [ itself)",
                "**/[a-      | unclosed [ at character 4; a set of characters such as [abc] or [a-z] ends with ] (write [[] for a [ itself)",
                "{a,b        | unclosed { at character 1; a group such as {a,b} ends with } (write [{] for a { itself)",
                "{a,{b}}     | { at character 4 inside a group: groups cannot be nested",
                "a[x/y]      | / at character 4 inside [ ]: a set of characters matches one character within a name, never a separator",
                "[z-a]       | range z-a at character 2 runs backwards; write a-z",
                "[a-c-e]     | - at character 5 inside [ ] follows no character, so it starts no range",
                "[]          | empty set [] at character 1: a set holds at least one character",
            })
    void anUnreadableGlobSaysWhatIsWrongAndWhere(String glob, String problem) {
        InvalidGlobException e = assertThrows(InvalidGlobException.class, () -> Glob.of(glob));
        assertEquals(glob, e.glob());
        assertEquals(problem, e.problem());
        assertEquals("'" + glob + "': " + problem, e.getMessage());
    }

    /**
     * What the scanner matched with before: the JDK's glob matcher, once for the glob and once for each form of it with
     * some of its directory-starting double stars dropped. Exponential in their number, so only for small globs.
     */
    private static boolean oracle(String glob, String path) {
        Set<String> variants = new LinkedHashSet<>();
        expand(glob.replace('\\', '/'), 0, variants);
        return variants.stream()
                .anyMatch(v ->
                        FileSystems.getDefault().getPathMatcher("glob:" + v).matches(Path.of(path)));
    }

    private static void expand(String glob, int from, Set<String> variants) {
        int at = glob.indexOf("**/", from);
        while (at > 0 && glob.charAt(at - 1) != '/') {
            at = glob.indexOf("**/", at + 3);
        }
        if (at < 0) {
            variants.add(glob);
            return;
        }
        expand(glob, at + 3, variants);
        expand(glob.substring(0, at) + glob.substring(at + 3), at, variants);
    }
}
