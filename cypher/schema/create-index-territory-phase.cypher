// Indexes territories by programme phase and ANCT id, the key of the open data. Idempotent.
CREATE INDEX territory_phase_anct IF NOT EXISTS
FOR (n:Territory) ON (n.phase, n.anctId)
