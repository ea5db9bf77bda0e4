-- OPD-7: the policy products of the Big 8 an opdracht serves (the risicoanalyse, the strategy of
-- the round, the programme), with the doelen and beleidskeuzes from it in words; once per
-- opdracht and product.
CREATE TABLE opdracht_beleidsdoelen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  opdracht_id INTEGER NOT NULL REFERENCES opdrachten(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES cyclus_documenten(id) ON DELETE CASCADE,
  beleidskeuzes TEXT NOT NULL,
  door TEXT NOT NULL,
  op TEXT NOT NULL,
  UNIQUE (opdracht_id, document_id)
);
CREATE INDEX opdracht_beleidsdoelen_document ON opdracht_beleidsdoelen(document_id);
