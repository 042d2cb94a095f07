-- The daily random keys of the client hashes: a day's key is deleted once no dedupe window can need it, after
-- which that day's hashes cannot be linked to any address, even with the application's secret.
CREATE TABLE client_hash_key (
    day     DATE        NOT NULL PRIMARY KEY,
    secret  BINARY(32)  NOT NULL
) ENGINE=InnoDB;

-- Folding old single rows into daily counts reads them by time; without these it would scan and lock every row.
CREATE INDEX ix_enquiry_created ON enquiry (created_at);
CREATE INDEX ix_product_view_created ON product_view (created_at);
