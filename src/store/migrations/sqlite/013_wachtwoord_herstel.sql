-- GOV-10: the beheerder manages accounts in the web interface. A password is set through a
-- one-time link; only the SHA-256 hash of its code is kept, with the moment it expires.
CREATE TABLE wachtwoord_herstel (
  token_hash TEXT PRIMARY KEY,
  gebruiker_id INTEGER NOT NULL REFERENCES gebruikers(id) ON DELETE CASCADE,
  geldig_tot TEXT NOT NULL
);
CREATE INDEX wachtwoord_herstel_gebruiker ON wachtwoord_herstel(gebruiker_id);
