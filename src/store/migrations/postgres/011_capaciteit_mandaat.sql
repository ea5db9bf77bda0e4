-- GOV-6, GOV-11: per regio, the extra hours an ambtelijk opdrachtgever needs per deelnemer it
-- represents, and the accountmanager's hours per deelnemer served and in total.
-- GOV-12: the decision mandate of an ambtelijk opdrachtgever or accountmanager inside its own
-- organisation: up to which amount (cents; NULL = not recorded) and whether a change of scope.
ALTER TABLE regios ADD COLUMN uren_per_vertegenwoordigde INTEGER NOT NULL DEFAULT 100
  CHECK (uren_per_vertegenwoordigde >= 0);
ALTER TABLE regios ADD COLUMN minimum_uren_am_per_deelnemer INTEGER NOT NULL DEFAULT 150
  CHECK (minimum_uren_am_per_deelnemer >= 0);
ALTER TABLE regios ADD COLUMN minimum_uren_am INTEGER NOT NULL DEFAULT 700
  CHECK (minimum_uren_am >= 0);
ALTER TABLE regios ADD COLUMN maximum_uren_am INTEGER NOT NULL DEFAULT 1400
  CHECK (maximum_uren_am >= 0);
ALTER TABLE rollen ADD COLUMN mandaat_cents BIGINT CHECK (mandaat_cents >= 0);
ALTER TABLE rollen ADD COLUMN mandaat_scope INTEGER NOT NULL DEFAULT 0
  CHECK (mandaat_scope IN (0, 1));
-- OPD-2, GOV-6: a representation covers everything (volledig, as before) or only the
-- collectieve opdracht.
ALTER TABLE vertegenwoordigingen ADD COLUMN omvang TEXT NOT NULL DEFAULT 'volledig'
  CHECK (omvang IN ('volledig', 'collectief'));
-- GOV-8: who appointed the regisseur beleidscyclus, and when.
ALTER TABLE projectgroepen ADD COLUMN regisseur_benoemd_door BIGINT REFERENCES personen(id);
ALTER TABLE projectgroepen ADD COLUMN regisseur_benoemd_op DATE;
