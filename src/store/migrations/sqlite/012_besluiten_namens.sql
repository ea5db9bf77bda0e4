-- OPD-2, GOV-6: a decision on a collectieve opdracht records on whose behalf it was taken: the
-- representing opdrachtgever and the deelnemers it represents on that day.
-- GOV-12: a wijzigingsverzoek beyond the ambtelijk opdrachtgever's mandate is laid before the
-- bestuurlijk opdrachtgever (status 'voorgelegd', with who, when and why). SQLite cannot change
-- a CHECK constraint, so the table is rebuilt with its rows.
CREATE TABLE opdracht_wijzigingsverzoeken_nieuw (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  opdracht_id INTEGER NOT NULL REFERENCES opdrachten(id) ON DELETE CASCADE,
  aspecten TEXT NOT NULL,
  omschrijving TEXT NOT NULL,
  basisversie INTEGER NOT NULL,
  titel TEXT NOT NULL,
  extra_uren INTEGER NOT NULL DEFAULT 0,
  extra_financiering_cents INTEGER NOT NULL DEFAULT 0,
  inhoud TEXT NOT NULL,
  ingediend_door TEXT NOT NULL,
  ingediend_kant TEXT NOT NULL CHECK (ingediend_kant IN ('opdrachtgever','opdrachtnemer')),
  ingediend_op TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('ingediend','voorgelegd','aanvaard','afgewezen','ingetrokken')),
  afstemming_met TEXT NOT NULL DEFAULT '',
  afstemming_datum TEXT,
  afstemming_uitkomst TEXT NOT NULL DEFAULT '',
  afstemming_door TEXT NOT NULL DEFAULT '',
  beoordeling TEXT NOT NULL DEFAULT '',
  besloten_door TEXT NOT NULL DEFAULT '',
  besloten_op TEXT NOT NULL DEFAULT '',
  versie INTEGER NOT NULL DEFAULT 1,
  besloten_namens TEXT NOT NULL DEFAULT '',
  voorlegging TEXT NOT NULL DEFAULT '',
  voorgelegd_door TEXT NOT NULL DEFAULT '',
  voorgelegd_op TEXT NOT NULL DEFAULT ''
);
INSERT INTO opdracht_wijzigingsverzoeken_nieuw (
  id, opdracht_id, aspecten, omschrijving, basisversie, titel, extra_uren,
  extra_financiering_cents, inhoud, ingediend_door, ingediend_kant, ingediend_op, status,
  afstemming_met, afstemming_datum, afstemming_uitkomst, afstemming_door, beoordeling,
  besloten_door, besloten_op, versie)
SELECT id, opdracht_id, aspecten, omschrijving, basisversie, titel, extra_uren,
  extra_financiering_cents, inhoud, ingediend_door, ingediend_kant, ingediend_op, status,
  afstemming_met, afstemming_datum, afstemming_uitkomst, afstemming_door, beoordeling,
  besloten_door, besloten_op, versie
FROM opdracht_wijzigingsverzoeken;
DROP TABLE opdracht_wijzigingsverzoeken;
ALTER TABLE opdracht_wijzigingsverzoeken_nieuw RENAME TO opdracht_wijzigingsverzoeken;
CREATE INDEX opdracht_wijzigingsverzoeken_opdracht ON opdracht_wijzigingsverzoeken(opdracht_id);

ALTER TABLE opdracht_signalen ADD COLUMN afgehandeld_namens TEXT NOT NULL DEFAULT '';
ALTER TABLE opdracht_overgangen ADD COLUMN namens TEXT NOT NULL DEFAULT '';
