-- OPD-5: the versions of an accepted opdracht and the wijzigingsverzoeken that make new ones.
-- Version 1 is the opdracht as accepted; every accepted wijzigingsverzoek adds the next number.
-- A version and a voorstel keep what a change may touch: titel, the maatwerk extras and the
-- eleven parts (`inhoud`, the same JSON document as opdrachten.inhoud).
CREATE TABLE opdracht_versies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  opdracht_id INTEGER NOT NULL REFERENCES opdrachten(id) ON DELETE CASCADE,
  nummer INTEGER NOT NULL,
  titel TEXT NOT NULL,
  extra_uren INTEGER NOT NULL DEFAULT 0,
  extra_financiering_cents INTEGER NOT NULL DEFAULT 0,
  inhoud TEXT NOT NULL,
  vastgesteld_door TEXT NOT NULL,
  vastgesteld_op TEXT NOT NULL,
  wijzigingsverzoek_id INTEGER,
  UNIQUE (opdracht_id, nummer)
);

CREATE TABLE opdracht_wijzigingsverzoeken (
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
  status TEXT NOT NULL CHECK (status IN ('ingediend','aanvaard','afgewezen','ingetrokken')),
  afstemming_met TEXT NOT NULL DEFAULT '',
  afstemming_datum TEXT,
  afstemming_uitkomst TEXT NOT NULL DEFAULT '',
  afstemming_door TEXT NOT NULL DEFAULT '',
  beoordeling TEXT NOT NULL DEFAULT '',
  besloten_door TEXT NOT NULL DEFAULT '',
  besloten_op TEXT NOT NULL DEFAULT '',
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX opdracht_wijzigingsverzoeken_opdracht ON opdracht_wijzigingsverzoeken(opdracht_id);

-- OPD-6: what the opdrachtnemer reports on an opdracht, open until the opdrachtgever handles it.
CREATE TABLE opdracht_signalen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  opdracht_id INTEGER NOT NULL REFERENCES opdrachten(id) ON DELETE CASCADE,
  soort TEXT NOT NULL CHECK (soort IN ('stagnatie','onvoorzien')),
  wat TEXT NOT NULL,
  impact TEXT NOT NULL,
  maatregel TEXT NOT NULL,
  gemeld_door TEXT NOT NULL,
  gemeld_op TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open','afgehandeld')),
  afhandeling TEXT NOT NULL DEFAULT '',
  afgehandeld_door TEXT NOT NULL DEFAULT '',
  afgehandeld_op TEXT NOT NULL DEFAULT '',
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX opdracht_signalen_opdracht ON opdracht_signalen(opdracht_id, status);

-- Opdrachten accepted before versions were kept get their version as it stands now.
INSERT INTO opdracht_versies (opdracht_id, nummer, titel, extra_uren, extra_financiering_cents,
                              inhoud, vastgesteld_door, vastgesteld_op)
SELECT o.id, o.inhoudsversie, o.titel, o.extra_uren, o.extra_financiering_cents, o.inhoud,
       COALESCE((SELECT g.door FROM opdracht_overgangen g
                 WHERE g.opdracht_id = o.id AND g.stap = 'aanvaarden' ORDER BY g.id DESC LIMIT 1), ''),
       COALESCE((SELECT g.tijdstip FROM opdracht_overgangen g
                 WHERE g.opdracht_id = o.id AND g.stap = 'aanvaarden' ORDER BY g.id DESC LIMIT 1), '')
FROM opdrachten o
WHERE o.status IN ('aanvaard','in_uitvoering','afgerond','geevalueerd');
