package org.nemsrules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nemsrules.SharedFiles;
import org.nemsrules.engine.RuleCatalog;
import org.nemsrules.engine.RuleMetadata;
import org.nemsrules.report.Requirements.Kind;
import org.nemsrules.report.Requirements.Requirement;

class RequirementsTest {
    private static final Pattern ID = Pattern.compile("R-[A-Z]+-\\d{2}");
    private static final Set<String> INTERACTIONS = Set.of("create", "read", "delete");
    // A digest row starts with its id in the first cell; the tables' headers and the sources table do not.
    private static final Pattern DIGEST_ROW = Pattern.compile("^\\| (R-[A-Z]+-\\d{2}) \\|");

    @Test
    void everyEntryHasAWellFormedUniqueIdAndItsTexts() {
        Set<String> seen = new HashSet<>();
        for (Requirement r : Requirements.all()) {
            assertTrue(ID.matcher(r.id()).matches(), r.id());
            assertTrue(seen.add(r.id()), r.id() + " is listed twice");
            assertFalse(r.group().isBlank(), r.id());
            assertFalse(r.summary().isBlank(), r.id());
            assertTrue(r.summary().length() <= 160, r.id() + ": the summary is one short sentence");
            assertFalse(r.toExercise().isBlank(), r.id());
            assertFalse(r.interactions().isEmpty(), r.id());
            assertTrue(INTERACTIONS.containsAll(r.interactions()), r.id() + ": " + r.interactions());
        }
    }

    @Test
    void onlyTheRequirementsNoRecordingCanShowAreNotCheckableAndEachSaysWhy() {
        List<String> notCheckable = Requirements.all().stream()
                .filter(r -> r.kind() == Kind.NOT_CHECKABLE)
                .map(Requirement::id)
                .toList();
        assertEquals(List.of("R-SUB-15", "R-NHS-04", "R-NHS-05"), notCheckable);
        for (Requirement r : Requirements.all()) {
            boolean explained = r.why().filter(why -> !why.isBlank()).isPresent();
            assertEquals(r.kind() == Kind.NOT_CHECKABLE, explained, r.id() + ": a why goes with not-checkable only");
        }
    }

    @Test
    void findsARequirementByItsExactId() {
        Requirement jwt = Requirements.of("R-JWT-06").orElseThrow();
        assertEquals("JWT", jwt.group());
        assertEquals(Kind.STATIC, jwt.kind());
        assertEquals(Optional.empty(), Requirements.of("r-jwt-06"));
        assertEquals(Optional.empty(), Requirements.of("R-JWT-99"));
    }

    @Test
    void everyRequirementABuiltInRuleCitesIsCatalogued() {
        Set<String> missing = new TreeSet<>();
        for (RuleMetadata rule : RuleCatalog.builtIn().metadata()) {
            for (String id : rule.requirements()) {
                if (Requirements.of(id).isEmpty()) {
                    missing.add(id + " (" + rule.id() + ")");
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** The digest is kept beside the checkout; a plain clone lacks it, and then this is skipped. */
    @Test
    void idsAreTheDigestsInItsOrder() throws IOException {
        Optional<Path> digest = digest();
        assumeTrue(digest.isPresent(), "the official NHS files (shared/reference/fhir beside the checkout) are absent");
        List<String> ids = Files.readAllLines(digest.get(), StandardCharsets.UTF_8).stream()
                .map(DIGEST_ROW::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
        assertEquals(ids, Requirements.all().stream().map(Requirement::id).toList());
    }

    private static Optional<Path> digest() {
        return SharedFiles.find("spec/NEMS-SUBSCRIPTION-REQUIREMENTS.md");
    }
}
