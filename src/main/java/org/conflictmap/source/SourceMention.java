package org.conflictmap.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One source of an event or control change with the sentence that reported it and its offsets in the article text
 * (null for sources entered without an article, such as the demo data).
 */
@Embeddable
public class SourceMention {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    @Column(length = 4000)
    private String sentence;

    @Column(name = "sentence_start")
    private Integer start;

    @Column(name = "sentence_end")
    private Integer end;

    protected SourceMention() {
    }

    public SourceMention(Source source, String sentence, Integer start, Integer end) {
        this.source = source;
        this.sentence = sentence;
        this.start = start;
        this.end = end;
    }

    public Source getSource() {
        return source;
    }

    public String getSentence() {
        return sentence;
    }

    /** The same source and sentence: reporting it again adds nothing. */
    public boolean sameAs(SourceMention other) {
        return source.getId().equals(other.source.getId()) && java.util.Objects.equals(sentence, other.sentence);
    }
}
