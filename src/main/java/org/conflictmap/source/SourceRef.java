package org.conflictmap.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A source as shown next to an item. */
public record SourceRef(String publisher, String title, String url, LocalDate published) {

    /** Reads the columns publisher, title, url and published of a query joined to {@code source}. */
    public static SourceRef read(ResultSet rs) throws SQLException {
        java.sql.Date published = rs.getDate("published");
        return new SourceRef(rs.getString("publisher"), rs.getString("title"), rs.getString("url"),
                published == null ? null : published.toLocalDate());
    }
}
