package org.conflictmap.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindHintsAndEditsTest {
    @ParameterizedTest
    @CsvSource({
            "Idlib province, Idlib, REGION",
            "the countryside of Aleppo, Aleppo, REGION",
            "Province de Hatay, Hatay, REGION",
            "محافظة إدلب, إدلب, REGION",
            "ريف حلب, حلب, REGION",
            "Aleppo's international airport, Aleppo, FACILITY",
            "Kuweires military airbase, Kuweires, FACILITY",
            "مطار حلب, حلب, FACILITY"})
    void kindWordsAreSplitFromTheName(String name, String bare, PlaceKind kind) {
        KindHints.Split split = KindHints.of(name, NameNormalizer.normalize(name));
        assertThat(split.bareName()).isEqualTo(bare);
        assertThat(split.kinds()).containsExactly(kind);
    }

    @ParameterizedTest
    @CsvSource({"Hama", "Tal Rifaat", "Damascus", "Deir ez-Zor"})
    void namesWithoutKindWordsAreLeftAlone(String name) {
        KindHints.Split split = KindHints.of(name, NameNormalizer.normalize(name));
        assertThat(split.kinds()).isEmpty();
        assertThat(split.bareName()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({
            "homs, hmos, 1, 1", "aleppo, alepo, 1, 1", "aleppo, allepo, 2, 2", "damascus, damacus, 1, 1",
            "jarabulus, jarablous, 2, 2", "aleppo, idlib, 2, 3", "hama, homs, 1, 2", "same, same, 1, 0"})
    void editDistanceCountsSwapsAsOneAndStopsAboveTheLimit(String a, String b, int max, int expected) {
        assertThat(Edits.damerau(a, b, max)).isEqualTo(expected);
        assertThat(Edits.damerau(b, a, max)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"The airport was shelled, FACILITY", "fighting across the province, REGION", "Rebels entered the city,"})
    void aTextsKindWordsAreRead(String text, PlaceKind kind) {
        assertThat(KindHints.in(text)).isEqualTo(kind == null ? Set.of() : Set.of(kind));
    }
}
