package org.conflictmap.actor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActorRepository extends JpaRepository<Actor, Long> {
    Optional<Actor> findByCode(String code);

    List<Actor> findAllByOrderByName();
}
