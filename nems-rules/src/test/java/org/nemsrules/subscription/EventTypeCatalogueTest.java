package org.nemsrules.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypeCatalogueTest {
    private static final EventTypeCatalogue CATALOGUE = EventTypeCatalogue.standard();

    @Test
    void theTenEventsOfTheSupportedEventsPageAreTheSubscribableOnes() {
        Set<String> codes =
                CATALOGUE.subscribable().stream().map(EventType::code).collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "blood-spot-test-outcome-1",
                        "newborn-hearing-1",
                        "nipe-outcome-1",
                        "pds-birth-notification-1",
                        "pds-change-of-address-1",
                        "pds-change-of-gp-1",
                        "pds-death-notification-1",
                        "pds-record-change-1",
                        "professional-contacts-1",
                        "vaccinations-1"),
                codes);
        assertTrue(
                CATALOGUE.subscribable().stream().allMatch(t -> t.state() == EventTypeState.SUPPORTED),
                "the supported-events page marks none of them deprecated, no longer supported or withdrawn");
    }

    @Test
    void theCodeSystemHas54CodesWithDisplays() {
        assertEquals(54, CATALOGUE.all().size());
        assertTrue(CATALOGUE.all().stream().noneMatch(t -> t.display().isBlank()));
        assertEquals(
                "PDS Change of Address",
                CATALOGUE.find("pds-change-of-address-1").get().display());
        assertEquals(
                Optional.of("Beta"), CATALOGUE.find("pds-record-change-1").get().maturity());
        assertEquals(
                Optional.of("Release Candidate"),
                CATALOGUE.find("vaccinations-1").get().maturity());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "birth-details-1",
                "referral-1",
                "blood-spot-sample-taken-1",
                "national-population-failsafe-alert-nullify-1",
                "failsafe-message-gp-1"
            })
    void childHealthSectionsAndFailsafeMessagesAreKnownButNotOffered(String code) {
        EventType type = CATALOGUE.find(code).orElseThrow();
        assertEquals(EventTypeState.NOT_OFFERED, type.state());
        assertFalse(type.state().isSubscribable());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pds-person-death-1", "PDS001", "Newbornhearing", ""})
    void unknownCodesAreNotFound(String code) {
        assertEquals(Optional.empty(), CATALOGUE.find(code));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        "pds-person-death-1, pds-death-notification-1",
        "pds-change-of-adress-1, pds-change-of-address-1",
        "PDS-Change-Of-GP-1, pds-change-of-gp-1",
        "vaccination-1, vaccinations-1",
        "newborn-hearing-2, newborn-hearing-1",
        // known, but not subscribable: a code that is offered is suggested in its place
        "birth-details-1, pds-birth-notification-1",
        // exactly as many edits as allowed (14 / 3 = 4), and no word shared to fall back on
        "vaccinaxxxxs-1, vaccinations-1",
        // one edit from pds-change-of-gp-1, more (but within reach) from the alphabetically earlier address code
        "pds-change-of-gpx-1, pds-change-of-gp-1",
        // both share 'change': the one fewer edits away wins, though the other comes first
        "change-1, pds-change-of-gp-1",
        "death-change-1, pds-record-change-1",
        // the code sharing the most words wins, though another is fewer edits away
        "gp-of-change-1, pds-change-of-gp-1",
        "change-record-1, pds-record-change-1",
        "change-of-gp-notification-1, pds-change-of-gp-1",
    })
    void theNearestSubscribableCodeIsSuggestedForATypo(String typo, String suggestion) {
        assertEquals(suggestion, CATALOGUE.nearest(typo).map(EventType::code).orElse("none"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PDS001", "x", "pds-change-of-address-1", "allergies-and-adverse-reactions-1"})
    void nothingIsSuggestedForASubscribableCodeOrOneThatResemblesNone(String code) {
        assertEquals(Optional.empty(), CATALOGUE.nearest(code));
    }

    @Test
    void aCodeDifferingOnlyInLetterCaseIsSuggestedWhateverItsCase() throws Exception {
        // The shipped codes are all lower case, so only a data file with an upper-case code shows that the
        // letter-case comparison does not rely on the edit distance (8 here, beyond the 3 allowed).
        EventTypeCatalogue upper = EventTypeCatalogue.read(
                json("{\"eventTypes\":[{\"code\":\"ABCDEFGH-1\",\"display\":\"A\",\"state\":\"supported\"}]}"));
        assertEquals(Optional.of("ABCDEFGH-1"), upper.nearest("abcdefgh-1").map(EventType::code));
    }

    @Test
    void ofCodesEquallyFewEditsAwayTheAlphabeticallyFirstIsSuggestedWhateverTheFilesOrder() throws Exception {
        EventTypeCatalogue unsorted = EventTypeCatalogue.read(
                json("{\"eventTypes\":[{\"code\":\"abce-1\",\"display\":\"E\",\"state\":\"supported\"},"
                        + "{\"code\":\"abcd-1\",\"display\":\"D\",\"state\":\"supported\"}]}"));
        assertEquals(Optional.of("abcd-1"), unsorted.nearest("abcx-1").map(EventType::code));
        assertEquals(
                List.of("abce-1", "abcd-1"),
                unsorted.all().stream().map(EventType::code).toList());
    }

    @Test
    void aStateCanBeSetPerCode() {
        EventTypeCatalogue changed = CATALOGUE
                .withState("newborn-hearing-1", EventTypeState.DEPRECATED)
                .withState("pds-birth-notification-1", EventTypeState.NO_LONGER_SUPPORTED);
        assertEquals(
                EventTypeState.DEPRECATED,
                changed.find("newborn-hearing-1").get().state());
        assertTrue(changed.find("newborn-hearing-1").get().state().isSubscribable());
        assertEquals(
                Optional.of("NO_LONGER_SUPPORTED"),
                changed.find("pds-birth-notification-1").get().state().spineCode());
        assertEquals(9, changed.subscribable().size());
        assertEquals(
                EventTypeState.SUPPORTED,
                CATALOGUE.find("newborn-hearing-1").get().state(),
                "immutable");
        assertThrows(IllegalArgumentException.class, () -> CATALOGUE.withState("PDS001", EventTypeState.WITHDRAWN));
    }

    @Test
    void aDataFileWithAnUnknownStateOrATwiceListedCodeIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> EventTypeCatalogue.read(
                        json("{\"eventTypes\":[{\"code\":\"a-1\",\"display\":\"A\",\"state\":\"retired\"}]}")));
        IllegalArgumentException twice = assertThrows(
                IllegalArgumentException.class,
                () -> EventTypeCatalogue.read(
                        json("{\"eventTypes\":[{\"code\":\"b-1\",\"display\":\"B\",\"state\":\"supported\"},"
                                + "{\"code\":\"a-1\",\"display\":\"A\",\"state\":\"supported\"},"
                                + "{\"code\":\"a-1\",\"display\":\"A\",\"state\":\"withdrawn\"}]}")));
        assertEquals("the event type 'a-1' is listed twice", twice.getMessage());
    }

    @Test
    void aDataFileIsReadWithEveryEntryInItsOrder() throws Exception {
        EventTypeCatalogue read = EventTypeCatalogue.read(
                json("{\"eventTypes\":[{\"code\":\"b-1\",\"display\":\"B\",\"state\":\"supported\"},"
                        + "{\"code\":\"a-1\",\"display\":\"A\",\"state\":\"withdrawn\",\"maturity\":\"Beta\"}]}"));
        assertEquals(
                List.of(
                        new EventType("b-1", "B", EventTypeState.SUPPORTED, Optional.empty()),
                        new EventType("a-1", "A", EventTypeState.WITHDRAWN, Optional.of("Beta"))),
                List.copyOf(read.all()));
    }

    @Test
    void everyStateOfTheDataFileIsNamedInWords() {
        for (EventTypeState state : EventTypeState.values()) {
            assertEquals(state, EventTypeState.ofKey(state.key()));
            assertFalse(state.words().isBlank());
        }
        assertEquals(
                List.of("DEPRECATED", "NO_LONGER_SUPPORTED", "WITHDRAWN"),
                List.of(EventTypeState.values()).stream()
                        .flatMap(s -> s.spineCode().stream())
                        .toList());
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
