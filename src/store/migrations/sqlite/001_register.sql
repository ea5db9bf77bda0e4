-- GOV-1..GOV-3: the governance register, accounts, sessions and the audit chain.
CREATE TABLE regios (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  naam TEXT NOT NULL,
  gemeenschappelijke_regeling TEXT NOT NULL DEFAULT '',
  minimum_uren_ao INTEGER NOT NULL DEFAULT 450 CHECK (minimum_uren_ao >= 0),
  versie INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE organisaties (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  naam TEXT NOT NULL,
  soort TEXT NOT NULL CHECK (soort IN ('gemeente','provincie','omgevingsdienst','overig')),
  inwonertal INTEGER CHECK (inwonertal IS NULL OR inwonertal >= 0),
  versie INTEGER NOT NULL DEFAULT 1,
  UNIQUE (regio_id, naam)
);

CREATE TABLE deelnemerschappen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  organisatie_id INTEGER NOT NULL REFERENCES organisaties(id) ON DELETE CASCADE,
  relatie TEXT NOT NULL CHECK (relatie IN ('deelnemer','niet_deelnemer')),
  van TEXT NOT NULL,
  tot TEXT,
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deelnemerschappen_organisatie ON deelnemerschappen(organisatie_id);

CREATE TABLE personen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  organisatie_id INTEGER NOT NULL REFERENCES organisaties(id),
  naam TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  functie TEXT NOT NULL DEFAULT '',
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX personen_organisatie ON personen(organisatie_id);

CREATE TABLE rollen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  persoon_id INTEGER NOT NULL REFERENCES personen(id),
  organisatie_id INTEGER NOT NULL REFERENCES organisaties(id),
  soort TEXT NOT NULL,
  van TEXT NOT NULL,
  tot TEXT,
  uren_per_jaar INTEGER NOT NULL DEFAULT 0 CHECK (uren_per_jaar >= 0),
  versie INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX rollen_persoon ON rollen(persoon_id);
CREATE INDEX rollen_organisatie ON rollen(organisatie_id);

CREATE TABLE gebruikers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  naam TEXT NOT NULL UNIQUE,
  wachtwoord_hash TEXT NOT NULL,
  rol TEXT NOT NULL,
  organisatie_id INTEGER NOT NULL REFERENCES organisaties(id),
  actief INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sessies (
  token_hash TEXT PRIMARY KEY,
  gebruiker_id INTEGER NOT NULL REFERENCES gebruikers(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  verloopt TEXT NOT NULL
);

CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY,
  gebruiker_id INTEGER NOT NULL REFERENCES gebruikers(id) ON DELETE CASCADE,
  aangemaakt TEXT NOT NULL
);

CREATE TABLE login_pogingen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  naam TEXT NOT NULL,
  gelukt INTEGER NOT NULL,
  tijdstip TEXT NOT NULL
);
CREATE INDEX login_pogingen_naam ON login_pogingen(naam, tijdstip);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tijdstip TEXT NOT NULL,
  actor TEXT NOT NULL,
  actie TEXT NOT NULL,
  object TEXT NOT NULL,
  resultaat TEXT NOT NULL,
  herkomst TEXT NOT NULL,
  vorige_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
