-- When an account was made, and a quick way from an account to its sessions.
ALTER TABLE gebruikers ADD COLUMN aangemaakt TEXT NOT NULL DEFAULT '';
CREATE INDEX sessies_gebruiker ON sessies(gebruiker_id);
CREATE INDEX audit_log_object ON audit_log(object);
