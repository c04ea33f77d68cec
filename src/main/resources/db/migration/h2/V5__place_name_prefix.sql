-- Prefix search (autocomplete) on normalised names: H2 uses place_name_normalized_idx for LIKE 'abc%' already;
-- this version only keeps the migration history in step with PostGIS.
SELECT 1;
