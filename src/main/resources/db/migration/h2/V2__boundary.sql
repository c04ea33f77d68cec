-- Country outlines used to clip derived control areas (Natural Earth, see geodata/README.md).
CREATE TABLE boundary (
    code   VARCHAR(10)  PRIMARY KEY,
    name   VARCHAR(200) NOT NULL,
    geom   GEOMETRY(MULTIPOLYGON, 4326) NOT NULL,
    source VARCHAR(500) NOT NULL
);
CREATE SPATIAL INDEX boundary_geom_gix ON boundary (geom);
