-- What the admins curate for the home page: products and members in their order, each shown from its first day to
-- its last (both optional, in the portal's time zone).
CREATE TABLE featured_product (
    product_id  BIGINT    NOT NULL PRIMARY KEY,
    position    INT       NOT NULL,
    starts_on   DATE      NULL,
    ends_on     DATE      NULL,
    created_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_featured_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE featured_member (
    member_id   BIGINT    NOT NULL PRIMARY KEY,
    position    INT       NOT NULL,
    starts_on   DATE      NULL,
    ends_on     DATE      NULL,
    created_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_featured_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The old flag becomes open-ended curation; search no longer ranks by it.
INSERT INTO featured_product (product_id, position)
    SELECT id, ROW_NUMBER() OVER (ORDER BY updated_at DESC, id DESC) FROM product WHERE featured = TRUE;
ALTER TABLE product DROP COLUMN featured;

-- The community running the portal (one row): Etalase is the software's name, not the community's.
CREATE TABLE community_settings (
    id               TINYINT      NOT NULL PRIMARY KEY,
    name             VARCHAR(60)  NOT NULL,
    tagline_id       VARCHAR(120) NOT NULL,
    tagline_en       VARCHAR(120) NOT NULL,
    about_id         TEXT         NOT NULL,
    about_en         TEXT         NOT NULL,
    brand_colour     CHAR(7)      NOT NULL,
    accent_colour    CHAR(7)      NOT NULL,
    contact_whatsapp VARCHAR(20)  NULL,
    instagram        VARCHAR(30)  NULL,
    facebook_url     VARCHAR(200) NULL,
    tiktok           VARCHAR(30)  NULL,
    website_url      VARCHAR(200) NULL,
    logo             MEDIUMBLOB   NULL,
    logo_hash        CHAR(64)     NULL,
    updated_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB;

INSERT INTO community_settings (id, name, tagline_id, tagline_en, about_id, about_en, brand_colour, accent_colour)
VALUES (1, 'Etalase', 'Katalog produk UMKM anggota komunitas', 'Products of the community''s small businesses',
        'Portal ini menampilkan produk anggota komunitas UMKM. Pesanan langsung ke WhatsApp penjual, tanpa biaya.',
        'This portal shows the products of the community''s small businesses. Orders go straight to the seller''s WhatsApp, free of charge.',
        '#9b1c1c', '#c9962b');
