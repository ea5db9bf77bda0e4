-- GOV-3: the hours of a rol through time. Changing a rol's hours from a date on starts a new
-- period and leaves the past as it was. Every rol gets one period from its start with the hours
-- it has now; rollen.uren_per_jaar keeps the latest period's hours.
CREATE TABLE rol_uren (
  rol_id BIGINT NOT NULL REFERENCES rollen(id) ON DELETE CASCADE,
  van DATE NOT NULL,
  uren_per_jaar INTEGER NOT NULL CHECK (uren_per_jaar >= 0),
  PRIMARY KEY (rol_id, van)
);
INSERT INTO rol_uren (rol_id, van, uren_per_jaar) SELECT id, van, uren_per_jaar FROM rollen;
