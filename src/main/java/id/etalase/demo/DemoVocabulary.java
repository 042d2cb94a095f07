package id.etalase.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Word lists the demo generator draws from: product lines per sector, people, places and sentences. */
final class DemoVocabulary {

    static final String KULINER = "kuliner";
    static final String FASHION = "fashion";
    static final String KERAJINAN = "kerajinan";
    static final String AGRIBISNIS = "agribisnis";
    static final String JASA = "jasa";
    static final String KECANTIKAN = "kecantikan-kesehatan";
    static final String LAINNYA = "lainnya";

    /** A selling unit with the price range (whole rupiah) that suits it. */
    record Unit(String label, long minPrice, long maxPrice) {
    }

    /** One kind of product: its possible names, units with prices, and sentences about it (the first introduces it). */
    record ProductLine(String sector, int weight, String shopWord, List<String> names, List<Unit> units,
            List<String> sentences) {
    }

    /** A district members live in, with its share of members and the kecamatan used in addresses. */
    record District(String code, String name, boolean city, int members, String villageWord, List<String> kecamatan) {
    }

    /** A sector with its share of members, the sector its members sometimes also sell in, and member texts. */
    record Sector(String slug, int members, String relatedSector, String businessKind, List<String> businessNames) {
    }

    // Member shares for the default 227 active members; larger catalogues keep the proportions.
    static final List<District> DISTRICTS = List.of(
            new District("18.71", "Bandar Lampung", true, 78, "Kelurahan", List.of("Kedaton", "Tanjung Karang Pusat",
                    "Tanjung Karang Barat", "Tanjung Karang Timur", "Teluk Betung Utara", "Teluk Betung Selatan",
                    "Teluk Betung Barat", "Sukarame", "Rajabasa", "Kemiling", "Way Halim", "Labuhan Ratu", "Sukabumi",
                    "Panjang", "Tanjung Senang", "Enggal", "Kedamaian", "Langkapura", "Bumi Waras")),
            new District("18.72", "Metro", true, 24, "Kelurahan",
                    List.of("Metro Pusat", "Metro Barat", "Metro Timur", "Metro Selatan", "Metro Utara")),
            new District("18.03", "Lampung Selatan", false, 22, "Desa", List.of("Kalianda", "Natar", "Jati Agung",
                    "Tanjung Bintang", "Sidomulyo", "Katibung", "Penengahan", "Bakauheni", "Merbau Mataram")),
            new District("18.10", "Pringsewu", false, 18, "Pekon",
                    List.of("Pringsewu", "Gadingrejo", "Pagelaran", "Sukoharjo", "Ambarawa", "Pardasuka", "Banyumas")),
            new District("18.05", "Lampung Tengah", false, 18, "Kampung", List.of("Gunung Sugih", "Terbanggi Besar",
                    "Seputih Banyak", "Kota Gajah", "Punggur", "Trimurjo", "Kalirejo", "Bandar Mataram")),
            new District("18.09", "Pesawaran", false, 15, "Desa", List.of("Gedong Tataan", "Padang Cermin", "Way Lima",
                    "Kedondong", "Tegineneng", "Negeri Katon", "Punduh Pidada")),
            new District("18.02", "Tanggamus", false, 13, "Pekon",
                    List.of("Kota Agung", "Talang Padang", "Gisting", "Pulau Panggung", "Wonosobo", "Pugung",
                            "Ulu Belu")),
            new District("18.04", "Lampung Timur", false, 12, "Desa", List.of("Sukadana", "Way Jepara", "Pekalongan",
                    "Batanghari", "Labuhan Maringgai", "Bandar Sribhawono", "Way Bungur")),
            new District("18.01", "Lampung Barat", false, 11, "Pekon",
                    List.of("Balik Bukit", "Sumber Jaya", "Way Tenong", "Belalau", "Sekincau", "Kebun Tebu",
                            "Air Hitam")),
            new District("18.06", "Lampung Utara", false, 9, "Desa",
                    List.of("Kotabumi", "Kotabumi Selatan", "Abung Selatan", "Bukit Kemuning", "Tanjung Raja")),
            new District("18.08", "Tulang Bawang", false, 7, "Kampung",
                    List.of("Menggala", "Banjar Agung", "Gedung Aji", "Penawar Tama", "Rawajitu Selatan")));

    static final List<Sector> SECTORS = List.of(
            new Sector(KULINER, 92, AGRIBISNIS, "makanan ringan dan oleh-oleh khas Lampung",
                    List.of("Dapur {nick}", "Kedai {nick}", "Aneka Kue {nick}", "Rumah Camilan {lampung}",
                            "Oleh-Oleh {lampung}", "Dapoer {nick}", "Cemilan {lampung}")),
            new Sector(FASHION, 38, KERAJINAN, "kain tapis, batik, dan busana khas Lampung",
                    List.of("Butik {nick}", "Galeri Tapis {nick}", "{nick} Collection", "Busana {lampung}",
                            "Rumah Tapis {lampung}")),
            new Sector(AGRIBISNIS, 30, KULINER, "hasil kebun dan pertanian",
                    List.of("Kebun {nick}", "Tani Makmur {lampung}", "KWT {flower}", "Gapoktan Sumber Rejeki {kec}",
                            "UD {lampung} Tani")),
            new Sector(KERAJINAN, 25, FASHION, "kerajinan tangan",
                    List.of("Kriya {lampung}", "Galeri Kerajinan {nick}", "Rumah Anyaman {kec}",
                            "Sanggar Kriya {nick}")),
            new Sector(JASA, 18, LAINNYA, "jasa untuk sesama pelaku UMKM",
                    List.of("{lampung} Kreatif", "{lampung} Media", "Studio {lampung}", "{nick} Grafika")),
            new Sector(KECANTIKAN, 14, KULINER, "jamu dan perawatan tubuh dari bahan alami",
                    List.of("Rumah Herbal {lampung}", "{lampung} Natural", "Racikan {nick}", "Herbal {nick}")),
            new Sector(LAINNYA, 10, KERAJINAN, "hampers, tanaman, dan kebutuhan rumah",
                    List.of("Toko {nick}", "Hampers {nick}", "Kebun Hias {nick}", "Souvenir {lampung}")));

    static final int[] SCALE_MEMBERS = {215, 12, 0};
    static final List<String> SCALES = List.of("mikro", "kecil", "menengah");

    static final List<ProductLine> PRODUCT_LINES = buildProductLines();

