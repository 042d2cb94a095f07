-- Enquiries ("Pesan via WhatsApp" clicks) and product page views, for the members' and admins' usage reports.
-- A client is only ever a salted SHA-256 of its address and browser: no IP address or phone number is stored.
-- member_id is the product's seller at the time, so per-member reports need no join.

CREATE TABLE enquiry (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id   BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    client_hash  CHAR(64)     CHARACTER SET ascii NOT NULL,
    source_page  VARCHAR(255),
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_enquiry_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_enquiry_member FOREIGN KEY (member_id) REFERENCES member (id),
    -- the dedupe check: this client's latest enquiry about this product
    INDEX ix_enquiry_product_client (product_id, client_hash, created_at),
    INDEX ix_enquiry_member_created (member_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE product_view (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id   BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    client_hash  CHAR(64)     CHARACTER SET ascii NOT NULL,
    source_page  VARCHAR(255),
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_product_view_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_product_view_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_product_view_product_client (product_id, client_hash, created_at),
    INDEX ix_product_view_member_created (member_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
