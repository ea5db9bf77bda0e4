-- UP-3: the producten- en dienstencatalogus of a regio per year (decision 35). normuren in
-- hundredths of an hour, amounts in cents; a code once per regio and year.
CREATE TABLE producten (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  jaar INTEGER NOT NULL,
  code TEXT NOT NULL,
  naam TEXT NOT NULL,
  taakveld TEXT NOT NULL,
  taak TEXT NOT NULL,
  afrekenwijze TEXT NOT NULL,
  normuren BIGINT NOT NULL,
  uurtarief_cents BIGINT NOT NULL,
  verdeelsleutel TEXT NOT NULL,
  versie BIGINT NOT NULL,
  UNIQUE (regio_id, jaar, code)
);
-- The verdeelsleutels of a year, each with the weight of every deelnemer (inwonertal: the
-- inhabitants the register recorded when the key was made).
CREATE TABLE verdeelsleutels (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  jaar INTEGER NOT NULL,
  code TEXT NOT NULL,
  naam TEXT NOT NULL,
  UNIQUE (regio_id, jaar, code)
);
CREATE TABLE verdeelsleutel_aandelen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  verdeelsleutel_id INTEGER NOT NULL REFERENCES verdeelsleutels(id) ON DELETE CASCADE,
  organisatie_id INTEGER NOT NULL REFERENCES organisaties(id),
  gewicht BIGINT NOT NULL,
  UNIQUE (verdeelsleutel_id, organisatie_id)
);
