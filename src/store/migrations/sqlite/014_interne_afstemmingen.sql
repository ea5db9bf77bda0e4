-- OPD-8: before accepting an opdracht the omgevingsdienst records its interne afstemming: the
-- teams consulted, the capacity check, the effects on the execution and the outcome.
CREATE TABLE interne_afstemmingen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  opdracht_id INTEGER NOT NULL REFERENCES opdrachten(id) ON DELETE CASCADE,
  teams TEXT NOT NULL,
  capaciteit TEXT NOT NULL,
  effecten TEXT NOT NULL,
  uitkomst TEXT NOT NULL CHECK (uitkomst IN ('uitvoerbaar','onder_voorwaarden','niet_uitvoerbaar')),
  toelichting TEXT NOT NULL DEFAULT '',
  door TEXT NOT NULL,
  op TEXT NOT NULL
);
CREATE INDEX interne_afstemmingen_opdracht ON interne_afstemmingen(opdracht_id, op);
