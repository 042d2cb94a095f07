-- Shoppers' reports on a product ("Laporkan"): no account, the client only as a keyed hash that changes daily.
-- Open until an admin hides the product, suspends its member or dismisses the reports.
CREATE TABLE product_report (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id   BIGINT        NOT NULL,
    reason       VARCHAR(12)   NOT NULL,
    details      VARCHAR(1000),
    client_hash  CHAR(64)      NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    resolved_at  DATETIME(6),
    resolved_by  BIGINT,
    CONSTRAINT fk_report_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_admin FOREIGN KEY (resolved_by) REFERENCES account (id),
    CONSTRAINT ck_report_reason CHECK (reason IN ('wrong_info', 'prohibited', 'fraud', 'spam', 'other')),
    CONSTRAINT ck_report_status CHECK (status IN ('open', 'hidden', 'suspended', 'dismissed')),
    INDEX ix_report_status_product (status, product_id, created_at),
    INDEX ix_report_client (client_hash, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
