-- Decision 7: login attempts are throttled per account name and client address, so that
-- failures from one address never lock the account out elsewhere. Older attempts have no
-- address; they count for nobody.
ALTER TABLE login_pogingen ADD COLUMN adres TEXT NOT NULL DEFAULT '';
DROP INDEX login_pogingen_naam;
CREATE INDEX login_pogingen_naam_adres ON login_pogingen(naam, adres, tijdstip);
