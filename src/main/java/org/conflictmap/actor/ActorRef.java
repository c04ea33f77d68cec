package org.conflictmap.actor;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An actor as shown next to an item: code, name and map colour. */
public record ActorRef(String code, String name, String colour) {

    /** Reads the columns {@code <prefix>_code, _name, _colour}; null when the code is null (optional actor). */
    public static ActorRef read(ResultSet rs, String prefix) throws SQLException {
        String code = rs.getString(prefix + "_code");
        return code == null ? null
                : new ActorRef(code, rs.getString(prefix + "_name"), rs.getString(prefix + "_colour"));
    }
}
