-- Prefix search (autocomplete) on normalised names: LIKE 'abc%' needs pattern ops under a non-C collation.
CREATE INDEX place_name_normalized_prefix_idx ON place_name (normalized text_pattern_ops);
