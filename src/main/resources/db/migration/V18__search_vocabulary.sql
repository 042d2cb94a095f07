-- The search vocabulary: synonyms and spelling variants shoppers use, one rule of equivalent terms per row, edited
-- by the admins and applied by an index rebuild behind the alias. Seeded from the list the portal shipped with.
CREATE TABLE search_synonym (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    terms       VARCHAR(500) NOT NULL,
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uk_search_synonym_terms UNIQUE (terms)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO search_synonym (terms) VALUES
    ('kripik, keripik'),
    ('coklat, cokelat'),
    ('cemilan, camilan, makanan ringan, snack'),
    ('sambel, sambal'),
    ('kopi, coffee'),
    ('kerupuk, krupuk'),
    ('teh, tea'),
    ('madu, honey'),
    ('gula merah, gula aren'),
    ('lada, merica, pepper'),
    ('pisang, banana'),
    ('jahe, ginger'),
    ('kain, wastra'),
    ('tas, bag'),
    ('sabun, soap'),
    ('oleh oleh, oleh-oleh, buah tangan'),
    ('desain, design'),
    ('sablon, cetak kaos'),
    ('percetakan, printing, cetak');
