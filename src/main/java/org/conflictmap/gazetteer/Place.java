package org.conflictmap.gazetteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.Point;

/** A gazetteer entry. Rows are written by {@link GazetteerImporter} with SQL; JPA reads them for references. */
@Entity
@Table(name = "place")
public class Place {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlaceKind kind;

    @Column(nullable = false)
    private Point geom;

    @Column(name = "country_code")
    private String countryCode;

    private String admin1;

    private Long population;

    @Enumerated(EnumType.STRING)
    @Column(name = "geo_precision", nullable = false)
    private GeoPrecision geoPrecision;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Column(nullable = false)
    private String source;

    protected Place() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public Point getGeom() {
        return geom;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getAdmin1() {
        return admin1;
    }

    public GeoPrecision getGeoPrecision() {
        return geoPrecision;
    }
}
