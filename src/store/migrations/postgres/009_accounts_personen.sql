-- GOV-10 (decision 24): what an account may do follows from the rollen of the persoon it is
-- (gebruikers.persoon_id) on the day; only the technical beheerder is an account without a
-- persoon. The fixed account role goes; an account that was neither keeps no rights until a
-- beheerder links it to its persoon.
ALTER TABLE gebruikers ADD COLUMN beheerder INTEGER NOT NULL DEFAULT 0;
UPDATE gebruikers SET beheerder = 1 WHERE rol = 'beheerder';
ALTER TABLE gebruikers DROP COLUMN rol;
