-- UP-1, UP-2, UP-4: the uitvoeringsprogramma of a regio per year and version (decision 37), its
-- doelen with indicatoren (values in hundredths) and its regels (uren in hundredths, amounts in
-- cents; deelnemer_id NULL for a regionaal line of the whole regio).
CREATE TABLE uitvoeringsprogrammas (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  jaar INTEGER NOT NULL,
  tot_jaar INTEGER NOT NULL,
  versienummer INTEGER NOT NULL,
  titel TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('concept','vastgesteld','vervangen')),
  vastgesteld_door TEXT
    CHECK (vastgesteld_door IN ('algemeen_bestuur','dagelijks_bestuur','colleges')),
  vastgesteld_op TEXT,
  reden_bijstelling TEXT NOT NULL,
  versie BIGINT NOT NULL,
  UNIQUE (regio_id, jaar, versienummer)
);
CREATE TABLE programma_doelen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  programma_id INTEGER NOT NULL REFERENCES uitvoeringsprogrammas(id) ON DELETE CASCADE,
  nummer INTEGER NOT NULL,
  titel TEXT NOT NULL,
  beoogd_effect TEXT NOT NULL,
  UNIQUE (programma_id, nummer)
);
CREATE TABLE programma_indicatoren (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  doel_id INTEGER NOT NULL REFERENCES programma_doelen(id) ON DELETE CASCADE,
  naam TEXT NOT NULL,
  eenheid TEXT NOT NULL,
  nulwaarde BIGINT NOT NULL,
  streefwaarde BIGINT NOT NULL,
  meetmethode TEXT NOT NULL
);
CREATE TABLE programmaregels (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  programma_id INTEGER NOT NULL REFERENCES uitvoeringsprogrammas(id) ON DELETE CASCADE,
  productcode TEXT NOT NULL,
  deelnemer_id INTEGER REFERENCES organisaties(id),
  aantal BIGINT NOT NULL,
  uren BIGINT NOT NULL,
  bedrag_cents BIGINT,
  reden TEXT NOT NULL,
  doel INTEGER NOT NULL
);
CREATE INDEX programmaregels_programma ON programmaregels (programma_id);
