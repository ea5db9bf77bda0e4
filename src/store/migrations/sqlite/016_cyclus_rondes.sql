-- B8-4: the Big 8 keeps every round. A step's documents carry the round they were added in,
-- their kind (a typed product or an opdrachtgever's bijdrage) and, for a product, the body that
-- adopted it and when. A step keeps its original planned end; every move of it within a round
-- is kept with its reason; a reopening records the new deadline; the round a step leaves is
-- kept as it was.
ALTER TABLE cyclusstappen ADD COLUMN oorspronkelijk_eind TEXT;
UPDATE cyclusstappen SET oorspronkelijk_eind = gepland_eind;

ALTER TABLE cyclus_documenten ADD COLUMN periode TEXT NOT NULL DEFAULT '';
ALTER TABLE cyclus_documenten ADD COLUMN soort TEXT NOT NULL DEFAULT 'overig'
  CHECK (soort IN ('risicoanalyse','strategie','uitvoeringsprogramma','jaarverslag','evaluatie',
                   'bijdrage','overig'));
ALTER TABLE cyclus_documenten ADD COLUMN vastgesteld_door TEXT
  CHECK (vastgesteld_door IN ('algemeen_bestuur','dagelijks_bestuur','colleges'));
ALTER TABLE cyclus_documenten ADD COLUMN vastgesteld_op TEXT;
UPDATE cyclus_documenten
  SET periode = (SELECT s.periode FROM cyclusstappen s WHERE s.id = cyclus_documenten.stap_id);

ALTER TABLE cyclus_heropeningen ADD COLUMN nieuw_eind TEXT;

CREATE TABLE cyclus_rondes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  stap_id INTEGER NOT NULL REFERENCES cyclusstappen(id) ON DELETE CASCADE,
  periode TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('niet_gestart','bezig','afgerond','heropend')),
  gepland_begin TEXT,
  gepland_eind TEXT,
  oorspronkelijk_eind TEXT,
  werkelijk_begin TEXT,
  werkelijk_eind TEXT,
  eigenaar_persoon_id INTEGER REFERENCES personen(id) ON DELETE SET NULL,
  afgesloten TEXT NOT NULL,
  door TEXT NOT NULL
);
CREATE INDEX cyclus_rondes_stap ON cyclus_rondes(stap_id);

CREATE TABLE cyclus_planwijzigingen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  stap_id INTEGER NOT NULL REFERENCES cyclusstappen(id) ON DELETE CASCADE,
  periode TEXT NOT NULL,
  van TEXT,
  naar TEXT,
  reden TEXT NOT NULL,
  door TEXT NOT NULL,
  tijdstip TEXT NOT NULL
);
CREATE INDEX cyclus_planwijzigingen_stap ON cyclus_planwijzigingen(stap_id);
