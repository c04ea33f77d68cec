package org.conflictmap.review.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * An article's text with one sentence highlighted and the place name in it marked. Built from text nodes and spans:
 * the article is never set as HTML.
 */
class ArticleTextView extends Div {
    private Span sentence;

    ArticleTextView() {
        setId("article-text");
        addClassName("article-text");
        setVisible(false);
    }

    void show(String text, int start, int end, int mentionStart, int mentionEnd) {
        removeAll();
        setVisible(true);
        int n = text.length();
        int s = clamp(start, 0, n);
        int e = clamp(end, s, n);
        int ms = clamp(mentionStart, s, e);
        int me = clamp(mentionEnd, ms, e);
        sentence = new Span();
        sentence.setId("highlighted-sentence");
        sentence.addClassName("review-sentence");
        if (me > ms) {
            Span mention = new Span(text.substring(ms, me));
            mention.addClassName("review-mention");
            sentence.add(new Text(text.substring(s, ms)), mention, new Text(text.substring(me, e)));
        } else {
            sentence.add(new Text(text.substring(s, e)));
        }
        add(new Text(text.substring(0, s)), sentence, new Text(text.substring(e)));
        sentence.scrollIntoView();
    }

    void clear() {
        removeAll();
        setVisible(false);
        sentence = null;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
