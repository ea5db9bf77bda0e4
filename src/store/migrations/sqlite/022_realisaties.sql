-- MON-1, MON-6, MON-7 (decision 47): bronsystemen with their column mapping, imports of
-- realisaties with provenance, the rows themselves (uren in hundredths, amounts in cents), each
-- import's own cells, the two levels of kept totals, and the closed months of a regio.
CREATE TABLE bronsystemen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  naam TEXT NOT NULL,
  kolom_datum TEXT NOT NULL,
  kolom_deelnemer TEXT NOT NULL,
  kolom_zaaktype TEXT NOT NULL,
  kolom_uren TEXT NOT NULL,
  kolom_aantal TEXT NOT NULL,
  kolom_bedrag TEXT NOT NULL,
  kolom_team TEXT NOT NULL,
  kolom_medewerker TEXT NOT NULL,
  kolom_zaaknummer TEXT NOT NULL,
  versie BIGINT NOT NULL,
  UNIQUE (regio_id, naam)
);
CREATE TABLE bron_deelnemernamen (
  bron_id INTEGER NOT NULL REFERENCES bronsystemen(id) ON DELETE CASCADE,
  volgorde INTEGER NOT NULL,
  waarde TEXT NOT NULL,
  organisatie_id INTEGER NOT NULL REFERENCES organisaties(id),
  PRIMARY KEY (bron_id, volgorde)
);
CREATE TABLE bron_zaaktypen (
  bron_id INTEGER NOT NULL REFERENCES bronsystemen(id) ON DELETE CASCADE,
  volgorde INTEGER NOT NULL,
  zaaktype TEXT NOT NULL,
  productcode TEXT NOT NULL,
  PRIMARY KEY (bron_id, volgorde)
);
CREATE TABLE realisatie_imports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  bron_id INTEGER REFERENCES bronsystemen(id),
  soort TEXT NOT NULL CHECK (soort IN ('bestand','api','correctie')),
  bestandsnaam TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  van_maand INTEGER NOT NULL,
  tot_maand INTEGER NOT NULL,
  uren BIGINT NOT NULL,
  aantal BIGINT NOT NULL,
  bedrag_cents BIGINT NOT NULL,
  regels BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('actief','vervangen')),
  vervangen_door INTEGER REFERENCES realisatie_imports(id),
  door TEXT NOT NULL,
  op TEXT NOT NULL,
  reden TEXT NOT NULL
);
CREATE INDEX realisatie_imports_bron ON realisatie_imports (bron_id, status);
CREATE INDEX realisatie_imports_regio ON realisatie_imports (regio_id, id);
CREATE TABLE realisaties (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES realisatie_imports(id),
  deelnemer_id INTEGER NOT NULL,
  productcode TEXT NOT NULL,
  datum TEXT NOT NULL,
  uren BIGINT NOT NULL,
  aantal BIGINT NOT NULL,
  bedrag_cents BIGINT NOT NULL,
  team TEXT NOT NULL,
  medewerker TEXT NOT NULL,
  zaaknummer TEXT NOT NULL,
  regel BIGINT NOT NULL
);
CREATE INDEX realisaties_import ON realisaties (import_id, id);
CREATE TABLE realisatie_import_cellen (
  import_id INTEGER NOT NULL REFERENCES realisatie_imports(id),
  deelnemer_id INTEGER NOT NULL,
  productcode TEXT NOT NULL,
  maand INTEGER NOT NULL,
  taakveld TEXT NOT NULL,
  soort TEXT NOT NULL,
  uren BIGINT NOT NULL,
  aantal BIGINT NOT NULL,
  bedrag_cents BIGINT NOT NULL,
  regels BIGINT NOT NULL,
  PRIMARY KEY (import_id, deelnemer_id, productcode, maand)
);
CREATE TABLE realisatie_per_deelnemer (
  regio_id INTEGER NOT NULL,
  deelnemer_id INTEGER NOT NULL,
  productcode TEXT NOT NULL,
  maand INTEGER NOT NULL,
  taakveld TEXT NOT NULL,
  soort TEXT NOT NULL,
  uren BIGINT NOT NULL,
  aantal BIGINT NOT NULL,
  bedrag_cents BIGINT NOT NULL,
  regels BIGINT NOT NULL,
  PRIMARY KEY (regio_id, deelnemer_id, maand, productcode)
);
CREATE TABLE realisatie_per_taakveld (
  regio_id INTEGER NOT NULL,
  taakveld TEXT NOT NULL,
  soort TEXT NOT NULL,
  maand INTEGER NOT NULL,
  uren BIGINT NOT NULL,
  aantal BIGINT NOT NULL,
  bedrag_cents BIGINT NOT NULL,
  regels BIGINT NOT NULL,
  PRIMARY KEY (regio_id, maand, taakveld, soort)
);
CREATE TABLE periode_afsluitingen (
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  maand INTEGER NOT NULL,
  door TEXT NOT NULL,
  op TEXT NOT NULL,
  PRIMARY KEY (regio_id, maand)
);
