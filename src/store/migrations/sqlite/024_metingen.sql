-- MON-4, MON-5 (decision 49): measurements of the programme's indicators (by year, doel nummer
-- and indicator naam, so that a bijstelling keeps them) and process measures per month for the
-- regio (deelnemer_id 0) or one deelnemer; values in hundredths.
CREATE TABLE indicatormetingen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  jaar INTEGER NOT NULL,
  doel_nummer INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  peildatum TEXT NOT NULL,
  waarde BIGINT NOT NULL,
  toelichting TEXT NOT NULL,
  door TEXT NOT NULL,
  op TEXT NOT NULL,
  UNIQUE (regio_id, jaar, doel_nummer, indicator, peildatum)
);
CREATE TABLE procesmetingen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  deelnemer_id INTEGER NOT NULL,
  maat TEXT NOT NULL CHECK (maat IN ('tijdig_besloten','achterstand','doorlooptijd')),
  maand INTEGER NOT NULL,
  waarde BIGINT NOT NULL CHECK (waarde >= 0),
  toelichting TEXT NOT NULL,
  door TEXT NOT NULL,
  op TEXT NOT NULL,
  UNIQUE (regio_id, deelnemer_id, maat, maand)
);
