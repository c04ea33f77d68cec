package org.conflictmap.gazetteer;

import java.util.Set;

import org.conflictmap.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A database filled by an older release gets the curated places added since, at the next start. */
@H2AppTest
class CuratedUpgradeTest {
    @Autowired
    GazetteerImporter importer;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void addsCuratedPlacesTheDatabaseDoesNotHaveYet() {
        jdbc.update("DELETE FROM place WHERE external_id = 'curated:jabal-badro'");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM place", Long.class);

        int added = importer.importRegionIfEmpty(Set.of("SY"));
        gazetteer.rebuildIndex();

        assertThat(added).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM place", Long.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM place_name n JOIN place p ON p.id = n.place_id "
                + "WHERE p.external_id = 'curated:jabal-badro'", Long.class)).isGreaterThan(1);
        assertThat(gazetteer.resolve("Jebel Badro")).first().extracting(PlaceCandidate::name)
                .isEqualTo("Jabal Badro");
        assertThat(importer.importRegionIfEmpty(Set.of("SY"))).isZero();
    }
}
