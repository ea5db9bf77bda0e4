-- MON-3 (decision 48): the tolerance band of a regio, and the afwijkingssignalen raised when a
-- deelnemer's realisatie or prognose of a year leaves it, with the figures last compared, the
-- bijsturingsvoorstel (NULL maatregel: none yet) and the decision on it (NULL: none yet).
ALTER TABLE regios ADD COLUMN tolerantie_procent INTEGER NOT NULL DEFAULT 10
  CHECK (tolerantie_procent BETWEEN 0 AND 100);
CREATE TABLE afwijkingssignalen (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  regio_id INTEGER NOT NULL REFERENCES regios(id),
  jaar INTEGER NOT NULL,
  deelnemer_id INTEGER NOT NULL REFERENCES organisaties(id),
  soort TEXT NOT NULL CHECK (soort IN ('collectief','specifiek')),
  peilmaand INTEGER NOT NULL CHECK (peilmaand BETWEEN 0 AND 12),
  tolerantie INTEGER NOT NULL,
  methode TEXT NOT NULL,
  plan_uren BIGINT NOT NULL,
  plan_aantal BIGINT NOT NULL,
  plan_bedrag_cents BIGINT NOT NULL,
  realisatie_uren BIGINT NOT NULL,
  realisatie_aantal BIGINT NOT NULL,
  realisatie_bedrag_cents BIGINT NOT NULL,
  prognose_uren BIGINT NOT NULL,
  prognose_aantal BIGINT NOT NULL,
  prognose_bedrag_cents BIGINT NOT NULL,
  afwijking_uren TEXT NOT NULL,
  afwijking_aantal TEXT NOT NULL,
  afwijking_bedrag TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open','voorstel','besloten','vervallen')),
  gesignaleerd_op TEXT NOT NULL,
  bijgewerkt_op TEXT NOT NULL,
  voorstel_maatregel TEXT,
  voorstel_gevolgen TEXT,
  voorstel_afgestemd_met TEXT,
  voorstel_meerkosten_cents BIGINT,
  voorstel_door TEXT,
  voorstel_op TEXT,
  besluit TEXT CHECK (besluit IN ('akkoord','aangepast','afgewezen')),
  besluit_toelichting TEXT,
  besluit_door TEXT,
  besluit_mandaat TEXT,
  besluit_op TEXT,
  versie BIGINT NOT NULL
);
CREATE INDEX afwijkingssignalen_regio_jaar ON afwijkingssignalen (regio_id, jaar);
-- One signaal in progress per deelnemer, soort and year.
CREATE UNIQUE INDEX afwijkingssignalen_lopend ON afwijkingssignalen (regio_id, jaar, deelnemer_id, soort)
  WHERE status IN ('open','voorstel');
