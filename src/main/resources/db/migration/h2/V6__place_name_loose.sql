-- A looser matching key (see NameNormalizer.loose), tried when no normalised name matches. Filled by the app.
ALTER TABLE place_name ADD COLUMN loose VARCHAR(400);
CREATE INDEX place_name_loose_idx ON place_name (loose);
