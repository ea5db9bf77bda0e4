-- OPD-2, GOV-6: a decision on a collectieve opdracht records on whose behalf it was taken: the
-- representing opdrachtgever and the deelnemers it represents on that day.
-- GOV-12: a wijzigingsverzoek beyond the ambtelijk opdrachtgever's mandate is laid before the
-- bestuurlijk opdrachtgever (status 'voorgelegd', with who, when and why).
ALTER TABLE opdracht_wijzigingsverzoeken DROP CONSTRAINT opdracht_wijzigingsverzoeken_status_check;
ALTER TABLE opdracht_wijzigingsverzoeken ADD CONSTRAINT opdracht_wijzigingsverzoeken_status_check
  CHECK (status IN ('ingediend','voorgelegd','aanvaard','afgewezen','ingetrokken'));
ALTER TABLE opdracht_wijzigingsverzoeken ADD COLUMN besloten_namens TEXT NOT NULL DEFAULT '';
ALTER TABLE opdracht_wijzigingsverzoeken ADD COLUMN voorlegging TEXT NOT NULL DEFAULT '';
ALTER TABLE opdracht_wijzigingsverzoeken ADD COLUMN voorgelegd_door TEXT NOT NULL DEFAULT '';
ALTER TABLE opdracht_wijzigingsverzoeken ADD COLUMN voorgelegd_op TEXT NOT NULL DEFAULT '';

ALTER TABLE opdracht_signalen ADD COLUMN afgehandeld_namens TEXT NOT NULL DEFAULT '';
ALTER TABLE opdracht_overgangen ADD COLUMN namens TEXT NOT NULL DEFAULT '';
