-- Issue 15 (decision 51): a realisatie's id says its import — import × 10^9 plus its number within
-- the import — and the repository gives it. PostgreSQL then needs neither the identity's sequence
-- nor the primary key's B-tree per row (together more than half of the server's time of an
-- import); a BRIN index on id finds an import's rows by their range. Earlier rows keep their ids,
-- all under 10^9, so below every id a new import gives.
DO $$
BEGIN
  IF (SELECT COALESCE(MAX(id), 0) FROM realisaties) >= 1000000000 THEN
    RAISE EXCEPTION 'realisaties: een id van 10^9 of meer; migratie 026 verwacht er geen';
  END IF;
END
$$;
ALTER TABLE realisaties DROP CONSTRAINT realisaties_pkey;
ALTER TABLE realisaties ALTER COLUMN id DROP IDENTITY;
-- autosummarize: a range of pages an import filled is summarized by autovacuum soon after (within a
-- minute or so); until then a page of the API reads every range not yet summarized.
CREATE INDEX realisaties_id ON realisaties USING brin (id) WITH (autosummarize = on);
-- An import without rows before this has no range yet: an empty one of its own.
UPDATE realisatie_imports
   SET eerste_realisatie_id = id * 1000000000 + 1,
       laatste_realisatie_id = id * 1000000000
 WHERE laatste_realisatie_id IS NULL;
