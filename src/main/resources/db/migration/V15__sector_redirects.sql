-- The slugs sectors had before a rename or a merge, and the sector each now answers with (a 301 to its page).
-- A merge re-points the merged sector's old slugs to its target, so a redirect is always one hop.
CREATE TABLE sector_redirect (
    old_slug    VARCHAR(60)  NOT NULL PRIMARY KEY,
    sector_id   BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_sector_redirect_sector FOREIGN KEY (sector_id) REFERENCES sector (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
