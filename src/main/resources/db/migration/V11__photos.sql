-- Product photos: three JPEG renditions each, in the database (one source of truth, one backup) unless
-- etalase.photos.storage=directory keeps the files in a directory all replicas share. A photo without a product
-- is one uploaded with a form that is not saved yet; it is kept for a day so that the form can come back with it.
CREATE TABLE photo (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id     BIGINT       NOT NULL,
    product_id    BIGINT,
    position      INT          NOT NULL DEFAULT 0,
    content_hash  CHAR(64)     CHARACTER SET ascii NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    large         MEDIUMBLOB,
    medium        MEDIUMBLOB,
    small         MEDIUMBLOB,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_photo_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_photo_product FOREIGN KEY (product_id) REFERENCES product (id),
    INDEX ix_photo_product (product_id, position),
    INDEX ix_photo_staged (member_id, product_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An edit of a live product may change its photos: the new list (ids, cover first) waits with the revision.
ALTER TABLE product_revision ADD COLUMN photo_ids VARCHAR(200);
