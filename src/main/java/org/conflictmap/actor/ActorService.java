package org.conflictmap.actor;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entry point of the actor feature. */
@Service
@Transactional(readOnly = true)
public class ActorService {
    private final ActorRepository actors;

    ActorService(ActorRepository actors) {
        this.actors = actors;
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
