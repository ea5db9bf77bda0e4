-- OPD-1..OPD-3: opdrachten. The fixed fields are columns (for lists and filters); the eleven
-- parts are one JSON document (`inhoud`), written and read only by the store. Every step of the
-- lifecycle is a row of opdracht_overgangen: who, when, from, to and why.
CREATE TABLE opdrachten (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  opdrachtgever_id INTEGER NOT NULL REFERENCES organisaties(id),
  titel TEXT NOT NULL,
  jaar INTEGER NOT NULL,
  soort TEXT NOT NULL CHECK (soort IN ('collectief','maatwerk')),
  deelnemer_id INTEGER REFERENCES organisaties(id),
  extra_uren INTEGER NOT NULL DEFAULT 0,
  extra_financiering_cents INTEGER NOT NULL DEFAULT 0,
  inhoud TEXT NOT NULL,
  status TEXT NOT NULL,
  inhoudsversie INTEGER NOT NULL DEFAULT 1,
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX opdrachten_regio ON opdrachten(regio_id, jaar);

CREATE TABLE opdracht_overgangen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  opdracht_id INTEGER NOT NULL REFERENCES opdrachten(id) ON DELETE CASCADE,
  stap TEXT NOT NULL,
  van TEXT NOT NULL,
  naar TEXT NOT NULL,
  door TEXT NOT NULL,
  tijdstip TEXT NOT NULL,
  reden TEXT NOT NULL DEFAULT ''
);
CREATE INDEX opdracht_overgangen_opdracht ON opdracht_overgangen(opdracht_id);
