-- Members list their own products: submitted products wait for an admin, who publishes or rejects them with a
-- reason; a published product's edit waits as a revision while the live version stays.
ALTER TABLE product DROP CONSTRAINT ck_product_status;
ALTER TABLE product ADD CONSTRAINT ck_product_status
    CHECK (status IN ('draft', 'pending', 'published', 'archived', 'rejected'));
ALTER TABLE product ADD COLUMN review_note VARCHAR(500);
ALTER TABLE product ADD COLUMN submitted_at DATETIME(6);
UPDATE product SET submitted_at = created_at WHERE status = 'pending';
CREATE INDEX ix_product_status_submitted ON product (status, submitted_at);

CREATE TABLE product_revision (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id   BIGINT        NOT NULL,
    name         VARCHAR(150)  NOT NULL,
    description  TEXT,
    price        BIGINT,
    unit         VARCHAR(40),
    sector_id    BIGINT        NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    review_note  VARCHAR(500),
    created_at   DATETIME(6)   NOT NULL,
    decided_at   DATETIME(6),
    CONSTRAINT fk_revision_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_revision_sector FOREIGN KEY (sector_id) REFERENCES sector (id),
    CONSTRAINT ck_revision_status CHECK (status IN ('pending', 'approved', 'rejected')),
    CONSTRAINT ck_revision_price CHECK (price IS NULL OR price >= 0),
    INDEX ix_revision_status_created (status, created_at),
    INDEX ix_revision_product_status (product_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
