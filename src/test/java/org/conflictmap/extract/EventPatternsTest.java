package org.conflictmap.extract;

import java.util.List;

import org.conflictmap.event.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EventPatternsTest {

    private static List<ExtractedEvent> events(String text) {
        return TestExtractor.extract(text).events();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Russian warplanes struck Idlib on Monday.                         | AIR_DRONE_STRIKE | Idlib | RUS
            An air strike hit a market in Idlib on Monday.                     | AIR_DRONE_STRIKE | Idlib |
            A Turkish drone strike killed two men near Manbij on Monday.       | AIR_DRONE_STRIKE | Manbij | TUR
            Government helicopters dropped barrel bombs on Hama on Monday.     | AIR_DRONE_STRIKE | Hama | SAA
            Turkish artillery shelled Manbij on Monday.                        | SHELLING_ARTILLERY_MISSILE | Manbij | TUR
            Rocket fire hit Saraqib on Monday.                                 | SHELLING_ARTILLERY_MISSILE | Saraqib |
            A missile landed in Homs on Monday.                                | SHELLING_ARTILLERY_MISSILE | Homs |
            Rebels clashed with the army near Hama on Monday.                  | ARMED_CLASH | Hama | HTS
            Islamic State cells attacked a checkpoint in Deir ez-Zor on Monday. | ARMED_CLASH | Deir ez-Zor | ISIS
            Iran-backed Iraqi fighters crossed into Syria near Deir ez-Zor on Monday. | TROOP_MOVEMENT | Deir ez-Zor | IRQM
            Turkish troops deployed to Manbij on Monday.                       | TROOP_MOVEMENT | Manbij | TUR
            A convoy of army reinforcements reached Hama on Monday.            | TROOP_MOVEMENT | Hama |
            An IED went off in Homs on Monday.                                 | REMOTE_EXPLOSIVE | Homs |
            A car bomb exploded in Manbij on Monday.                           | REMOTE_EXPLOSIVE | Manbij |
            A landmine killed a shepherd near Saraqib on Monday.               | REMOTE_EXPLOSIVE | Saraqib |
            Rebels in Homs agreed on Monday to hand over the city to the army. | NON_VIOLENT_TRANSFER | Homs | HTS
            """)
    void findsTypePlaceAndActingParty(String sentence, EventType type, String place, String actor) {
        assertThat(events(sentence)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.place()).isEqualTo(place);
            if (actor != null) {
                assertThat(e.actors()).first().isEqualTo(actor);
            }
        });
    }

    @Test
    void aCaptureIsAControlChangeNotAlsoAnEvent() {
        Extraction x = TestExtractor.extract("Rebels captured Saraqib on Monday after heavy clashes with the army.");

        assertThat(x.controlChanges()).hasSize(1);
        assertThat(x.events()).isEmpty();
    }

    @Test
    void placesTheEventAtTheObjectNotAtAnIntroductoryPlace() {
        assertThat(events("In the countryside of Idlib, rocket fire hit the town of Saraqib on Monday."))
                .singleElement().extracting(ExtractedEvent::place).isEqualTo("Saraqib");
    }

    @Test
    void anEventWithoutALinkedPlaceIsLeftOut() {
        assertThat(events("The talks in Hama were a battle of words.")).isEmpty();
        assertThat(events("Russian jets have been busy; the strikes were heavy.")).isEmpty();
    }

    @Test
    void strikesOnSeveralPlacesGiveOneEventEach() {
        assertThat(events("Russian warplanes carried out air strikes on Saraqib and Idlib on Monday."))
                .extracting(ExtractedEvent::place).containsExactly("Saraqib", "Idlib");
    }

    @Test
    void neverPlacesAnEventAtACountry() {
        assertThat(events("Iraqi fighters crossed into Syria on Monday.")).isEmpty();
    }

    @Test
    void aPlaceNamedOnlyToTellTheTimeIsNotWhereTheEventWas() {
        assertThat(events("Russian jets began air strikes in the days after Aleppo was captured.")).isEmpty();
        assertThat(events("Russian jets began air strikes on Idlib after Aleppo fell.")).extracting(ExtractedEvent::place)
                .containsExactly("Idlib");
    }

    @Test
    void undatedFightingForAPlaceTheArticleReportsTakenIsPartOfTheCapture() {
        Extraction x = TestExtractor.extract("Rebels captured Saraqib on Monday. Many asked who had known of the "
                + "rebel attack on Saraqib. Clashes broke out in Hama on Tuesday.");

        assertThat(x.controlChanges()).hasSize(1);
        assertThat(x.events()).extracting(ExtractedEvent::place).containsExactly("Hama");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            In nearby Saraqib, clashes with the army lasted for hours on Tuesday.             | ARMED_CLASH | Saraqib
            Government artillery has been pounding Saraqib, west of Aleppo, since dawn.      | SHELLING_ARTILLERY_MISSILE | Saraqib
            Russian warplanes bombed rebel-held Saraqib on Tuesday.                           | AIR_DRONE_STRIKE | Saraqib
            Hezbollah sent a small contingent of fighters to Homs on Tuesday.                 | TROOP_MOVEMENT | Homs
            Rebels entered Hama on Monday. Russian military police deployed in the town on Tuesday. | TROOP_MOVEMENT | Hama
            """)
    void findsWhereTheEventWas(String sentence, EventType type, String place) {
        assertThat(events(sentence)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.place()).isEqualTo(place);
        });
    }
}