    static final List<String> FEMALE_NAMES = List.of("Siti", "Nurhayati", "Sri", "Dewi", "Rina", "Yuliana", "Eka",
            "Ratna", "Fitri", "Wahyuni", "Ijah", "Aminah", "Rohimah", "Sumiati", "Sulastri", "Ani", "Endang", "Rini",
            "Yanti", "Nurul", "Maya", "Intan", "Putri", "Desi", "Novi", "Lina", "Mega", "Tuti", "Wati", "Hartini",
            "Juwita", "Rosmala", "Marlina", "Nuraini", "Halimah", "Khodijah", "Suryani", "Erna", "Dian", "Lastri",
            "Yuni", "Ayu", "Nengah", "Komariah", "Sumarni");
    static final List<String> MALE_NAMES = List.of("Ahmad", "Budi", "Agus", "Hendra", "Rudi", "Dedi", "Slamet",
            "Suparman", "Joko", "Hasan", "Iwan", "Rahmat", "Fajar", "Andi", "Arif", "Bambang", "Rizky", "Teguh",
            "Yusuf",
            "Heri", "Sutrisno", "Wayan", "Made", "Darmawan", "Irwan", "Syahrial", "Zulkifli", "Firmansyah", "Ridwan",
            "Taufik", "Edi", "Sugeng", "Mulyadi", "Hamzah", "Rusli", "Nyoman", "Ketut", "Hadi", "Yanto", "Bayu");
    static final List<String> FEMALE_FAMILY_NAMES = List.of("Saputri", "Lestari", "Rahayu", "Susanti", "Handayani",
            "Wulandari", "Maharani", "Ningsih", "Sari", "Anggraini", "Yulianti", "Puspitasari", "Oktaviani",
            "Fitriani");
    static final List<String> MALE_FAMILY_NAMES = List.of("Saputra", "Wijaya", "Kurniawan", "Setiawan", "Pratama",
            "Hidayat", "Purnomo", "Nugroho", "Santoso", "Permana", "Gunawan", "Effendi", "Syahputra", "Ramadhan",
            "Fauzi", "Hakim", "Siregar", "Nasution", "Sembiring");
    static final List<String> FEMALE_HONORIFICS = List.of("Mak", "Bu", "Uni", "Mbak", "Ibu", "Teh");
    static final List<String> MALE_HONORIFICS = List.of("Pak", "Bang", "Mas", "Uda", "Om");

    // Lampung words and places for shop names: Sai (one), Muakhi (kinship), Siger (the bridal crown), ...
    static final List<String> LAMPUNG_WORDS = List.of("Sai", "Ragom", "Muakhi", "Siger", "Sakai Sambayan",
            "Tabik Pun", "Nuwo", "Pepadun", "Saibatin", "Ruwa Jurai", "Begawi", "Jejama", "Khua Jurai", "Sang Bumi",
            "Lamban", "Sai Lampung", "Way Sekampung", "Ratu Dibalau", "Krakatau", "Dibalau");
    static final List<String> FLOWERS = List.of("Melati", "Mawar", "Anggrek", "Kenanga", "Cempaka", "Teratai",
            "Dahlia", "Flamboyan");
    static final List<String> STREETS = List.of("Teuku Umar", "Z.A. Pagar Alam", "Raden Intan", "Kartini",
            "Diponegoro", "Sultan Agung", "Pramuka", "Imam Bonjol", "Ahmad Yani", "Jenderal Sudirman", "Soekarno-Hatta",
            "Ryacudu", "Wolter Monginsidi", "Pangeran Antasari", "Cut Nyak Dien", "Hasanuddin", "Pulau Sebesi",
            "Way Sekampung", "Lintas Sumatera", "Pahlawan", "Merdeka", "Veteran", "Melati", "Mawar", "Flamboyan",
            "Kenanga", "Nusa Indah", "Cendana", "Gajah Mada", "Hayam Wuruk", "Purnawirawan", "Urip Sumoharjo");
    static final List<String> VILLAGES = List.of("Sukamaju", "Sidomulyo", "Margodadi", "Sukarame", "Tanjung Sari",
            "Srimulyo", "Sumber Rejo", "Banjar Negeri", "Way Gelang", "Karang Anyar", "Sinar Harapan", "Mekar Sari",
            "Rejosari", "Gunung Terang", "Purwodadi", "Sukadamai", "Tri Mulyo", "Bumi Agung");

    static final List<String> MEMBER_OPENINGS = List.of(
            "{business} adalah usaha {kind} milik {owner} di {place}.",
            "Dikelola oleh {owner}, {business} menyediakan {kind} dari {place}.",
            "{business} merupakan usaha rumahan di {place} yang bergerak di bidang {kind}.");
    static final List<String> MEMBER_MIDDLES = List.of(
            "Kami mulai berjualan sejak {year} dan kini melayani pesanan eceran maupun partai.",
            "Kami mengutamakan mutu dan pelayanan yang ramah kepada setiap pelanggan.",
            "Berawal dari usaha kecil di rumah pada {year}, kini kami sudah punya pelanggan tetap di berbagai kota.",
            "Kami bergabung dengan komunitas UMKM Lampung sejak {year} untuk belajar dan tumbuh bersama.",
            "Usaha ini melibatkan ibu-ibu di lingkungan sekitar sebagai tenaga kerja.");
    static final List<String> MEMBER_CLOSINGS = List.of(
            "Terbuka untuk reseller dan kerja sama dengan sesama anggota.",
            "Silakan hubungi kami lewat WhatsApp untuk pemesanan.",
            "Pesanan untuk acara kantor, hajatan, dan oleh-oleh kami layani dengan senang hati.",
            "");

    static final Map<String, List<String>> SECTOR_SENTENCES = Map.of(
            KULINER, List.of(
                    "Dibuat tanpa bahan pengawet dan dikemas rapat agar tetap segar sampai di tangan pembeli.",
                    "Cocok untuk oleh-oleh khas Lampung.",
                    "Diproduksi di dapur rumahan yang bersih.",
                    "Dibuat dalam jumlah kecil setiap hari sehingga selalu baru.",
                    "Bahan bakunya kami beli langsung dari petani dan nelayan sekitar."),
            FASHION, List.of(
                    "Dibuat oleh perajin dan penjahit di Lampung.",
                    "Bisa pesan dalam jumlah banyak untuk seragam atau suvenir acara.",
                    "Foto sesuai dengan barang aslinya.",
                    "Cocok juga untuk hadiah bagi keluarga dan tamu dari luar daerah."),
            AGRIBISNIS, List.of(
                    "Dipanen dari kebun sendiri dan ditangani dengan hati-hati setelah panen.",
                    "Kami bekerja sama dengan kelompok tani di sekitar kebun.",
                    "Tersedia dalam jumlah besar untuk kebutuhan usaha dan reseller.",
                    "Mutunya kami jaga dari kebun sampai dikemas."),
            KERAJINAN, List.of(
                    "Dibuat dengan tangan oleh ibu-ibu perajin di kampung kami.",
                    "Cocok untuk hiasan rumah, suvenir, maupun hadiah.",
                    "Bahannya alami dan ramah lingkungan.",
                    "Bisa pesan dengan ukuran atau warna sesuai keinginan."),
            JASA, List.of(
                    "Dikerjakan oleh tim yang sudah berpengalaman membantu UMKM di Lampung.",
                    "Sudah banyak anggota komunitas yang memakai layanan ini.",
                    "Ada harga khusus untuk sesama anggota komunitas."),
            KECANTIKAN, List.of(
                    "Dibuat dari bahan alami tanpa campuran bahan kimia keras.",
                    "Aman untuk seluruh keluarga.",
                    "Resepnya turun-temurun dan kami racik sendiri setiap minggu.",
                    "Simpan di tempat sejuk agar khasiatnya tetap terjaga."),
            LAINNYA, List.of(
                    "Isi dan tampilannya bisa disesuaikan dengan anggaran Anda.",
                    "Cocok untuk hadiah, acara kantor, maupun kebutuhan rumah.",
                    "Kami melayani pesanan dari seluruh Lampung.",
                    "Setiap barang kami periksa satu per satu sebelum dikirim."));

