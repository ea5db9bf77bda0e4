-- GOV-6 collectief opdrachtgeverschap: one opdrachtgever represents another deelnemer, with the
-- mandaat the represented deelnemer gave (each part may still be missing: that is a finding).
CREATE TABLE vertegenwoordigingen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  opdrachtgever_id INTEGER NOT NULL REFERENCES organisaties(id),
  vertegenwoordigde_id INTEGER NOT NULL REFERENCES organisaties(id),
  mandaat_verleend_door INTEGER REFERENCES personen(id),
  mandaat_verleend_op TEXT,
  mandaat_scope TEXT NOT NULL DEFAULT '',
  mandaat_van TEXT,
  mandaat_tot TEXT,
  versie INTEGER NOT NULL DEFAULT 1,
  CHECK (opdrachtgever_id <> vertegenwoordigde_id)
);
CREATE INDEX vertegenwoordigingen_regio ON vertegenwoordigingen(regio_id);

-- GOV-8: the projectgroep beleidscyclus of a regio, led by the regisseur, with one or more
-- leden per deelnemer.
CREATE TABLE projectgroepen (
  regio_id INTEGER PRIMARY KEY REFERENCES regios(id),
  regisseur_persoon_id INTEGER REFERENCES personen(id),
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE projectgroep_leden (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES projectgroepen(regio_id),
  persoon_id INTEGER NOT NULL REFERENCES personen(id),
  organisatie_id INTEGER NOT NULL REFERENCES organisaties(id),
  UNIQUE (regio_id, persoon_id, organisatie_id)
);
