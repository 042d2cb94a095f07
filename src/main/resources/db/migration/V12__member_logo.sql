-- A member's logo: one of its photos (kept like product photos), shown on its storefront.
ALTER TABLE member ADD COLUMN logo_photo_id BIGINT;
ALTER TABLE member ADD CONSTRAINT fk_member_logo FOREIGN KEY (logo_photo_id) REFERENCES photo (id);