    static final List<String> GOODS_CLOSINGS = List.of(
            "Pesan lewat WhatsApp, kami balas cepat pada jam kerja.",
            "Bisa dikirim ke seluruh Indonesia lewat ekspedisi pilihan Anda.",
            "Menerima pesanan partai besar dan reseller.",
            "Stok terbatas setiap minggu, tanyakan ketersediaan dulu lewat WhatsApp.",
            "Bisa diambil langsung di tempat kami atau diantar untuk wilayah sekitar.");
    static final List<String> SERVICE_CLOSINGS = List.of(
            "Konsultasi dulu lewat WhatsApp sebelum memesan, gratis.",
            "Pengerjaan dua sampai lima hari kerja tergantung antrean.",
            "Bisa dikerjakan jarak jauh untuk anggota di luar Bandar Lampung.");
    static final String NEGOTIABLE_PRICE_SENTENCE =
            "Harga menyesuaikan jumlah dan jenis pesanan, silakan tanyakan lewat WhatsApp.";

    static final List<String> WHATSAPP_PREFIXES = List.of("62811", "62812", "62813", "62821", "62822", "62823",
            "62852", "62853", "62815", "62856", "62857", "62858", "62817", "62818", "62819", "62859", "62877",
            "62878", "62895", "62896", "62897", "62898", "62881", "62882", "62887");

    private DemoVocabulary() {
    }

