-- Enquiries and product views per product and day. Single rows (with their client hashes) are kept only for
-- etalase.enquiry.raw-retention; older ones are folded into these counts and deleted.
CREATE TABLE product_daily_count (
    day        DATE    NOT NULL,
    product_id BIGINT  NOT NULL,
    member_id  BIGINT  NOT NULL,
    views      INT     NOT NULL DEFAULT 0,
    enquiries  INT     NOT NULL DEFAULT 0,
    PRIMARY KEY (day, product_id),
    CONSTRAINT fk_daily_count_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_daily_count_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_daily_count_member_day (member_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Zero-result searches: one counter per normalised query and filters per day instead of one row per search.
-- The rows logged so far are folded into the counters.
CREATE TABLE search_miss_daily (
    day         DATE          NOT NULL,
    query       VARCHAR(200)  NOT NULL,
    filters     VARCHAR(255)  NOT NULL DEFAULT '',
    engine      VARCHAR(16)   NOT NULL,
    searches    INT           NOT NULL,
    last_seen   DATETIME(6)   NOT NULL,
    PRIMARY KEY (day, query, filters),
    INDEX ix_search_miss_last_seen (last_seen)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO search_miss_daily (day, query, filters, engine, searches, last_seen)
SELECT date(created_at), lower(trim(query)), left(coalesce(filters, ''), 255), max(engine), count(*), max(created_at)
FROM search_miss
GROUP BY date(created_at), lower(trim(query)), left(coalesce(filters, ''), 255);

DROP TABLE search_miss;
RENAME TABLE search_miss_daily TO search_miss;
