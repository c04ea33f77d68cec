package org.conflictmap.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The actor codes a filter by these sides stands for. Empty for no sides; a side without actors yields a code
     * no actor has, so that the filter still filters.
     */
    public Set<String> codesOnSides(Collection<String> sides) {
        if (sides.isEmpty()) {
            return Set.of();
        }
        Set<String> wanted = Set.copyOf(sides);
        Set<String> codes = all().stream().filter(a -> wanted.contains(a.getSide())).map(Actor::getCode)
                .collect(Collectors.toSet());
        return codes.isEmpty() ? Set.of("") : codes;
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
