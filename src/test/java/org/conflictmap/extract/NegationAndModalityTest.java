package org.conflictmap.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NegationAndModalityTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Rebels did not capture Saraqib on Monday.",
            "The army denied that rebels had taken Saraqib.",
            "The army denied taking Saraqib.",
            "Rebels never entered Hama.",
            "The SNA threatened to take Manbij within days.",
            "The offensive is aimed at Hama.",
            "Analysts said Hama could fall within days.",
            "The rebels plan to capture Homs next.",
            "Rebel commanders vowed to seize Damascus.",
            "Rebels may enter Homs this week.",
            "The army would recapture Saraqib, officials said.",
            "If the army withdraws from Hama, rebels will enter it.",
            "Will the rebels capture Homs?",
            "Turkey gave the rebels the green light to attack Aleppo.",
            "Preparations for an assault on Aleppo began last year.",
            "Russian jets have regularly struck Idlib.",
            "Government forces recaptured Aleppo in 2016.",
            "The SDF has held Manbij since 2016.",
            "An assault on Manbij would be a red line, Kurdish leaders warned.",
            "Hezbollah has not sent reinforcements to Homs.",
            "Government forces recaptured Aleppo in 2016. When the army regained control of Aleppo, Moscow cheered.",
            "The army took Hama in 2016 with Russian help. Morale soared. Russian jets then struck Idlib."})
    void nothingHappenedSoNothingIsExtracted(String sentence) {
        Extraction x = TestExtractor.extract(sentence);

        assertThat(x.controlChanges()).isEmpty();
        assertThat(x.events()).isEmpty();
    }

    @Test
    void theStoryComesBackFromThePastWithThePresentTenseOrADate() {
        assertThat(TestExtractor.extract("The army took Hama in 2016. Rebels have now seized Saraqib.")
                .controlChanges()).extracting(ExtractedControlChange::place).containsExactly("Saraqib");
        assertThat(TestExtractor.extract("The army took Hama in 2016. Rebels seized Saraqib on Monday.")
                .controlChanges()).extracting(ExtractedControlChange::place).containsExactly("Saraqib");
    }
}
