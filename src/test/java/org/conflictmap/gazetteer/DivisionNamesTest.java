package org.conflictmap.gazetteer;

import java.util.Set;

import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Places of Syria and its neighbours name their first-level division, not a GeoNames code. */
@H2AppTest
class DivisionNamesTest {
    @Autowired
    Gazetteer gazetteer;

    @ParameterizedTest
    @CsvSource(textBlock = """
            Tyre,       LB, South
            Zahlé,      LB, Beqaa
            Mosul,      IQ, Nineveh
            Irbid,      JO, Irbid
            Antakya,    TR, Hatay
            İzmit,      TR, Kocaeli
            Manbij,     SY, Aleppo
            """)
    void namesTheDivision(String place, String country, String division) {
        assertThat(gazetteer.resolve(place, Set.of(country), null)).first()
                .extracting(PlaceCandidate::admin1).isEqualTo(division);
    }
}
