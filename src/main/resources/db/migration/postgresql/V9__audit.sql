-- Hibernate Envers audit tables (postgresql variant; keep the two in step). One row in revision per audited
-- transaction, with the user who made it; *_aud tables hold each audited row as it was after that revision
-- (revtype 0 = added, 1 = changed, 2 = deleted). Column sets mirror the audited entities (version excluded).
CREATE TABLE revision (
    id        BIGSERIAL PRIMARY KEY,
    rev_timestamp BIGINT       NOT NULL,
    username  VARCHAR(100) NOT NULL
);

CREATE TABLE article_aud (
    id          BIGINT       NOT NULL,
    rev         BIGINT       NOT NULL REFERENCES revision (id),
    revtype     SMALLINT,
    title       VARCHAR(500),
    publisher   VARCHAR(200),
    url         VARCHAR(2000),
    published   DATE,
    body        TEXT,
    text_sha256 VARCHAR(64),
    created_by  VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE,
    source_id   BIGINT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE review_item_aud (
    id                BIGINT       NOT NULL,
    rev               BIGINT       NOT NULL REFERENCES revision (id),
    revtype           SMALLINT,
    article_id        BIGINT,
    kind              VARCHAR(20),
    status            VARCHAR(10),
    place_id          BIGINT,
    item_date         DATE,
    date_precision    VARCHAR(10),
    event_type        VARCHAR(40),
    actor_codes       VARCHAR(200),
    from_actor        VARCHAR(20),
    to_actor          VARCHAR(20),
    control_status    VARCHAR(10),
    sentence          VARCHAR(4000),
    sentence_start    INTEGER,
    sentence_end      INTEGER,
    mention_start     INTEGER,
    mention_end       INTEGER,
    confidence        DOUBLE PRECISION,
    reviewer          VARCHAR(100),
    reviewed_at       TIMESTAMP WITH TIME ZONE,
    event_id          BIGINT,
    control_change_id BIGINT,
    merged            BOOLEAN,
    PRIMARY KEY (id, rev)
);

CREATE TABLE event_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL REFERENCES revision (id),
    revtype        SMALLINT,
    event_date     DATE,
    date_precision VARCHAR(10),
    type           VARCHAR(40),
    actor1_id      BIGINT,
    actor2_id      BIGINT,
    place_id       BIGINT,
    location       geometry(Point, 4326),
    geo_precision  VARCHAR(10),
    fatalities     INTEGER,
    summary        VARCHAR(2000),
    source_id      BIGINT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE control_change_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL REFERENCES revision (id),
    revtype       SMALLINT,
    place_id      BIGINT,
    change_date   DATE,
    from_actor_id BIGINT,
    to_actor_id   BIGINT,
    status        VARCHAR(10),
    summary       VARCHAR(2000),
    source_id     BIGINT,
    baseline      BOOLEAN,
    PRIMARY KEY (id, rev)
);
