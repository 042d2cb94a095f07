-- Spreadsheet imports: a file checked in a dry run waits here, keyed by the SHA-256 of a random token, until the
-- admin who uploaded it applies it (or a day passes).
CREATE TABLE import_upload (
    token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    kind        VARCHAR(10)  NOT NULL,
    file_name   VARCHAR(255),
    content     MEDIUMBLOB   NOT NULL,
    created_by  BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_import_upload_admin FOREIGN KEY (created_by) REFERENCES account (id),
    INDEX ix_import_upload_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A product's id in the member's own spreadsheet ("ID produk"), so an import matches it even after a rename.
ALTER TABLE product ADD COLUMN external_id VARCHAR(64);
ALTER TABLE product ADD CONSTRAINT uk_product_external UNIQUE (member_id, external_id);
