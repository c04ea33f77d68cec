package org.conflictmap.extract;

import java.time.LocalDate;
import java.util.List;

import org.conflictmap.control.ControlStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ControlPatternsTest {

    private static List<ExtractedControlChange> changes(String text) {
        return TestExtractor.extract(text).controlChanges();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rebels captured Saraqib on Monday.                                  | Saraqib | HTS
            Opposition fighters seized the town of Saraqib on Monday.           | Saraqib | HTS
            HTS took control of Saraqib on Monday.                              | Saraqib | HTS
            Insurgents entered Hama on Monday after a week of battles.          | Hama    | HTS
            Kurdish fighters overran the outskirts of Manbij on Monday.         | Manbij  | SDF
            Government forces recaptured Maarat al-Numan on Monday.             | Maarat al-Numan | SAA
            The army retook Hama on Monday.                                     | Hama    | SAA
            Turkish-backed factions took over Tal Rifaat on Monday.             | Tall Rif‘at | SNA
            Saraqib fell to the rebels on Monday.                               | Saraqib | HTS
            """)
    void findsTheCapturedPlaceAndTheNewController(String sentence, String place, String to) {
        List<ExtractedControlChange> found = changes(sentence);

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.place()).isEqualTo(place);
            assertThat(c.to()).isEqualTo(to);
            assertThat(c.date()).isEqualTo(LocalDate.of(2024, 12, 2));
            assertThat(c.status()).isEqualTo(ControlStatus.CONFIRMED);
            assertThat(c.confidence()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void keepsSentenceAndMentionOffsets() {
        String text = "Fighting went on. Rebels captured Saraqib on Monday.";
        ExtractedControlChange c = changes(text).getFirst();

        assertThat(text.substring(c.start(), c.end())).isEqualTo("Rebels captured Saraqib on Monday.");
        assertThat(text.substring(c.mentionStart(), c.mentionEnd())).isEqualTo("Saraqib");
        assertThat(c.sentence()).isEqualTo("Rebels captured Saraqib on Monday.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rebels captured Tal Rifaat, a town long held by the Kurdish-led SDF, on Monday.  | SDF | SNA
            Rebels captured Manbij from the SDF on Monday.                                   | SDF | SNA
            Rebels captured Saraqib, which had been held by government forces, on Monday.    | SAA | HTS
            HTS captured Tal Rifaat, a town held by the SDF, on Monday.                      | SDF | HTS
            """)
    void namesThePreviousHolderAndWhoUnnamedRebelsAreAgainstIt(String sentence, String from, String to) {
        ExtractedControlChange c = changes(sentence).getFirst();

        assertThat(c.from()).isEqualTo(from);
        assertThat(c.to()).isEqualTo(to);
    }

    @Test
    void takesTheFormerControllerFromFrom() {
        ExtractedControlChange c = changes("The SNA captured Manbij from the SDF on Monday.").getFirst();

        assertThat(c.from()).isEqualTo("SDF");
        assertThat(c.to()).isEqualTo("SNA");
    }

    @Test
    void aWithdrawalHandsThePlaceToTheOpponentNamedInTheSentence() {
        ExtractedControlChange c = changes("Government troops withdrew from Homs overnight as rebels advanced.")
                .getFirst();

        assertThat(c.place()).isEqualTo("Homs");
        assertThat(c.from()).isEqualTo("SAA");
        assertThat(c.to()).isEqualTo("HTS");
        assertThat(c.date()).isEqualTo(LocalDate.of(2024, 12, 3));
    }

    @Test
    void aWithdrawalWithoutAnOpponentHasNoNewController() {
        ExtractedControlChange c = changes("Hezbollah fighters pulled out of Homs on Tuesday.").getFirst();

        assertThat(c.from()).isEqualTo("HZB");
        assertThat(c.to()).isNull();
    }

    @Test
    void coordinatedPlacesAreEachCaptured() {
        assertThat(changes("Rebels took control of Saraqib and Hama on Tuesday.")).extracting(
                ExtractedControlChange::place).containsExactly("Saraqib", "Hama");
    }

    @Test
    void anUnnamedCapturerIsTheLastNamedOne() {
        List<ExtractedControlChange> found = changes(
                "The SNA captured Manbij on Monday. Hours later the fighters seized Tal Rifaat.");

        assertThat(found).extracting(ExtractedControlChange::to).containsExactly("SNA", "SNA");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            HTS claimed to have captured Saraqib on Monday.                      | CLAIMED
            The SNA said it had seized Manbij on Monday.                         | CLAIMED
            According to a monitor, rebels overran Saraqib on Monday.            | CONFIRMED
            According to rebel commanders, they overran Saraqib on Monday.       | CLAIMED
            Rebels overran Saraqib on Monday, but the army said it held the town. | CLAIMED
            Turkish-backed factions say they have taken Manbij on Monday.        | CLAIMED
            Fighting for control of Saraqib continued on Monday.                 | CONTESTED
            The army entered Saraqib on Monday, but clashes continue inside it.  | CONTESTED
            """)
    void statusFollowsClaimsAndOngoingFighting(String sentence, ControlStatus status) {
        assertThat(changes(sentence)).singleElement().extracting(ExtractedControlChange::status).isEqualTo(status);
    }

    @Test
    void oneChangePerPlaceDateAndController() {
        assertThat(changes("Rebels captured Saraqib on Monday. The army withdrew from Saraqib on Monday, "
                + "and rebels entered it.")).hasSize(1);
    }

    @Test
    void resolvesAmbiguousNamesNearTheArticlesOtherPlaces() {
        ExtractedControlChange c = changes("Rebels pushed south from Hama. They captured Suran on Monday.")
                .getFirst();

        assertThat(c.lat()).isEqualTo(35.292);
    }

    @Test
    void provinceAndAirportPhrasesFindFacilitiesAndRegions() {
        assertThat(changes("Rebels seized Aleppo's military airport on Monday.")).singleElement()
                .extracting(ExtractedControlChange::place).isEqualTo("Nayrab Military Airbase");
        assertThat(changes("Rebels captured Aleppo International Airport on Monday.")).singleElement()
                .extracting(ExtractedControlChange::place).isEqualTo("Aleppo International Airport");
    }

    @Test
    void findsArabicScriptNames() {
        assertThat(changes("Rebels captured منبج on Monday.")).singleElement()
                .extracting(ExtractedControlChange::place).isEqualTo("Manbij");
    }

    @Test
    void anArticleReturningToACaptureYieldsOneChangeDatedWhereTheDateIsGiven() {
        List<ExtractedControlChange> found = changes("Rebels seized Hama on Monday. A day later they captured "
                + "Saraqib. Russian jets struck Idlib in the days after Hama was captured. The capture of Hama by "
                + "rebels stunned the region.");

        assertThat(found).extracting(ExtractedControlChange::place, ExtractedControlChange::date).containsExactly(
                tuple("Hama", LocalDate.of(2024, 12, 2)),
                tuple("Saraqib", LocalDate.of(2024, 12, 3)));
    }

    @Test
    void aFacilityNamedWithoutItsCityIsTheOneOfTheCityTheTextIsAbout() {
        List<ExtractedControlChange> found = changes("Rebels entered Aleppo on Friday. They seized key sites "
                + "like the civilian airport on Saturday.");

        assertThat(found).extracting(ExtractedControlChange::place)
                .containsExactly("Aleppo", "Aleppo International Airport");
    }

    @Test
    void aLooseMatchFarFromTheArticlesPlacesIsANamesakeNotThePlace() {
        assertThat(changes("Government troops shelled Aleppo. They captured the Sheikh Saeed district on Monday."))
                .isEmpty();
        assertThat(changes("Government troops captured Sheikh Saeed on Monday.")).singleElement()
                .extracting(ExtractedControlChange::place).isEqualTo("Ash Shaykh Sa‘d");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The army held Hama for years. On Tuesday the rebels retook it.                        | Hama    | HTS
            Rebels shelled Hama on Monday. On Tuesday the army withdrew from the town.             | Hama    | HTS
            The march followed the fall of Homs, which rebels had captured on Tuesday.            | Homs    | HTS
            The army acknowledged on Tuesday that "terrorists" had entered Saraqib.              | Saraqib | HTS
            HTS said on Tuesday it had captured Saraqib.                                           | Saraqib | HTS
            Local opposition factions in the south said on Tuesday they had seized Homs.          | Homs    | SOUTH
            The Nayrab Military Airbase, east of Aleppo, fell to Ankara-backed fighters on Tuesday. | Nayrab Military Airbase | SNA
            Rebels took Hama on Monday and, a monitor says, Saraqib fell a day later.              | Saraqib | HTS
            """)
    void findsThePlaceAndTakerThroughPronounsRelativesAndReports(String text, String place, String to) {
        List<ExtractedControlChange> found = changes("Rebels entered Idlib on Sunday. " + text);

        assertThat(found).extracting(ExtractedControlChange::place, ExtractedControlChange::to)
                .contains(tuple(place, to));
    }

    @Test
    void aRelativeClauseAboutThePastDoesNotMakeTheNewsHistorical() {
        assertThat(changes("On Tuesday rebels overran Saraqib, a town that the army had held since 2016."))
                .extracting(ExtractedControlChange::place).containsExactly("Saraqib");
        assertThat(changes("Khan al-Assal is quiet. Hama, which the army captured in August 2019, lies far away."))
                .isEmpty();
    }

    @Test
    void aPlaceGivenAsItIsHighlightedWhereTheSentenceSaysIt() {
        String text = "The army held Hama for years. On Tuesday the rebels retook it.";
        ExtractedControlChange c = changes(text).getFirst();

        assertThat(c.place()).isEqualTo("Hama");
        assertThat(text.substring(c.mentionStart(), c.mentionEnd())).isEqualTo("it");
        assertThat(c.mentionStart()).isBetween(c.start(), c.end());
    }

    @Test
    void aCountrySpeakingOfItsTroopsMeansItsArmedForces() {
        assertThat(changes("HTS took Hama on Monday. Israel said on Tuesday its troops had seized Saraqib."))
                .extracting(ExtractedControlChange::place, ExtractedControlChange::to)
                .containsExactly(tuple("Hama", "HTS"), tuple("Saraqib", "ISR"));
        assertThat(TestExtractor.extract("Turkey said its drones had struck Manbij on Tuesday.").events())
                .singleElement().satisfies(e -> assertThat(e.actors()).containsExactly("TUR"));
    }
}
