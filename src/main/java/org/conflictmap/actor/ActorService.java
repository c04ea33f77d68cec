package org.conflictmap.actor;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entry point of the actor feature. */
@Service
@Transactional(readOnly = true)
public class ActorService {
    private final ActorRepository actors;
    private final JdbcTemplate jdbc;

    ActorService(ActorRepository actors, JdbcTemplate jdbc) {
        this.actors = actors;
        this.jdbc = jdbc;
    }

    public List<Side> sides() {
        return jdbc.query("SELECT code, name, colour FROM side ORDER BY code",
                (rs, n) -> new Side(rs.getString("code"), rs.getString("name"), rs.getString("colour")));
    }

    @Transactional
    public void saveSide(Side side) {
        jdbc.update("INSERT INTO side (code, name, colour) VALUES (?, ?, ?)", side.code(), side.name(),
                side.colour());
    }

    public List<Actor> all() {
        return actors.findAllByOrderByName();
    }

    public Optional<Actor> byCode(String code) {
        return actors.findByCode(code);
    }

    public boolean exists(String code) {
        return actors.findByCode(code).isPresent();
    }

    @Transactional
    public Actor save(Actor actor) {
        return actors.save(actor);
    }
}
