-- How many entries a family's story has per domain and kind, kept as entries are written:
-- the count under the timeline and the balance of strengths and stressors then cost a
-- few rows, not a pass over a story of thousands of entries on every page.
CREATE TABLE story_tally (
    family_id UUID NOT NULL,
    domain    VARCHAR(30) NOT NULL,
    valence   VARCHAR(20) NOT NULL,
    entries   BIGINT NOT NULL,
    PRIMARY KEY (family_id, domain, valence)
);

INSERT INTO story_tally (family_id, domain, valence, entries)
SELECT family_id, domain, valence, COUNT(*) FROM story_entry GROUP BY family_id, domain, valence;
