-- B8-1..B8-3: the Big 8 cycle per regio: its steps with documents and decisions, the
-- reopenings of policy steps, and the evaluation conclusions that feed the next round.
CREATE TABLE cyclusstappen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  volgorde INTEGER NOT NULL CHECK (volgorde BETWEEN 1 AND 8),
  naam TEXT NOT NULL,
  periode TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('niet_gestart','bezig','afgerond','heropend')),
  gepland_begin TEXT,
  gepland_eind TEXT,
  werkelijk_begin TEXT,
  werkelijk_eind TEXT,
  eigenaar_persoon_id INTEGER REFERENCES personen(id) ON DELETE SET NULL,
  versie INTEGER NOT NULL DEFAULT 1,
  UNIQUE (regio_id, code)
);

CREATE TABLE cyclus_documenten (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  stap_id INTEGER NOT NULL REFERENCES cyclusstappen(id) ON DELETE CASCADE,
  titel TEXT NOT NULL,
  link TEXT NOT NULL,
  door TEXT NOT NULL,
  toegevoegd TEXT NOT NULL
);
CREATE INDEX cyclus_documenten_stap ON cyclus_documenten(stap_id);

CREATE TABLE cyclus_besluiten (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  stap_id INTEGER NOT NULL REFERENCES cyclusstappen(id) ON DELETE CASCADE,
  tekst TEXT NOT NULL,
  datum TEXT NOT NULL,
  door TEXT NOT NULL
);
CREATE INDEX cyclus_besluiten_stap ON cyclus_besluiten(stap_id);

CREATE TABLE cyclus_heropeningen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  stap_id INTEGER NOT NULL REFERENCES cyclusstappen(id) ON DELETE CASCADE,
  door TEXT NOT NULL,
  tijdstip TEXT NOT NULL,
  reden TEXT NOT NULL,
  vorige_status TEXT NOT NULL,
  periode TEXT NOT NULL
);
CREATE INDEX cyclus_heropeningen_stap ON cyclus_heropeningen(stap_id);

CREATE TABLE evaluatieconclusies (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id) ON DELETE CASCADE,
  stap_id INTEGER NOT NULL REFERENCES cyclusstappen(id) ON DELETE CASCADE,
  periode TEXT NOT NULL,
  tekst TEXT NOT NULL,
  datum TEXT NOT NULL,
  raakt_stap_id INTEGER NOT NULL REFERENCES cyclusstappen(id) ON DELETE CASCADE,
  raakt_periode TEXT NOT NULL,
  door TEXT NOT NULL
);
CREATE INDEX evaluatieconclusies_regio ON evaluatieconclusies(regio_id);
