-- Catalogue: provinces and districts (reference data), sectors, members and their products.

CREATE TABLE province (
    code        VARCHAR(2)   NOT NULL PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE district (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(13)  NOT NULL,
    slug          VARCHAR(80)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    province_code VARCHAR(2)   NOT NULL,
    CONSTRAINT uk_district_code UNIQUE (code),
    CONSTRAINT uk_district_slug UNIQUE (slug),
    CONSTRAINT fk_district_province FOREIGN KEY (province_code) REFERENCES province (code),
    CONSTRAINT ck_district_kind CHECK (kind IN ('kabupaten', 'kota'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sector (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug      VARCHAR(60)  NOT NULL,
    name_id   VARCHAR(120) NOT NULL,
    name_en   VARCHAR(120) NOT NULL,
    position  INT          NOT NULL,
    CONSTRAINT uk_sector_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE member (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug           VARCHAR(120)  NOT NULL,
    business_name  VARCHAR(150)  NOT NULL,
    owner_name     VARCHAR(120)  NOT NULL,
    scale          VARCHAR(10)   NOT NULL,
    sector_id      BIGINT        NOT NULL,
    district_id    BIGINT        NOT NULL,
    address        VARCHAR(255),
    description    TEXT,
    whatsapp       VARCHAR(20)   NOT NULL,
    instagram      VARCHAR(60),
    tiktok         VARCHAR(60),
    shopee_url     VARCHAR(255),
    tokopedia_url  VARCHAR(255),
    nib            VARCHAR(13),
    pirt           VARCHAR(20),
    halal_cert     VARCHAR(40),
    bpom           VARCHAR(40),
    status         VARCHAR(12)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_member_slug UNIQUE (slug),
    CONSTRAINT fk_member_sector FOREIGN KEY (sector_id) REFERENCES sector (id),
    CONSTRAINT fk_member_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT ck_member_scale CHECK (scale IN ('mikro', 'kecil', 'menengah')),
    CONSTRAINT ck_member_status CHECK (status IN ('pending', 'active', 'suspended')),
    INDEX ix_member_status_district (status, district_id),
    INDEX ix_member_status_sector (status, sector_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE product (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(160)  NOT NULL,
    member_id    BIGINT        NOT NULL,
    name         VARCHAR(150)  NOT NULL,
    description  TEXT,
    price        BIGINT,
    unit         VARCHAR(40),
    sector_id    BIGINT        NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    featured     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_product_slug UNIQUE (slug),
    CONSTRAINT fk_product_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_product_sector FOREIGN KEY (sector_id) REFERENCES sector (id),
    CONSTRAINT ck_product_status CHECK (status IN ('draft', 'pending', 'published', 'archived')),
    CONSTRAINT ck_product_price CHECK (price IS NULL OR price >= 0),
    INDEX ix_product_status_created (status, created_at),
    INDEX ix_product_status_sector (status, sector_id),
    INDEX ix_product_status_price (status, price),
    INDEX ix_product_member (member_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
