package org.conflictmap.article;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, Long> {
    boolean existsByTextSha256(String textSha256);
}
