-- What one member may hold: products (not archived) and photos uploaded but not yet on a product. Null takes the
-- portal's default (etalase.listings.*); an admin raises it for a member who needs more.
ALTER TABLE member
    ADD COLUMN max_products      INT NULL,
    ADD COLUMN max_staged_photos INT NULL;
