-- Country outlines used to clip derived control areas (Natural Earth, see geodata/README.md).
CREATE TABLE boundary (
    code   VARCHAR(10)  PRIMARY KEY,
    name   VARCHAR(200) NOT NULL,
    geom   geometry(MultiPolygon, 4326) NOT NULL,
    source VARCHAR(500) NOT NULL
);
CREATE INDEX boundary_geom_gix ON boundary USING GIST (geom);
