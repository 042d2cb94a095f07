-- A sector's newest products (related products, listings by sector) read from the index in order, without a sort.
CREATE INDEX ix_product_status_sector_created ON product (status, sector_id, created_at);
DROP INDEX ix_product_status_sector ON product;
