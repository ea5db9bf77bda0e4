-- OPD-3: every edit of an opdracht before it is accepted leaves a trace: who, when, in which
-- status, after how many lifecycle steps (its place in the timeline, also when the clock gives
-- two records the same moment), and the codes of the parts that changed (comma-separated, in
-- form order).
CREATE TABLE opdracht_bewerkingen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  opdracht_id INTEGER NOT NULL REFERENCES opdrachten(id) ON DELETE CASCADE,
  door TEXT NOT NULL,
  tijdstip TEXT NOT NULL,
  status TEXT NOT NULL,
  na_stappen INTEGER NOT NULL,
  onderdelen TEXT NOT NULL
);
CREATE INDEX opdracht_bewerkingen_opdracht ON opdracht_bewerkingen(opdracht_id);
