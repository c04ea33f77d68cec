-- Conflict map schema, PostGIS variant. Keep in step with ../h2/V1__schema.sql (same tables, same names).
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE place (
    id           BIGSERIAL PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL CHECK (kind IN ('CITY', 'TOWN', 'VILLAGE', 'FACILITY', 'REGION', 'COUNTRY')),
    geom         geometry(Point, 4326) NOT NULL,
    country_code VARCHAR(2),
    admin1       VARCHAR(100),
    population   BIGINT,
    geo_precision VARCHAR(10)  NOT NULL CHECK (geo_precision IN ('EXACT', 'NEAR', 'REGION')),
    external_id  VARCHAR(100)  NOT NULL UNIQUE,
    source       VARCHAR(500)  NOT NULL
);
CREATE INDEX place_geom_gix ON place USING GIST (geom);

CREATE TABLE place_name (
    id         BIGSERIAL PRIMARY KEY,
    place_id   BIGINT       NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    name       VARCHAR(400) NOT NULL,
    language   VARCHAR(10),
    normalized VARCHAR(400) NOT NULL
);
CREATE INDEX place_name_normalized_idx ON place_name (normalized);
CREATE INDEX place_name_place_idx ON place_name (place_id);

CREATE TABLE actor (
    id     BIGSERIAL PRIMARY KEY,
    code   VARCHAR(20)  NOT NULL UNIQUE,
    name   VARCHAR(200) NOT NULL,
    kind   VARCHAR(30)  NOT NULL,
    colour VARCHAR(7)   NOT NULL,
    side   VARCHAR(20)  NOT NULL
);

CREATE TABLE actor_alias (
    actor_id BIGINT       NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    alias    VARCHAR(200) NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE source (
    id        BIGSERIAL PRIMARY KEY,
    publisher VARCHAR(200)  NOT NULL,
    title     VARCHAR(500)  NOT NULL,
    url       VARCHAR(2000),
    published DATE
);

CREATE TABLE event (
    id             BIGSERIAL PRIMARY KEY,
    event_date     DATE          NOT NULL,
    date_precision VARCHAR(10)   NOT NULL CHECK (date_precision IN ('DAY', 'WEEK', 'MONTH')),
    type           VARCHAR(40)   NOT NULL,
    actor1_id      BIGINT        NOT NULL REFERENCES actor (id),
    actor2_id      BIGINT REFERENCES actor (id),
    place_id       BIGINT        NOT NULL REFERENCES place (id),
    location       geometry(Point, 4326) NOT NULL,
    geo_precision  VARCHAR(10)   NOT NULL CHECK (geo_precision IN ('EXACT', 'NEAR', 'REGION')),
    fatalities     INTEGER CHECK (fatalities >= 0),
    summary        VARCHAR(2000) NOT NULL,
    source_id      BIGINT        NOT NULL REFERENCES source (id)
);
CREATE INDEX event_location_gix ON event USING GIST (location);
CREATE INDEX event_date_idx ON event (event_date);
CREATE INDEX event_actor1_idx ON event (actor1_id);
CREATE INDEX event_actor2_idx ON event (actor2_id);

CREATE TABLE control_change (
    id             BIGSERIAL PRIMARY KEY,
    place_id       BIGINT        NOT NULL REFERENCES place (id),
    change_date    DATE          NOT NULL,
    from_actor_id  BIGINT REFERENCES actor (id),
    to_actor_id    BIGINT        NOT NULL REFERENCES actor (id),
    status         VARCHAR(10)   NOT NULL CHECK (status IN ('CONFIRMED', 'CLAIMED', 'CONTESTED')),
    summary        VARCHAR(2000) NOT NULL,
    source_id      BIGINT        NOT NULL REFERENCES source (id)
);
CREATE INDEX control_change_date_idx ON control_change (change_date);
CREATE INDEX control_change_place_idx ON control_change (place_id, change_date);
