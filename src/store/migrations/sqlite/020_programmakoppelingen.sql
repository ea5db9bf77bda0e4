-- OPD-4, OPD-7: the programmaregels an opdracht carries out, by product and deelnemer (NULL: the
-- whole regio) in the uitvoeringsprogramma of its regio and year; replaced as a set.
CREATE TABLE programmakoppelingen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  opdracht_id INTEGER NOT NULL REFERENCES opdrachten(id) ON DELETE CASCADE,
  productcode TEXT NOT NULL,
  deelnemer_id INTEGER REFERENCES organisaties(id),
  door TEXT NOT NULL,
  op TEXT NOT NULL,
  UNIQUE (opdracht_id, productcode, deelnemer_id)
);
CREATE INDEX programmakoppelingen_opdracht ON programmakoppelingen(opdracht_id);
