-- Sides (coalitions) group actors: the map can colour by side instead of by actor.
CREATE TABLE side (
    code   VARCHAR(20)  PRIMARY KEY,
    name   VARCHAR(200) NOT NULL,
    colour VARCHAR(7)   NOT NULL
);
ALTER TABLE actor ADD CONSTRAINT actor_side_fk FOREIGN KEY (side) REFERENCES side (code);
