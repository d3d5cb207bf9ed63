-- A meeting belongs to a review cycle (or to none) and is public once that cycle is endorsed or closed, or when
-- the secretariat marks it public; otherwise only signed-in users read its minutes, decisions and action items.
ALTER TABLE meeting ADD COLUMN cycle_id BIGINT;
ALTER TABLE meeting ADD CONSTRAINT meeting_cycle_fk FOREIGN KEY (cycle_id) REFERENCES review_cycle (id);
ALTER TABLE meeting ADD COLUMN is_public BOOLEAN NOT NULL DEFAULT FALSE;

-- The demo's meetings, where already loaded, get the cycle they belong to.
UPDATE meeting SET cycle_id = (SELECT MIN(c.id) FROM review_cycle c
                               WHERE c.is_sample AND c.title = 'Sample: Review cycle 2022–2023')
WHERE is_sample AND title = 'Sample: GRULAC–UNIDO consultation on regional priorities';
UPDATE meeting SET cycle_id = (SELECT MIN(c.id) FROM review_cycle c
                               WHERE c.is_sample AND c.title = 'Sample: Review cycle 2024–2025')
WHERE is_sample AND title IN ('Sample: Online consultation with Caribbean focal points',
                              'Sample: Consolidation workshop 2024–2025');
