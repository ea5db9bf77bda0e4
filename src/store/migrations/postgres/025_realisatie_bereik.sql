-- Issue 15 (decision 50): an import keeps the range of its rows' ids, so that its rows are found
-- by that range and need no index of their own (which cost a seventh of an import's time).
-- Rows are only ever added, with ids above every earlier row.
ALTER TABLE realisatie_imports ADD COLUMN eerste_realisatie_id BIGINT;
ALTER TABLE realisatie_imports ADD COLUMN laatste_realisatie_id BIGINT;
UPDATE realisatie_imports
   SET eerste_realisatie_id = (SELECT MIN(r.id) FROM realisaties r
                                WHERE r.import_id = realisatie_imports.id),
       laatste_realisatie_id = (SELECT MAX(r.id) FROM realisaties r
                                 WHERE r.import_id = realisatie_imports.id);
DROP INDEX realisaties_import;
-- PostgreSQL checks a foreign key with a trigger per row; on COPY of an import that was three
-- quarters of the time. The repository checks the import of each block of rows instead
-- (voeg_toe); SQLite keeps its constraint, which costs it little.
ALTER TABLE realisaties DROP CONSTRAINT realisaties_import_id_fkey;
