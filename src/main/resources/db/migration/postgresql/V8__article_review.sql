-- Articles imported by editors and the review queue of what the extractor found in them (postgresql variant; keep the
-- two in step). Nothing here is on the public map until an editor accepts it.
CREATE TABLE article (
    id          BIGSERIAL PRIMARY KEY,
    title       VARCHAR(500)  NOT NULL,
    publisher   VARCHAR(200)  NOT NULL,
    url         VARCHAR(2000),
    published   DATE          NOT NULL,
    body        TEXT          NOT NULL,
    -- SHA-256 of the body (hex): the same text is imported once
    text_sha256 VARCHAR(64)   NOT NULL UNIQUE,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the source made from this article when its first item is accepted
    source_id   BIGINT REFERENCES source (id)
);

CREATE TABLE review_item (
    id                BIGSERIAL PRIMARY KEY,
    article_id        BIGINT        NOT NULL REFERENCES article (id),
    kind              VARCHAR(20)   NOT NULL CHECK (kind IN ('CONTROL_CHANGE', 'EVENT')),
    status            VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    place_id          BIGINT REFERENCES place (id),
    item_date         DATE,
    date_precision    VARCHAR(10) CHECK (date_precision IN ('DAY', 'WEEK', 'MONTH')),
    event_type        VARCHAR(40),
    -- event actors, comma-separated codes, the acting one first
    actor_codes       VARCHAR(200),
    from_actor        VARCHAR(20),
    to_actor          VARCHAR(20),
    control_status    VARCHAR(10) CHECK (control_status IN ('CONFIRMED', 'CLAIMED', 'CONTESTED')),
    sentence          VARCHAR(4000) NOT NULL,
    sentence_start    INTEGER       NOT NULL,
    sentence_end      INTEGER       NOT NULL,
    mention_start     INTEGER       NOT NULL,
    mention_end       INTEGER       NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    reviewer          VARCHAR(100),
    reviewed_at       TIMESTAMP WITH TIME ZONE,
    event_id          BIGINT REFERENCES event (id),
    control_change_id BIGINT REFERENCES control_change (id),
    -- true when accepting added this article as a further source of an existing item
    merged            BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX review_item_status_idx ON review_item (status, article_id);
CREATE INDEX review_item_article_idx ON review_item (article_id);

-- Every source of an event or control change, with the sentence that reported it (several when articles merged).
-- The item's source_id stays its first source.
CREATE TABLE event_source (
    event_id       BIGINT        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    source_id      BIGINT        NOT NULL REFERENCES source (id),
    sentence       VARCHAR(4000),
    sentence_start INTEGER,
    sentence_end   INTEGER
);
CREATE INDEX event_source_event_idx ON event_source (event_id);

CREATE TABLE control_change_source (
    control_change_id BIGINT        NOT NULL REFERENCES control_change (id) ON DELETE CASCADE,
    source_id         BIGINT        NOT NULL REFERENCES source (id),
    sentence          VARCHAR(4000),
    sentence_start    INTEGER,
    sentence_end      INTEGER
);
CREATE INDEX control_change_source_change_idx ON control_change_source (control_change_id);

-- Optimistic locking: two editors merging into one item must not overwrite each other.
ALTER TABLE event ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE control_change ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
