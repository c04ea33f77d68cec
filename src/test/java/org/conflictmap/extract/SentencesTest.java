package org.conflictmap.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertThat(sentences("Rebels took Hama on Nov. 30. The U.S. military said so."))
                .containsExactly("Rebels took Hama on Nov. 30.", "The U.S. military said so.");
    }

    @Test
    void aLineBreakEndsAHeadline() {
        assertThat(sentences("Rebels take Hama\n\nThe army withdrew.")).containsExactly("Rebels take Hama",
                "The army withdrew.");
    }

    @Test
    void clausesSplitAtSemicolonsAndBeforeConjunctions() {
        String text = "Jets struck Idlib, and artillery hit Hama; no one claimed it, but clashes went on.";
        List<String> clauses = Sentences.clauses(text, Sentences.of(text).getFirst()).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();

        assertThat(clauses).containsExactly("Jets struck Idlib", "and artillery hit Hama", "no one claimed it",
                "but clashes went on.");
    }

    @Test
    void wordsKeepHyphenatedAndApostrophisedNamesTogether() {
        String text = "Rebels reached Maarat al-Numan and Aleppo's airport.";
        assertThat(Words.of(text, new Span(0, text.length())).stream().map(Words.Word::text))
                .contains("al-Numan", "Aleppo's");
    }
}
