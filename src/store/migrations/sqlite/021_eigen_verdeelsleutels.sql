-- UP-3 (decision 44): a regio's own verdeelsleutels beside inwonertal: a fixed percentage per
-- deelnemer (weights in hundredths of a percent) or an agreed weight with its unit; guarded by
-- versie like every other edited row.
ALTER TABLE verdeelsleutels ADD COLUMN soort TEXT NOT NULL DEFAULT 'inwonertal';
ALTER TABLE verdeelsleutels ADD COLUMN eenheid TEXT NOT NULL DEFAULT '';
ALTER TABLE verdeelsleutels ADD COLUMN versie BIGINT NOT NULL DEFAULT 1;
