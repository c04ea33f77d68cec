package org.conflictmap.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MetonymyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Moscow said on Monday that Russian jets had struck targets.",
            "Damascus denied on Monday that an air strike had taken place.",
            "Ankara warned on Monday of more shelling.",
            "Officials in Damascus said on Monday that fighting had stopped.",
            "Lebanon's Hezbollah said on Monday it sent reinforcements.",
            "Talks in Doha on Monday discussed the fighting.",
            "DAMASCUS (Agency) — Clashes broke out on Monday.",
            "ALEPPO, Syria — Fighting raged on Monday."})
    void placesNothingAtAGovernmentOrDatelineMention(String sentence) {
        Extraction x = TestExtractor.extract(sentence);

        assertThat(x.events()).isEmpty();
        assertThat(x.controlChanges()).isEmpty();
    }

    @Test
    void theSameNameIsAPlaceWhereItIsOne() {
        assertThat(TestExtractor.extract("DAMASCUS (Agency) — Rebels entered Damascus on Sunday.").controlChanges())
                .singleElement().satisfies(c -> assertThat(c.mentionStart()).isGreaterThan(20));
        assertThat(TestExtractor.extract("Rebels in eastern Aleppo agreed on Monday to hand over the city.")
                .events()).singleElement().extracting(ExtractedEvent::place).isEqualTo("Aleppo");
    }

    @Test
    void adjectivalNamesAreNotPlaces() {
        assertThat(TestExtractor.extract("Iran-backed fighters clashed with rebels near Hama on Monday.").events())
                .singleElement().extracting(ExtractedEvent::place).isEqualTo("Hama");
    }
}
