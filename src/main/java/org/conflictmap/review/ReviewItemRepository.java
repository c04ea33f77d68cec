package org.conflictmap.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {
}
