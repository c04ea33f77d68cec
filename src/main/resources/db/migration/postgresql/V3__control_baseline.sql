-- A baseline record says who held a place when records begin; it is not a change and is not drawn as one.
ALTER TABLE control_change ADD COLUMN baseline BOOLEAN DEFAULT FALSE NOT NULL;
