package org.conflictmap.control;

import org.springframework.data.jpa.repository.JpaRepository;

interface ControlChangeRepository extends JpaRepository<ControlChange, Long> {
}