    static District district(String code) {
        return DISTRICTS.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    static Sector sector(String slug) {
        return SECTORS.stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static List<ProductLine> buildProductLines() {
        List<ProductLine> lines = new ArrayList<>();

        // Food: the largest sector
        lines.add(line(KULINER, 5, "Keripik")
                .variants("Keripik Pisang", "Cokelat Lumer", "Cokelat", "Original", "Manis Gurih", "Asin", "Balado",
                        "Keju", "Susu", "Green Tea", "Stroberi", "Jagung Manis", "Gula Aren")
                .unit("250 gr", 15_000, 35_000).unit("500 gr", 30_000, 60_000)
                .says("Dibuat dari pisang kepok pilihan yang diiris tipis lalu digoreng sampai renyah.",
                        "Pisang dari kebun petani Lampung kami olah sendiri setiap pagi.",
                        "Keripik pisang khas Lampung yang renyahnya tahan lama."));
        lines.add(line(KULINER, 3, "Keripik")
                .variants("Keripik Singkong", "Balado", "Pedas Manis", "Original", "Bawang Gurih", "Sambal Ijo",
                        "Keju", "Daun Jeruk")
                .unit("250 gr", 15_000, 30_000).unit("500 gr", 28_000, 55_000)
                .says("Singkong segar diiris tipis lalu dibumbui dengan rempah pilihan.",
                        "Keripik singkong renyah dengan bumbu yang meresap sampai ke dalam."));
        lines.add(line(KULINER, 1, "Keripik")
                .variants("Keripik Tempe", "Sagu", "Original", "Pedas", "Daun Jeruk")
                .unit("250 gr", 15_000, 30_000)
                .says("Tempe tipis dibalut tepung berbumbu lalu digoreng kering.",
                        "Teman makan nasi dan camilan yang disukai anak-anak."));
        lines.add(line(KULINER, 3, "Kemplang")
                .variants("Kemplang", "Ikan Tenggiri Panggang", "Ikan Tenggiri Goreng", "Panggang Sambal", "Udang",
                        "Bakar Pedas")
                .unit("250 gr", 25_000, 45_000).unit("500 gr", 45_000, 85_000)
                .says("Kerupuk ikan khas pesisir Lampung yang dipanggang di atas bara.",
                        "Dibuat dari ikan tenggiri segar dengan rasa ikan yang terasa kuat."));
        lines.add(line(KULINER, 2, "Getas")
                .variants("Getas", "Ikan Tenggiri", "Udang", "Pedas", "Original")
                .unit("250 gr", 20_000, 40_000)
                .says("Getas renyah berbentuk bulat kecil, dibuat dari ikan tenggiri dan sagu.",
                        "Camilan ikan khas Lampung yang gurih dan tidak keras di gigi."));
        lines.add(line(KULINER, 2, "Lempok")
                .variants("Lempok Durian", "Asli", "Gula Aren", "Premium", "Gulung")
                .unit("250 gr", 35_000, 70_000).unit("500 gr", 65_000, 130_000)
                .says("Dibuat dari daging durian lokal yang dimasak lama dengan gula.",
                        "Lempok durian legit dengan aroma durian yang masih kuat."));
        lines.add(line(KULINER, 2, "Sambal")
                .variants("Sambal Seruit", "Terasi", "Tempoyak", "Ikan Bakar", "Pedas Mantap", "Mangga Muda")
                .unit("botol 200 ml", 20_000, 40_000).unit("botol 350 ml", 30_000, 60_000)
                .says("Sambal seruit khas Lampung untuk teman ikan bakar dan lalapan.",
                        "Diulek dari cabai, terasi bakar, dan tempoyak seperti resep keluarga."));
        lines.add(line(KULINER, 3, "Sambal")
                .variants("Sambal", "Cumi", "Teri", "Bawang", "Terasi", "Bajak", "Ijo", "Roa", "Udang Rebon",
                        "Ikan Asin", "Tempoyak")
                .unit("botol 200 ml", 20_000, 40_000).unit("botol 350 ml", 30_000, 60_000)
                .says("Dimasak dengan minyak sampai matang sehingga tahan lama tanpa pengawet.",
                        "Pedasnya nendang, cocok untuk lauk sehari-hari maupun bekal."));
        lines.add(line(KULINER, 3, "Pempek")
                .variants("Pempek", "Kapal Selam", "Lenjer", "Adaan", "Kulit", "Paket Campur", "Frozen Isi 10",
                        "Keriting")
                .unit("paket", 40_000, 150_000).unit("pcs", 6_000, 20_000)
                .says("Pempek ikan tenggiri lengkap dengan cuko yang kental dan pedas.",
                        "Dikemas vakum dan dibekukan sehingga aman dikirim ke luar kota."));
        lines.add(line(KULINER, 2, null)
                .variants("Minuman Serbuk", "Jahe Merah", "Jahe Gula Aren", "Kunyit Asam", "Temulawak", "Jahe Sereh",
                        "Beras Kencur")
                .unit("250 gr", 20_000, 45_000).unit("500 gr", 35_000, 75_000)
                .says("Minuman serbuk dari rempah segar, tinggal seduh dengan air panas.",
                        "Menghangatkan badan di musim hujan dan enak diminum bersama keluarga."));
        lines.add(line(KULINER, 1, null)
                .variants("Minuman Jahe", "Merah Instan", "Susu", "Gula Aren Siap Minum", "Sereh Madu")
                .unit("botol 350 ml", 12_000, 28_000)
                .says("Minuman jahe hangat yang dibuat dari jahe merah tanpa pemanis buatan.",
                        "Enak diminum hangat maupun dingin."));
        lines.add(line(KULINER, 1, null)
                .variants("Minuman Kopi Susu", "Gula Aren", "Pandan", "Literan")
                .unit("botol 250 ml", 15_000, 25_000).unit("botol 1 liter", 55_000, 90_000)
                .says("Kopi susu dari robusta Lampung dengan gula aren asli.",
                        "Dibuat setiap pagi dan paling enak diminum dingin."));
        lines.add(line(KULINER, 2, null)
                .names("Cokelat Batang Kakao Lampung", "Cokelat Batang Dark 70%", "Cokelat Batang Susu",
                        "Cokelat Bubuk Murni", "Cokelat Batang Kacang Mete", "Cokelat Praline Kopi")
                .unit("100 gr", 18_000, 45_000).unit("250 gr", 35_000, 80_000)
                .says("Dibuat dari biji kakao petani Lampung yang difermentasi dengan baik.",
                        "Rasa cokelatnya pekat dengan pahit yang pas."));
        lines.add(line(KULINER, 2, "Camilan")
                .variants("Cemilan", "Makaroni Pedas", "Basreng Daun Jeruk", "Usus Krispi", "Stik Bawang",
                        "Kerupuk Kulit")
                .unit("250 gr", 15_000, 30_000).unit("pcs", 5_000, 12_000)
                .says("Cemilan gurih untuk teman nonton dan kumpul keluarga.",
                        "Bumbunya rata dan pedasnya bisa dipilih sesuai selera."));
        lines.add(line(KULINER, 2, "Camilan")
                .variants("Camilan", "Kacang Telur", "Seblak Kering", "Stik Keju", "Pilus Pedas", "Kerupuk Ikan")
                .unit("250 gr", 15_000, 30_000).unit("pcs", 5_000, 12_000)
                .says("Camilan renyah dalam kemasan standing pouch yang mudah ditutup kembali.",
                        "Cocok untuk isi toples saat lebaran."));
        lines.add(line(KULINER, 1, null)
                .variants("Gula Aren Cair", "Murni", "Pandan")
                .unit("botol 350 ml", 25_000, 45_000)
                .says("Gula aren cair untuk kopi susu, es cendol, dan kue.",
                        "Disadap dari pohon aren di kebun Lampung dan dimasak tanpa campuran gula pasir."));
        lines.add(line(KULINER, 2, "Kue")
                .variants("Bolu Gulung", "Pandan", "Cokelat", "Keju", "Gula Aren", "Pisang")
                .unit("loyang", 60_000, 150_000)
                .says("Bolu lembut yang dipanggang pada hari pemesanan.",
                        "Cocok untuk suguhan arisan dan acara keluarga."));
        lines.add(line(KULINER, 1, "Kue")
                .variants("Engkak Ketan", "Original", "Pandan", "Kismis")
                .unit("loyang", 150_000, 350_000)
                .says("Kue lapis tradisional Lampung dari tepung ketan, santan, dan telur.",
                        "Dipanggang lapis demi lapis sehingga teksturnya legit."));
        lines.add(line(KULINER, 1, "Kue")
                .variants("Lapis Legit", "Original", "Prunes", "Keju")
                .unit("loyang", 200_000, 450_000)
                .says("Lapis legit dengan rempah yang harum dan lapisan yang rapi.",
                        "Dibuat dengan mentega asli dan kuning telur pilihan."));
        lines.add(line(KULINER, 2, "Kue")
                .variants("Nastar", "Nanas Madu Lampung", "Keju", "Gula Aren")
                .unit("toples 500 gr", 65_000, 140_000)
                .says("Selai nanas dibuat sendiri dari nanas madu Lampung.",
                        "Kue kering yang lumer di mulut untuk hari raya."));
        lines.add(line(KULINER, 2, "Pisang")
                .variants("Pisang Sale", "Basah", "Kering", "Goreng Madu")
                .unit("250 gr", 15_000, 30_000)
                .says("Pisang sale dari pisang ambon matang yang dijemur di bawah matahari.",
                        "Manis alami tanpa tambahan gula."));
        lines.add(line(KULINER, 1, "Abon")
                .variants("Abon", "Ikan Tongkol", "Ikan Tuna", "Sapi Pedas")
                .unit("100 gr", 25_000, 50_000).unit("250 gr", 50_000, 95_000)
                .says("Abon kering yang gurih untuk lauk praktis anak kos dan bekal perjalanan.",
                        "Dimasak dengan bumbu rempah sampai benar-benar kering."));
        lines.add(line(KULINER, 1, null)
                .variants("Otak-Otak Ikan", "Tenggiri", "Bakar", "Frozen Isi 20")
                .unit("paket", 35_000, 90_000)
                .says("Otak-otak ikan tenggiri lengkap dengan sambal kacang.",
                        "Bisa digoreng atau dibakar langsung dari lemari pembeku."));
        lines.add(line(KULINER, 1, null)
                .variants("Selai Nanas", "Lampung Original", "Gula Aren", "Tanpa Pengawet")
                .unit("botol 200 ml", 18_000, 35_000)
                .says("Selai dari nanas madu Lampung yang dimasak perlahan.",
                        "Enak untuk roti tawar dan isian kue."));
        lines.add(line(KULINER, 1, null)
                .variants("Rengginang", "Terasi", "Original", "Ketan Hitam")
                .unit("500 gr", 25_000, 45_000)
                .says("Rengginang dari beras ketan yang dijemur kering, tinggal digoreng.",
                        "Renyah dan mengembang sempurna saat digoreng."));
        lines.add(line(KULINER, 1, null)
                .variants("Tempoyak Durian", "Asli", "Siap Masak")
                .unit("botol 350 ml", 25_000, 50_000)
                .says("Tempoyak dari durian matang yang difermentasi dengan garam.",
                        "Bahan utama seruit dan gulai ikan khas Lampung."));

        // Fashion: tapis and batik cloth
        lines.add(line(FASHION, 4, "Tapis")
                .variants("Kain Tapis", "Motif Pucuk Rebung", "Motif Kapal", "Motif Siger", "Motif Jung Sarat",
                        "Motif Raja Medal", "Motif Laut Linau", "Motif Bintang Perak", "Motif Cucuk Andak",
                        "Motif Tuho", "Benang Emas Motif Kapal", "Motif Dewosano")
                .unit("lembar", 750_000, 5_000_000)
                .says("Kain tapis tenun tangan dengan sulaman benang emas khas Lampung.",
                        "Satu lembar dikerjakan berminggu-minggu oleh penyulam tapis di kampung kami."));
        lines.add(line(FASHION, 2, "Tapis")
                .variants("Selendang Tapis", "Benang Emas", "Motif Siger", "Motif Pucuk Rebung", "Modern")
                .unit("lembar", 250_000, 900_000)
                .says("Selendang bermotif tapis untuk pelengkap kebaya dan acara adat.",
                        "Ringan dipakai dengan kilau benang emas yang elegan."));
        lines.add(line(FASHION, 3, "Batik")
                .variants("Kemeja Batik", "Motif Siger Lengan Panjang", "Motif Siger Lengan Pendek",
                        "Motif Gajah Way Kambas", "Motif Sembagi", "Motif Kopi Lampung", "Motif Kapal",
                        "Tapis Modern")
                .unit("pcs", 150_000, 450_000)
                .says("Kemeja batik berbahan katun yang adem dengan potongan modern.",
                        "Tersedia ukuran S sampai XXL, bisa pesan untuk seragam."));
        lines.add(line(FASHION, 2, "Batik")
                .variants("Kain Batik Tulis", "Motif Sembagi", "Motif Siger Kembang", "Motif Gajah",
                        "Motif Daun Lada", "Warna Alam")
                .unit("lembar", 350_000, 2_500_000)
                .says("Batik tulis khas Lampung yang dicanting satu per satu.",
                        "Diwarnai dengan pewarna yang tahan luntur dan dikunci dengan baik."));
        lines.add(line(FASHION, 2, "Batik")
                .variants("Kain Batik Cap", "Motif Siger", "Motif Kapal", "Motif Sembagi", "Motif Kopi")
                .unit("meter", 45_000, 90_000).unit("lembar", 120_000, 350_000)
                .says("Batik cap dengan motif khas Lampung, cocok untuk seragam kantor dan sekolah.",
                        "Harga terjangkau dengan motif yang rapi dan warna cerah."));
        lines.add(line(FASHION, 2, "Sulam Usus")
                .variants("Kebaya Sulam Usus", "Modern", "Klasik", "Pengantin", "Brokat")
                .unit("pcs", 350_000, 1_500_000)
                .says("Kebaya dengan sulam usus, kerajinan khas Lampung dari kain satin yang dilipat.",
                        "Jahitannya halus dan bisa pesan sesuai ukuran badan."));
        lines.add(line(FASHION, 1, "Sulam Usus")
                .variants("Blus Sulam Usus", "Lengan Panjang", "Satin", "Katun")
                .unit("pcs", 250_000, 650_000)
                .says("Blus sulam usus yang anggun untuk ke kantor maupun kondangan.",
                        "Sulamannya rapi dan tidak mudah lepas."));
        lines.add(line(FASHION, 1, null)
                .variants("Sandal Kulit", "Pria", "Wanita", "Motif Tapis", "Slop")
                .unit("pcs", 120_000, 300_000)
                .says("Sandal dari kulit sapi asli dengan jahitan yang kuat.",
                        "Nyaman dipakai lama dan solnya tidak licin."));
        lines.add(line(FASHION, 1, null)
                .variants("Sandal Jepit", "Motif Tapis", "Motif Siger", "Custom Nama")
                .unit("pcs", 25_000, 55_000)
                .says("Sandal jepit karet dengan motif khas Lampung.",
                        "Cocok untuk suvenir acara dan oleh-oleh."));
        lines.add(line(FASHION, 2, "Tapis")
                .variants("Tas Tapis", "Selempang", "Jinjing", "Clutch", "Laptop")
                .unit("pcs", 150_000, 650_000)
                .says("Tas dengan aksen kain tapis asli di bagian depan.",
                        "Bagian dalamnya dilapisi kain dan ada kantong kecil untuk ponsel."));
        lines.add(line(FASHION, 1, "Tapis")
                .variants("Dompet Tapis", "Kecil", "Panjang", "Koin")
                .unit("pcs", 45_000, 150_000)
                .says("Dompet bermotif tapis yang cantik untuk hadiah.",
                        "Ritsletingnya kuat dan jahitannya rapi."));
        lines.add(line(FASHION, 1, null)
                .variants("Topi Bordir", "Siger", "Tapis", "Lampung")
                .unit("pcs", 35_000, 85_000)
                .says("Topi katun dengan bordir motif khas Lampung.",
                        "Bisa pesan bordir nama komunitas atau kantor."));
        lines.add(line(FASHION, 1, "Tapis")
                .names("Peci Tapis Hitam", "Peci Tapis Emas", "Outer Tapis Modern", "Outer Kombinasi Tapis Batik")
                .unit("pcs", 60_000, 450_000)
                .says("Busana dengan sentuhan tapis untuk acara resmi.",
                        "Bahannya nyaman dan tidak panas dipakai."));
        lines.add(line(FASHION, 1, null)
                .names("Kaos Siger Lampung", "Kaos Sai Bumi Ruwa Jurai", "Kaos Kopi Lampung", "Kaos Gajah Way Kambas")
                .unit("pcs", 65_000, 120_000)
                .says("Kaos katun combed 30s dengan sablon desain khas Lampung.",
                        "Cocok untuk oleh-oleh dan seragam komunitas."));

        // Agribusiness: robusta coffee, pepper, bananas, honey
        lines.add(line(AGRIBISNIS, 5, "Kopi")
                .variants("Kopi Robusta", "Lampung Barat Bubuk", "Lampung Biji Sangrai", "Lampung Bubuk Halus",
                        "Tanggamus Bubuk", "Tanggamus Biji Sangrai", "Lampung Barat Petik Merah", "Liwa Biji Sangrai",
                        "Sumber Jaya Bubuk", "Lampung Natural Process", "Lampung Barat Biji Sangrai")
                .unit("250 gr", 35_000, 85_000).unit("500 gr", 65_000, 150_000).unit("1 kg", 120_000, 280_000)
                .says("Kopi robusta dari kebun di lereng bukit Lampung, disangrai dalam jumlah kecil.",
                        "Biji kopi petik merah yang disangrai medium sehingga rasanya tebal dan tidak asam.",
                        "Kopi robusta Lampung dengan aroma cokelat dan rempah."));
        lines.add(line(AGRIBISNIS, 1, "Kopi")
                .variants("Biji Kopi Robusta Mentah", "Grade 1", "Petik Merah", "Asalan")
                .unit("1 kg", 55_000, 95_000)
                .says("Green bean robusta untuk pemilik kedai yang menyangrai sendiri.",
                        "Kadar air terjaga dan biji sudah disortir."));
        lines.add(line(AGRIBISNIS, 2, "Lada")
                .variants("Lada Hitam", "Lampung Butiran", "Bubuk", "Kualitas Ekspor")
                .unit("100 gr", 15_000, 35_000).unit("250 gr", 35_000, 80_000).unit("1 kg", 120_000, 250_000)
                .says("Lada hitam Lampung yang terkenal pedas dan harum.",
                        "Dijemur sampai kering lalu disortir dengan tangan."));
        lines.add(line(AGRIBISNIS, 2, "Lada")
                .variants("Lada Putih", "Bubuk", "Butiran", "Lampung Asli")
                .unit("100 gr", 18_000, 40_000).unit("250 gr", 40_000, 90_000).unit("1 kg", 140_000, 280_000)
                .says("Lada putih dari petani Lampung, direndam dan dikupas secara tradisional.",
                        "Cocok untuk masakan rumah maupun usaha kuliner."));
        lines.add(line(AGRIBISNIS, 2, "Pisang")
                .variants("Pisang Kepok", "Segar", "Matang Pohon", "Mentah untuk Keripik")
                .unit("sisir", 15_000, 40_000).unit("tandan", 60_000, 200_000)
                .says("Pisang kepok dari kebun sendiri, dipanen saat tua.",
                        "Bahan yang pas untuk keripik, pisang goreng, dan kolak."));
        lines.add(line(AGRIBISNIS, 1, "Pisang")
                .variants("Pisang Agung", "Segar", "Matang Pohon", "Jumbo")
                .unit("sisir", 20_000, 50_000).unit("tandan", 80_000, 220_000)
                .says("Pisang agung berukuran besar yang enak digoreng dan direbus.",
                        "Dipanen dari kebun di Lampung dan dikirim segar."));
        lines.add(line(AGRIBISNIS, 1, "Pisang")
                .names("Pisang Raja Bulu", "Pisang Ambon Lampung", "Pisang Mas Kirana", "Pisang Raja Sereh")
                .unit("sisir", 15_000, 45_000)
                .says("Pisang matang pohon yang manis dan harum.",
                        "Kami kirim dalam keadaan setengah matang agar sampai dengan baik."));
        lines.add(line(AGRIBISNIS, 2, "Madu")
                .variants("Madu Hutan", "Lampung", "Murni", "Liar Tanggamus", "Way Kambas")
                .unit("botol 250 ml", 60_000, 150_000).unit("botol 500 ml", 110_000, 250_000)
                .says("Madu hutan dari sarang lebah liar yang dipanen tanpa merusak sarang.",
                        "Madu murni tanpa campuran gula, kental dan harum."));
        lines.add(line(AGRIBISNIS, 1, "Madu")
                .variants("Madu Lebah", "Klanceng", "Randu", "Kaliandra", "Bunga Kopi")
                .unit("botol 250 ml", 60_000, 150_000).unit("botol 500 ml", 110_000, 250_000)
                .says("Madu dari peternakan lebah kami sendiri di tengah kebun kopi.",
                        "Rasanya manis dengan sedikit asam yang segar."));
        lines.add(line(AGRIBISNIS, 2, "Gula Aren")
                .variants("Gula Aren", "Cetak Asli", "Semut Organik", "Batok", "Kristal")
                .unit("500 gr", 18_000, 40_000).unit("1 kg", 30_000, 70_000)
                .says("Gula aren asli dari nira pohon aren yang dimasak di tungku kayu.",
                        "Warnanya cokelat alami dan harumnya khas."));
        lines.add(line(AGRIBISNIS, 1, null)
                .variants("Biji Kakao Fermentasi", "Grade A", "Kering Jemur")
                .unit("1 kg", 60_000, 120_000)
                .says("Biji kakao yang difermentasi lima hari sebelum dijemur.",
                        "Cocok untuk pembuat cokelat rumahan."));
        lines.add(line(AGRIBISNIS, 1, null)
                .variants("Jahe Merah Segar", "Organik", "Pilihan")
                .unit("1 kg", 25_000, 50_000)
                .says("Jahe merah segar yang dipanen umur sepuluh bulan.",
                        "Cocok untuk bahan minuman jahe dan jamu."));
        lines.add(line(AGRIBISNIS, 1, null)
                .names("Bibit Kopi Robusta Sambung Pucuk", "Bibit Kopi Robusta Polybag", "Bibit Lada Perdu",
                        "Bibit Lada Sulur Panjat")
                .unit("pcs", 3_000, 20_000)
                .says("Bibit dari kebun induk yang sudah teruji hasilnya.",
                        "Bisa kirim dalam jumlah banyak untuk kelompok tani."));
        lines.add(line(AGRIBISNIS, 1, null)
                .variants("Nanas Madu", "Lampung", "Segar", "Jumbo")
                .unit("buah", 8_000, 20_000)
                .says("Nanas madu Lampung yang manis dan sedikit asam.",
                        "Dipetik saat hampir matang agar tahan dalam perjalanan."));
        lines.add(line(AGRIBISNIS, 1, null)
                .variants("Beras Organik", "Pandan Wangi", "Merah", "Hitam")
                .unit("5 kg", 65_000, 120_000)
                .says("Beras dari sawah organik yang ditanam tanpa pestisida kimia.",
                        "Pulen dan wangi setelah dimasak."));

        // Crafts
        lines.add(line(KERAJINAN, 4, "Anyaman")
                .variants("Tas Anyaman", "Pandan", "Purun", "Rotan", "Bambu", "Pandan Motif Tapis", "Eceng Gondok")
                .unit("pcs", 60_000, 350_000)
                .says("Tas anyaman yang dianyam tangan oleh perajin kampung kami.",
                        "Kuat untuk belanja ke pasar dan cantik untuk jalan-jalan."));
        lines.add(line(KERAJINAN, 2, "Batok")
                .names("Mangkuk Batok Kelapa Ukir", "Gantungan Kunci Batok Kelapa", "Sendok Batok Kelapa",
                        "Gelas Batok Kelapa", "Kerajinan Batok Kelapa Asbak")
                .unit("pcs", 10_000, 60_000)
                .says("Kerajinan dari batok kelapa yang diamplas halus dan dipernis.",
                        "Setiap batok punya serat yang berbeda sehingga tidak ada yang sama."));
        lines.add(line(KERAJINAN, 2, "Batok")
                .names("Lampu Hias Batok Kelapa", "Kerajinan Batok Kelapa Miniatur Siger", "Tempat Tisu Batok Kelapa",
                        "Kerajinan Batok Kelapa Hiasan Dinding", "Celengan Batok Kelapa")
                .unit("pcs", 75_000, 250_000)
                .says("Kerajinan batok kelapa yang diukir dengan tangan.",
                        "Cocok untuk hiasan ruang tamu dan kafe."));
        lines.add(line(KERAJINAN, 2, "Anyaman")
                .variants("Topi Anyaman", "Pandan", "Bambu", "Purun Pantai", "Rotan")
                .unit("pcs", 35_000, 120_000)
                .says("Topi anyaman yang ringan dan adem dipakai ke kebun atau ke pantai.",
                        "Dianyam rapat sehingga tidak mudah rusak."));
        lines.add(line(KERAJINAN, 1, "Anyaman")
                .variants("Tikar Anyaman Pandan", "Motif Tapis", "Polos", "Lipat")
                .unit("lembar", 80_000, 350_000)
                .says("Tikar pandan yang dianyam dengan motif warna-warni.",
                        "Cocok untuk alas duduk saat pengajian dan acara keluarga."));
        lines.add(line(KERAJINAN, 1, "Anyaman")
                .variants("Sandal Anyaman", "Pandan", "Purun", "Mendong")
                .unit("pcs", 45_000, 95_000)
                .says("Sandal anyaman yang dipakai di rumah, hotel, dan spa.",
                        "Alasnya empuk dan tidak licin."));
        lines.add(line(KERAJINAN, 2, "Siger")
                .variants("Miniatur Siger", "Kuningan", "Kayu", "Akrilik", "Hiasan Meja")
                .unit("pcs", 75_000, 500_000)
                .says("Miniatur siger, mahkota pengantin khas Lampung, untuk hiasan dan cendera mata.",
                        "Dikerjakan dengan detail lekukan yang rapi."));
        lines.add(line(KERAJINAN, 1, null)
                .variants("Hiasan Dinding Tapis", "Bingkai Kayu", "Motif Kapal", "Motif Pucuk Rebung")
                .unit("pcs", 150_000, 750_000)
                .says("Potongan kain tapis yang dibingkai untuk hiasan dinding.",
                        "Hadiah yang berkesan untuk tamu dari luar Lampung."));
        lines.add(line(KERAJINAN, 1, null)
                .variants("Keranjang Rotan", "Parsel", "Buah", "Serbaguna")
                .unit("pcs", 45_000, 200_000)
                .says("Keranjang rotan yang kokoh untuk parsel dan penyimpanan.",
                        "Bisa pesan ukuran khusus untuk usaha hampers."));
        lines.add(line(KERAJINAN, 1, null)
                .names("Vas Bunga Bambu", "Lampu Hias Bambu", "Rak Bambu Mini", "Tempat Pensil Bambu")
                .unit("pcs", 30_000, 250_000)
                .says("Kerajinan bambu yang diawetkan agar tidak dimakan bubuk.",
                        "Tampilan alami yang cocok untuk rumah dan kafe."));

        // Services members sell each other
        lines.add(line(JASA, 4, "Desain")
                .names("Jasa Desain Kemasan Produk UMKM", "Jasa Desain Kemasan Standing Pouch",
                        "Jasa Desain Kemasan dan Label", "Jasa Desain Logo dan Kemasan",
                        "Jasa Desain Kemasan Kotak Oleh-Oleh")
                .unit("per desain", 150_000, 1_500_000)
                .says("Desain kemasan yang menarik dan sesuai aturan label pangan.",
                        "Kami bantu dari konsep, pilihan warna, sampai file siap cetak.",
                        "Sudah termasuk dua kali revisi, file dikirim lewat WhatsApp atau email."));
        lines.add(line(JASA, 2, "Barcode")
                .names("Jasa Barcode Produk GS1", "Jasa Pendaftaran Barcode Produk", "Jasa Barcode dan Label Gizi")
                .unit("per produk", 75_000, 350_000)
                .says("Kami bantu mengurus barcode agar produk bisa masuk minimarket dan toko modern.",
                        "Proses pendaftaran dibantu sampai nomor barcode terbit."));
        lines.add(line(JASA, 2, "Sablon")
                .names("Sablon Kaos Satuan", "Sablon Kaos Komunitas", "Sablon Kaos Plastisol")
                .unit("pcs", 35_000, 95_000)
                .says("Sablon kaos dengan tinta yang awet dan tidak mudah pecah.",
                        "Bisa satuan maupun lusinan untuk komunitas dan acara."));
        lines.add(line(JASA, 2, "Sablon")
                .names("Sablon Plastik Kemasan", "Sablon Gelas Plastik", "Sablon Paper Bag", "Sablon Goodie Bag")
                .unit("paket", 150_000, 750_000)
                .says("Sablon logo usaha Anda di plastik dan tas kemasan.",
                        "Minimal pesanan kecil sehingga ramah untuk UMKM."));
        lines.add(line(JASA, 3, "Percetakan")
                .names("Percetakan Stiker Label Produk", "Percetakan Brosur dan Flyer", "Percetakan Kotak Kemasan",
                        "Percetakan Kartu Nama", "Percetakan Spanduk dan Banner")
                .unit("paket", 75_000, 1_000_000)
                .says("Percetakan untuk kebutuhan promosi dan kemasan UMKM.",
                        "Bahan dan ukuran bisa dipilih, hasil cetak tajam."));
        lines.add(line(JASA, 2, "Foto")
                .names("Jasa Foto Produk", "Jasa Foto Katalog Produk", "Jasa Fotografi Makanan",
                        "Jasa Video Promosi Produk")
                .unit("paket", 250_000, 1_500_000)
                .says("Foto produk yang terang dan rapi untuk katalog, marketplace, dan Instagram.",
                        "Sudah termasuk penyuntingan warna dan latar."));
        lines.add(line(JASA, 1, null)
                .names("Jasa Pengurusan PIRT", "Jasa Pendampingan Sertifikasi Halal", "Jasa Pengurusan NIB")
                .unit("paket", 150_000, 1_500_000)
                .says("Kami dampingi pengurusan izin usaha dari awal sampai terbit.",
                        "Berkas yang perlu disiapkan kami jelaskan satu per satu."));
        lines.add(line(JASA, 1, null)
                .names("Jasa Kelola Instagram UMKM", "Jasa Pembuatan Konten TikTok", "Jasa Iklan Marketplace")
                .unit("paket", 300_000, 1_500_000)
                .says("Kami bantu promosi produk lewat media sosial setiap minggu.",
                        "Laporan hasil dikirim setiap bulan."));

        // Beauty and health
        lines.add(line(KECANTIKAN, 3, "Sabun")
                .variants("Sabun Herbal", "Kopi Lampung", "Sereh Wangi", "Madu", "Kunyit", "Arang Bambu", "Daun Sirih",
                        "Temulawak")
                .unit("pcs", 12_000, 35_000)
                .says("Sabun herbal batangan dari minyak kelapa dan bahan alami, dibuat dengan proses dingin.",
                        "Lembut di kulit dan wanginya tidak menyengat."));
        lines.add(line(KECANTIKAN, 3, "Jamu")
                .names("Jamu Kunyit Asam", "Jamu Beras Kencur", "Jamu Temulawak", "Jamu Sirih Kunci",
                        "Jamu Gendong Kunyit Asam")
                .unit("botol 350 ml", 10_000, 25_000).unit("botol 1 liter", 25_000, 55_000)
                .says("Jamu segar yang direbus setiap pagi dari rimpang pilihan.",
                        "Diminum dingin lebih segar, tahan tiga hari di kulkas."));
        lines.add(line(KECANTIKAN, 1, "Jamu")
                .names("Minuman Serbuk Kunyit Asam", "Kunyit Asam Instan", "Minuman Serbuk Temulawak")
                .unit("250 gr", 20_000, 45_000)
                .says("Serbuk jamu instan yang praktis, tinggal seduh.",
                        "Dibuat dari kunyit dan asam jawa tanpa pemanis buatan."));
        lines.add(line(KECANTIKAN, 2, null)
                .names("Lulur Kopi Lampung", "Lulur Bengkoang", "Body Scrub Kopi Robusta", "Masker Wajah Kopi",
                        "Masker Wajah Bengkoang")
                .unit("pcs", 25_000, 75_000)
                .says("Perawatan kulit dari bahan alami yang diracik sendiri.",
                        "Membantu mengangkat sel kulit mati sehingga kulit terasa halus."));
        lines.add(line(KECANTIKAN, 1, null)
                .names("Minyak Urut Sereh", "Minyak Kayu Putih", "Minyak Kemiri", "Minyak Telon Herbal")
                .unit("botol 60 ml", 15_000, 45_000)
                .says("Minyak herbal untuk pijat dan menghangatkan badan.",
                        "Disuling dan diracik sendiri dalam jumlah kecil."));
        lines.add(line(KECANTIKAN, 1, null)
                .names("Teh Rosela", "Teh Daun Kelor", "Teh Herbal Sereh", "Teh Daun Kopi")
                .unit("100 gr", 20_000, 45_000)
                .says("Teh herbal kering dari kebun sendiri, diseduh seperti teh biasa.",
                        "Warnanya cantik dan rasanya segar."));

        // Other
        lines.add(line(LAINNYA, 3, "Hampers")
                .names("Paket Hampers Lebaran", "Hampers Oleh-Oleh Lampung", "Hampers Kopi dan Keripik",
                        "Parsel Natal", "Hampers Kelahiran Bayi")
                .unit("paket", 150_000, 750_000)
                .says("Hampers berisi produk pilihan anggota komunitas UMKM Lampung.",
                        "Dikemas cantik dengan kartu ucapan gratis."));
        lines.add(line(LAINNYA, 2, null)
                .names("Tanaman Hias Aglonema", "Tanaman Hias Monstera", "Anggrek Dendrobium",
                        "Tanaman Hias Sirih Gading")
                .unit("pcs", 35_000, 300_000)
                .says("Tanaman sehat dalam pot, siap dipajang.",
                        "Kami kemas dengan aman untuk pengiriman dalam kota."));
        lines.add(line(LAINNYA, 1, null)
                .names("Pupuk Organik Cair", "Pupuk Kompos Kotoran Kambing", "Media Tanam Siap Pakai")
                .unit("botol 1 liter", 20_000, 50_000).unit("karung 25 kg", 25_000, 60_000)
                .says("Bahan berkebun yang dibuat dari limbah ternak dan sisa panen.",
                        "Aman untuk tanaman sayur, buah, dan tanaman hias."));
        lines.add(line(LAINNYA, 1, null)
                .names("Souvenir Gantungan Kunci Siger", "Souvenir Kipas Tapis", "Souvenir Gelas Siger",
                        "Souvenir Pernikahan Pouch Tapis")
                .unit("pcs", 3_000, 25_000)
                .says("Suvenir khas Lampung untuk pernikahan dan acara kantor.",
                        "Bisa ditambah nama dan tanggal acara."));
        lines.add(line(LAINNYA, 1, null)
                .names("Puzzle Kayu Peta Lampung", "Mainan Edukasi Kayu", "Balok Susun Kayu")
                .unit("pcs", 35_000, 120_000)
                .says("Mainan kayu yang aman untuk anak, dicat dengan cat tanpa timbal.",
                        "Melatih anak mengenal warna dan bentuk."));
        lines.add(line(LAINNYA, 1, null)
                .names("Lilin Aromaterapi Kopi", "Lilin Aromaterapi Sereh", "Pengharum Ruangan Kopi")
                .unit("pcs", 25_000, 60_000)
                .says("Lilin dari soy wax dengan wangi yang lembut.",
                        "Cocok untuk hadiah dan pengharum kamar."));
        lines.add(line(LAINNYA, 1, null)
                .names("Bibit Ikan Lele", "Bibit Ikan Nila", "Bibit Ikan Gurame")
                .unit("paket", 50_000, 200_000)
                .says("Bibit ikan sehat dari kolam kami sendiri.",
                        "Satu paket berisi seratus ekor, bisa diantar dalam kota."));
        return List.copyOf(lines);
    }

    private static LineBuilder line(String sector, int weight, String shopWord) {
        return new LineBuilder(sector, weight, shopWord);
    }

    /** Keeps the product line table above readable. */
    private static final class LineBuilder {
        private final String sector;
        private final int weight;
        private final String shopWord;
        private final List<String> names = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();

        LineBuilder(String sector, int weight, String shopWord) {
            this.sector = sector;
            this.weight = weight;
            this.shopWord = shopWord;
        }

        LineBuilder variants(String base, String... variants) {
            for (String variant : variants) {
                names.add(base + " " + variant);
            }
            return this;
        }

        LineBuilder names(String... fullNames) {
            names.addAll(List.of(fullNames));
            return this;
        }

        LineBuilder unit(String label, long minPrice, long maxPrice) {
            units.add(new Unit(label, minPrice, maxPrice));
            return this;
        }

        ProductLine says(String... sentences) {
            return new ProductLine(sector, weight, shopWord, List.copyOf(names), List.copyOf(units),
                    List.of(sentences));
        }
    }
}
