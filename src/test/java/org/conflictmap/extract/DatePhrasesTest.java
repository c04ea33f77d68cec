package org.conflictmap.extract;

import java.time.LocalDate;

import org.conflictmap.event.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication date in these tests: Wednesday 4 December 2024. */
class DatePhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rebels captured Saraqib on 30 November.           | 2024-11-30 | DAY
            Rebels captured Saraqib on Nov. 30.               | 2024-11-30 | DAY
            Rebels captured Saraqib on December 1, 2024.      | 2024-12-01 | DAY
            Rebels captured Saraqib on 2024-12-01.            | 2024-12-01 | DAY
            Rebels captured Saraqib on Monday.                | 2024-12-02 | DAY
            Rebels captured Saraqib, next to Idlib, on Monday. | 2024-12-02 | DAY
            Rebels captured Saraqib on Wednesday.             | 2024-12-04 | DAY
            Rebels captured Saraqib last Wednesday.           | 2024-11-27 | DAY
            Rebels captured Saraqib on Friday night.          | 2024-11-29 | DAY
            Rebels captured Saraqib yesterday.                | 2024-12-03 | DAY
            Rebels captured Saraqib today.                    | 2024-12-04 | DAY
            Rebels captured Saraqib this morning.             | 2024-12-04 | DAY
            Rebels captured Saraqib overnight.                | 2024-12-03 | DAY
            Rebels captured Saraqib over the weekend.         | 2024-11-30 | WEEK
            Rebels captured Saraqib earlier this week.        | 2024-12-02 | WEEK
            Rebels captured Saraqib last week.                | 2024-11-25 | WEEK
            Rebels captured Saraqib this month.               | 2024-12-01 | MONTH
            Rebels captured Saraqib in November.              | 2024-11-01 | MONTH
            """)
    void resolvesAgainstThePublicationDate(String sentence, LocalDate date, DatePrecision precision) {
        ExtractedControlChange c = TestExtractor.extract(sentence).controlChanges().getFirst();

        assertThat(c.date()).isEqualTo(date);
        assertThat(c.datePrecision()).isEqualTo(precision);
    }

    @Test
    void aDayLaterCountsFromThePreviousDayInTheText() {
        Extraction x = TestExtractor.extract("Rebels entered Hama on Monday. Earlier this week jets bombed Idlib. "
                + "A day later, the rebels captured Saraqib. The next day they seized Homs.");

        assertThat(x.controlChanges()).extracting(ExtractedControlChange::date).containsExactly(
                LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 3), LocalDate.of(2024, 12, 4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Within 72 hours the rebels captured Saraqib.          | 2024-11-30
            Within 30 hours the rebels captured Saraqib.          | 2024-11-28
            Two days later the rebels captured Saraqib.           | 2024-11-29
            Some 48 hours later the rebels captured Saraqib.      | 2024-11-29
            An hour later the rebels captured Saraqib.            | 2024-11-27
            After three days of fighting rebels captured Saraqib. | 2024-11-30
            A day earlier the rebels captured Saraqib.            | 2024-11-26
            Two days earlier the rebels captured Saraqib.         | 2024-11-25
            """)
    void countedStepsCountFromThePreviousDayInTheText(String second, LocalDate date) {
        Extraction x = TestExtractor.extract("Last Wednesday rebels entered Hama. " + second);

        assertThat(x.controlChanges()).extracting(ExtractedControlChange::date)
                .containsExactly(LocalDate.of(2024, 11, 27), date);
    }

    @Test
    void withoutADatePhraseTheLastDateOfTheTextCountsLessSurely() {
        Extraction x = TestExtractor.extract("Rebels entered Hama on Monday. Rebels also captured Saraqib.");

        assertThat(x.controlChanges().get(1).date()).isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(x.controlChanges().get(1).confidence()).isLessThan(x.controlChanges().get(0).confidence());
    }

    @Test
    void withNothingElseThePublicationDateCountsLeastSurely() {
        ExtractedControlChange c = TestExtractor.extract("Rebels captured Saraqib.").controlChanges().getFirst();

        assertThat(c.date()).isEqualTo(TestExtractor.PUBLISHED);
        assertThat(c.confidence()).isLessThan(0.6);
    }

    @Test
    void aWeekdayInAClauseAboutTheFutureIsTheNextOne() {
        Extraction x = TestExtractor.extract("Rebels entered Hama, and the minister is due to visit Damascus on "
                + "Sunday.");

        assertThat(x.controlChanges().getFirst().date()).isEqualTo(TestExtractor.PUBLISHED);
    }

    @Test
    void historicalClausesDoNotSetTheDateForLaterSentences() {
        Extraction x = TestExtractor.extract("Rebels entered Hama on Monday. The army had taken it in May 2012. "
                + "Rebels then seized Saraqib.");

        assertThat(x.controlChanges()).extracting(ExtractedControlChange::date).containsExactly(
                LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 2));
    }
}
