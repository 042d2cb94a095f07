-- Search: the outbox that keeps Elasticsearch in step with the database, and searches that found nothing.

-- One row per change that affects a product's search document, written in the changing transaction.
-- The row id is the document version: a later change always carries a higher one.
CREATE TABLE search_outbox (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id  BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    INDEX ix_search_outbox_product (product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE search_miss (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    query       VARCHAR(200)  NOT NULL,
    filters     VARCHAR(500),
    engine      VARCHAR(16)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    INDEX ix_search_miss_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
