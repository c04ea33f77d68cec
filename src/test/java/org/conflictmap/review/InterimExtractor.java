package org.conflictmap.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.control.ControlStatus;
import org.conflictmap.event.DatePrecision;
import org.conflictmap.extract.ArticleInput;
import org.conflictmap.extract.ExtractedControlChange;
import org.conflictmap.extract.Extraction;
import org.conflictmap.extract.Extractor;
import org.conflictmap.gazetteer.Gazetteer;
import org.springframework.stereotype.Component;

/** TEMPORARY until the rule extractor is merged: "captured X" → HTS took X on the publication date. */
@Component
class InterimExtractor implements Extractor {
    private static final Pattern CAPTURED = Pattern.compile("captured ([A-Z][\\w'-]+(?: [a-z]+-[A-Z]\\w+| [A-Z]\\w+)?)");
    private final Gazetteer gazetteer;

    InterimExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Extraction extract(ArticleInput article) {
        List<ExtractedControlChange> found = new ArrayList<>();
        Matcher m = CAPTURED.matcher(article.text());
        while (m.find()) {
            int start = Math.max(0, article.text().lastIndexOf('.', m.start()) + 1);
            int dot = article.text().indexOf('.', m.end());
            int end = dot < 0 ? article.text().length() : dot + 1;
            String name = m.group(1);
            gazetteer.resolveBest(name).ifPresent(p -> found.add(new ExtractedControlChange(p.id(), p.name(), p.lat(),
                    p.lon(), article.published(), DatePrecision.DAY, "SAA", "HTS", ControlStatus.CONFIRMED,
                    article.text().substring(start, end).strip(), start, end, m.start(1), m.end(1), 0.8)));
        }
        return new Extraction(found, List.of());
    }
}
