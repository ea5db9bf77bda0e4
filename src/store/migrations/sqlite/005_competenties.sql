-- COMP-1: yearly competence self-assessments per persoon and profiel, with one score per
-- competence; and the link from an account to the persoon it is (for "my own" assessments).
ALTER TABLE gebruikers ADD COLUMN persoon_id INTEGER REFERENCES personen(id) ON DELETE SET NULL;

CREATE TABLE zelfbeoordelingen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  persoon_id INTEGER NOT NULL REFERENCES personen(id) ON DELETE CASCADE,
  jaar INTEGER NOT NULL CHECK (jaar BETWEEN 2000 AND 2200),
  profiel TEXT NOT NULL CHECK (profiel IN ('opdrachtgever','accountmanager')),
  versie INTEGER NOT NULL DEFAULT 1,
  UNIQUE (persoon_id, jaar, profiel)
);
CREATE INDEX zelfbeoordelingen_jaar ON zelfbeoordelingen(jaar);

CREATE TABLE competentie_scores (
  zelfbeoordeling_id INTEGER NOT NULL REFERENCES zelfbeoordelingen(id) ON DELETE CASCADE,
  competentie TEXT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
  toelichting TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (zelfbeoordeling_id, competentie)
);
