-- Reference data: copied from shared/reference/districts-lampung.csv (official region codes).
-- Another province is added by a further migration of the same shape: data, not code.
INSERT INTO province (code, name) VALUES ('18', 'Lampung');
INSERT INTO district (code, slug, name, kind, province_code) VALUES
('18.01', 'lampung-barat', 'Lampung Barat', 'kabupaten', '18'),
('18.02', 'tanggamus', 'Tanggamus', 'kabupaten', '18'),
('18.03', 'lampung-selatan', 'Lampung Selatan', 'kabupaten', '18'),
('18.04', 'lampung-timur', 'Lampung Timur', 'kabupaten', '18'),
('18.05', 'lampung-tengah', 'Lampung Tengah', 'kabupaten', '18'),
('18.06', 'lampung-utara', 'Lampung Utara', 'kabupaten', '18'),
('18.07', 'way-kanan', 'Way Kanan', 'kabupaten', '18'),
('18.08', 'tulang-bawang', 'Tulang Bawang', 'kabupaten', '18'),
('18.09', 'pesawaran', 'Pesawaran', 'kabupaten', '18'),
('18.10', 'pringsewu', 'Pringsewu', 'kabupaten', '18'),
('18.11', 'mesuji', 'Mesuji', 'kabupaten', '18'),
('18.12', 'tulang-bawang-barat', 'Tulang Bawang Barat', 'kabupaten', '18'),
('18.13', 'pesisir-barat', 'Pesisir Barat', 'kabupaten', '18'),
('18.71', 'bandar-lampung', 'Bandar Lampung', 'kota', '18'),
('18.72', 'metro', 'Metro', 'kota', '18');

INSERT INTO sector (slug, name_id, name_en, position) VALUES
('kuliner', 'Kuliner (makanan & minuman)', 'Food & drink', 1),
('fashion', 'Fashion (tapis, batik, busana)', 'Fashion (tapis, batik, clothing)', 2),
('kerajinan', 'Kerajinan', 'Crafts', 3),
('agribisnis', 'Agribisnis', 'Agribusiness', 4),
('jasa', 'Jasa', 'Services', 5),
('kecantikan-kesehatan', 'Kecantikan & kesehatan', 'Beauty & health', 6),
('lainnya', 'Lainnya', 'Other', 7);
