-- Issue 15 (decision 51): a realisatie's id says its import — import × 10^9 plus its number within
-- the import — and the repository gives it (the rowid stays the key). Earlier rows keep their
-- ids, all under 10^9, so below every id a new import gives: the CHECK refuses the migration
-- otherwise.
CREATE TEMP TABLE migratie_026 (hoogste INTEGER CHECK (hoogste < 1000000000));
INSERT INTO migratie_026 SELECT COALESCE(MAX(id), 0) FROM realisaties;
DROP TABLE migratie_026;
-- An import without rows before this has no range yet: an empty one of its own.
UPDATE realisatie_imports
   SET eerste_realisatie_id = id * 1000000000 + 1,
       laatste_realisatie_id = id * 1000000000
 WHERE laatste_realisatie_id IS NULL;
