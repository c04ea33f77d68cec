package org.conflictmap.source;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** A source as shown next to an item, with the sentence that reported it (null when not known). */
public record SourceMentionRef(SourceRef source, String sentence) {

    /**
     * Every source of one item: the mentions ({@code mentionsSql}: source columns and {@code sentence}, for
     * {@code :id}) and, first, the item's own source ({@code firstSourceSql}) unless a mention already names it —
     * items entered without an article (the demo data) have only that one, without a sentence.
     */
    public static List<SourceMentionRef> of(NamedParameterJdbcTemplate jdbc, String mentionsSql,
                                            String firstSourceSql, long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        List<Long> ids = new ArrayList<>();
        List<SourceMentionRef> mentions = new ArrayList<>(jdbc.query(mentionsSql, params, (rs, n) -> {
            ids.add(rs.getLong("id"));
            return new SourceMentionRef(SourceRef.read(rs), rs.getString("sentence"));
        }));
        jdbc.query(firstSourceSql, params, rs -> {
            if (!ids.contains(rs.getLong("id"))) {
                mentions.addFirst(new SourceMentionRef(SourceRef.read(rs), null));
            }
        });
        return mentions;
    }
}
