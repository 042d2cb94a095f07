package id.etalase.demo;

import id.etalase.common.Slugs;
import id.etalase.demo.DemoVocabulary.District;
import id.etalase.demo.DemoVocabulary.ProductLine;
import id.etalase.demo.DemoVocabulary.Sector;
import id.etalase.demo.DemoVocabulary.Unit;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the demo catalogue of a Lampung UMKM community from a seed and a number of published products:
 * the same input gives the same catalogue. No database here; {@link DemoCatalogueWriter} stores it.
 */
public final class DemoCatalogueGenerator {

    public static final int DEFAULT_PUBLISHED_PRODUCTS = 1520;
    public static final int DEFAULT_ACTIVE_MEMBERS = 227;
    public static final int DEFAULT_PENDING_MEMBERS = 3;
    /** Products per active member when the catalogue grows past the default community. */
    public static final int PRODUCTS_PER_MEMBER_AT_SCALE = 7;
    /** Drafts, listings awaiting approval and archived ones: about 60 beside the default 1,520 published. */
    static final double UNPUBLISHED_PER_PUBLISHED = 60.0 / 1520.0;

    public static final LocalDateTime FIRST_MEMBER_JOINED = LocalDateTime.of(2025, 1, 6, 8, 0);
    public static final LocalDateTime CATALOGUE_AS_OF = FIRST_MEMBER_JOINED.plusDays(318);

    private static final long ACTIVE_JOIN_WINDOW_SECONDS = 290L * 24 * 3600;
    private static final long PENDING_JOIN_FROM_SECONDS = 306L * 24 * 3600;
    private static final long PENDING_JOIN_WINDOW_SECONDS = 10L * 24 * 3600;
    private static final long CATALOGUE_SPAN_SECONDS = 318L * 24 * 3600;

    private final SplittableRandom random;
    private final Map<String, LineDeck> decksBySector = new HashMap<>();
    private final Set<String> businessNames = new HashSet<>();
    private final Set<String> whatsappNumbers = new HashSet<>();
    private final Set<String> handles = new HashSet<>();
    private final Set<Long> memberSeconds = new HashSet<>();
    private final Set<Long> productSeconds = new HashSet<>();
    private int keripikSeen;
    private int sambalSeen;
    private int cokelatSeen;

    private DemoCatalogueGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        for (Sector sector : DemoVocabulary.SECTORS) {
            decksBySector.put(sector.slug(), new LineDeck(sector.slug()));
        }
    }

    /** The default community: 227 active and 3 pending members, 1,520 published products. */
    public static DemoCatalogue generateDefault(long seed) {
        return generate(seed, DEFAULT_PUBLISHED_PRODUCTS);
    }

    /**
     * A catalogue with {@code publishedProducts} published products and max(227, publishedProducts / 7) active
     * members in the default proportions, plus pending members and unpublished products in proportion.
     */
    public static DemoCatalogue generate(long seed, int publishedProducts) {
        if (publishedProducts < 0) {
            throw new IllegalArgumentException("publishedProducts must not be negative: " + publishedProducts);
        }
        return new DemoCatalogueGenerator(seed).build(publishedProducts);
    }

    public static int activeMembersFor(int publishedProducts) {
        return Math.max(DEFAULT_ACTIVE_MEMBERS, publishedProducts / PRODUCTS_PER_MEMBER_AT_SCALE);
    }

    public static int pendingMembersFor(int publishedProducts) {
        long scaled = Math.round((double) DEFAULT_PENDING_MEMBERS * activeMembersFor(publishedProducts)
                / DEFAULT_ACTIVE_MEMBERS);
        return (int) Math.max(DEFAULT_PENDING_MEMBERS, scaled);
    }

    private DemoCatalogue build(int publishedProducts) {
        int activeCount = activeMembersFor(publishedProducts);
        int pendingCount = pendingMembersFor(publishedProducts);

        List<MemberDraft> members = new ArrayList<>(activeCount + pendingCount);
        List<String> districtSlots = expand(DemoVocabulary.DISTRICTS.stream().map(District::code).toList(),
                apportion(activeCount, DemoVocabulary.DISTRICTS.stream().mapToDouble(District::members).toArray(), 0));
        List<String> sectorSlots = expand(DemoVocabulary.SECTORS.stream().map(Sector::slug).toList(),
                apportion(activeCount, DemoVocabulary.SECTORS.stream().mapToDouble(Sector::members).toArray(), 0));
        List<String> scaleSlots = expand(DemoVocabulary.SCALES,
                apportion(activeCount, Arrays.stream(DemoVocabulary.SCALE_MEMBERS).asDoubleStream().toArray(), 0));
        shuffle(districtSlots);
        shuffle(sectorSlots);
        shuffle(scaleSlots);
        for (int i = 0; i < activeCount; i++) {
            long joinedAfter = uniqueSecond(memberSeconds, random.nextLong(ACTIVE_JOIN_WINDOW_SECONDS));
            members.add(newMember(sectorSlots.get(i), districtSlots.get(i), scaleSlots.get(i), "active", joinedAfter));
        }
        for (int i = 0; i < pendingCount; i++) {
            long joinedAfter = uniqueSecond(memberSeconds,
                    PENDING_JOIN_FROM_SECONDS + random.nextLong(PENDING_JOIN_WINDOW_SECONDS));
            String sector = DemoVocabulary.SECTORS.get(weightedIndex(
                    DemoVocabulary.SECTORS.stream().mapToDouble(Sector::members).toArray())).slug();
            String district = DemoVocabulary.DISTRICTS.get(weightedIndex(
                    DemoVocabulary.DISTRICTS.stream().mapToDouble(District::members).toArray())).code();
            members.add(newMember(sector, district, "mikro", "pending", joinedAfter));
        }

        assignProductStatuses(members.subList(0, activeCount), members.subList(activeCount, members.size()),
                publishedProducts);

        members.sort(Comparator.comparing(m -> m.createdAt));
        Set<String> memberSlugs = new HashSet<>();
        Map<String, Integer> memberSlugSuffixes = new HashMap<>();
        List<ProductDraft> products = new ArrayList<>(publishedProducts + publishedProducts / 20 + 64);
        for (MemberDraft member : members) {
            member.slug = uniqueSlug(Slugs.of(member.businessName), memberSlugs, memberSlugSuffixes);
            addProducts(member, products);
        }

        products.sort(Comparator.comparing(p -> p.createdAt));
        Set<String> productSlugs = new HashSet<>(products.size() * 2);
        Map<String, Integer> productSlugSuffixes = new HashMap<>();
        List<DemoProduct> productRecords = new ArrayList<>(products.size());
        for (ProductDraft product : products) {
            String slug = uniqueSlug(Slugs.of(product.name), productSlugs, productSlugSuffixes);
            productRecords.add(new DemoProduct(slug, product.member.slug, product.name, product.description,
                    product.price, product.unit, product.sector, product.status, product.createdAt,
                    product.updatedAt));
        }
        List<DemoMember> memberRecords = members.stream().map(MemberDraft::toRecord).toList();
        return new DemoCatalogue(memberRecords, productRecords);
    }

    private MemberDraft newMember(String sectorSlug, String districtCode, String scale, String status,
            long joinedAfterSeconds) {
        Sector sector = DemoVocabulary.sector(sectorSlug);
        District district = DemoVocabulary.district(districtCode);
        MemberDraft member = new MemberDraft();
        member.sector = sectorSlug;
        member.districtCode = districtCode;
        member.scale = scale;
        member.status = status;
        member.specialty = decksBySector.get(sectorSlug).next();
        member.createdAt = FIRST_MEMBER_JOINED.plusSeconds(joinedAfterSeconds);
        member.updatedAt = chance(0.4) ? editedLater(member.createdAt, random.nextLong(30L * 24 * 3600))
                : member.createdAt;

        double femaleShare = switch (sectorSlug) {
            case DemoVocabulary.KULINER, DemoVocabulary.FASHION, DemoVocabulary.KECANTIKAN -> 0.75;
            default -> 0.45;
        };
        boolean female = chance(femaleShare);
        String firstName = pick(female ? DemoVocabulary.FEMALE_NAMES : DemoVocabulary.MALE_NAMES);
        member.ownerName = chance(0.8)
                ? firstName + " " + pick(female ? DemoVocabulary.FEMALE_FAMILY_NAMES : DemoVocabulary.MALE_FAMILY_NAMES)
                : firstName;
        String nick = pick(female ? DemoVocabulary.FEMALE_HONORIFICS : DemoVocabulary.MALE_HONORIFICS) + " "
                + firstName;
        String kecamatan = pick(district.kecamatan());
        member.businessName = businessName(member.specialty, sector, nick, kecamatan);
        member.address = address(district, kecamatan);
        member.description = memberDescription(member, sector, district, kecamatan);
        member.whatsapp = whatsappNumber();

        String handleBase = Slugs.of(member.businessName).replace("-", "");
        if (handleBase.length() > 20) {
            handleBase = handleBase.substring(0, 20);
        }
        if (chance(0.70)) {
            member.instagram = uniqueHandle(handleBase + pick(List.of("", "", ".lampung", "_lpg", ".id", "_official")));
        }
        if (chance(0.25)) {
            member.tiktok = uniqueHandle(handleBase + pick(List.of("", "lampung", ".official")));
        }
        if (chance(0.40)) {
            member.shopeeUrl = "https://shopee.co.id/" + uniqueHandle(handleBase + pick(List.of("", "store", "shop")));
        }
        if (chance(0.30)) {
            member.tokopediaUrl = "https://www.tokopedia.com/" + uniqueHandle(handleBase + pick(List.of("", "lpg")));
        }

        boolean food = sectorSlug.equals(DemoVocabulary.KULINER);
        boolean farm = sectorSlug.equals(DemoVocabulary.AGRIBISNIS);
        if (scale.equals("kecil") || chance(0.74)) {
            member.nib = pick(List.of("9120", "8120", "0220", "1262")) + digits(9);
        }
        if ((food && chance(0.85)) || (farm && chance(0.3))) {
            member.pirt = pirtNumber(districtCode);
        }
        if ((food && chance(0.40)) || (farm && chance(0.15))) {
            member.halalCert = "ID18" + pick(List.of("11", "12", "31", "41")) + "000" + digits(6)
                    + String.format("%02d%02d", 1 + random.nextInt(12), 22 + random.nextInt(4));
        }
        if (food && scale.equals("kecil")) {
            member.bpom = "MD " + digits(4) + " " + digits(4) + " " + digits(4);
        } else if (sectorSlug.equals(DemoVocabulary.KECANTIKAN) && chance(0.3)) {
            member.bpom = "NA18" + (21 + random.nextInt(5)) + digits(7);
        }
        return member;
    }

    private String businessName(ProductLine specialty, Sector sector, String nick, String kecamatan) {
        String name = null;
        for (int attempt = 0; attempt < 25; attempt++) {
            String template;
            if (specialty.shopWord() != null && chance(0.6)) {
                template = specialty.shopWord() + " " + pick(List.of("{nick}", "{nick}", "{lampung}", "{kec}"));
            } else {
                template = pick(sector.businessNames());
            }
            name = template.replace("{nick}", nick)
                    .replace("{lampung}", pick(DemoVocabulary.LAMPUNG_WORDS))
                    .replace("{flower}", pick(DemoVocabulary.FLOWERS))
                    .replace("{kec}", kecamatan);
            if (businessNames.add(name)) {
                return name;
            }
        }
        // A large catalogue runs out of fresh names: a repeated name still gets its own slug.
        return name;
    }

    private String address(District district, String kecamatan) {
        String place = "Kec. " + kecamatan + ", " + district.name();
        if (district.city() || chance(0.55)) {
            String street = chance(0.8) ? "Jl. " + pick(DemoVocabulary.STREETS)
                    : "Gg. " + pick(DemoVocabulary.FLOWERS);
            return street + " No. " + (1 + random.nextInt(150)) + ", " + place;
        }
        return district.villageWord() + " " + pick(DemoVocabulary.VILLAGES) + " RT 0" + (1 + random.nextInt(9))
                + "/RW 0" + (1 + random.nextInt(5)) + ", " + place;
    }

    private String memberDescription(MemberDraft member, Sector sector, District district, String kecamatan) {
        String text = pick(DemoVocabulary.MEMBER_OPENINGS) + " " + pick(DemoVocabulary.MEMBER_MIDDLES);
        String closing = pick(DemoVocabulary.MEMBER_CLOSINGS);
        if (!closing.isEmpty()) {
            text = text + " " + closing;
        }
        return text.replace("{business}", member.businessName)
                .replace("{kind}", sector.businessKind())
                .replace("{owner}", member.ownerName)
                .replace("{place}", kecamatan + ", " + district.name())
                .replace("{year}", Integer.toString(2012 + random.nextInt(13)));
    }

    private String whatsappNumber() {
        while (true) {
            int subscriberDigits = chance(0.8) ? 8 : chance(0.75) ? 7 : 6;
            String number = pick(DemoVocabulary.WHATSAPP_PREFIXES) + (1 + random.nextInt(9))
                    + digits(subscriberDigits - 1);
            if (whatsappNumbers.add(number)) {
                return number;
            }
        }
    }

    private String pirtNumber(String districtCode) {
        // P-IRT: package kind, food kind, regency code, product number, producer number, expiry year
        return "2" + pick(List.of("01", "04", "06", "09", "10", "11", "12")) + districtCode.replace(".", "")
                + String.format("%02d", 1 + random.nextInt(20)) + digits(4) + (27 + random.nextInt(4));
    }

    private String uniqueHandle(String base) {
        String handle = base;
        int suffix = 2;
        while (!handles.add(handle)) {
            handle = base + suffix++;
        }
        return handle;
    }

    /** Decides how many published and which unpublished listings each member will have. */
    private void assignProductStatuses(List<MemberDraft> active, List<MemberDraft> pending, int publishedProducts) {
        double[] weights = new double[active.size()];
        for (int i = 0; i < weights.length; i++) {
            MemberDraft member = active.get(i);
            double weight = 0.6 + 9 * Math.pow(random.nextDouble(), 2.2);
            if (member.scale.equals("kecil")) {
                weight *= 2;
            }
            if (member.sector.equals(DemoVocabulary.KULINER)) {
                weight *= 1.2;
            }
            weights[i] = weight;
        }
        int[] published = apportion(publishedProducts, weights, 1);
        for (int i = 0; i < published.length; i++) {
            active.get(i).published = published[i];
        }

        int unpublished = (int) Math.round(publishedProducts * UNPUBLISHED_PER_PUBLISHED);
        for (MemberDraft member : pending) {
            int drafts = 2 + random.nextInt(3);
            for (int i = 0; i < drafts; i++) {
                member.unpublishedStatuses.add("draft");
            }
            unpublished -= drafts;
        }
        for (int i = 0; i < unpublished; i++) {
            double roll = random.nextDouble();
            String status = roll < 0.4 ? "draft" : roll < 0.75 ? "pending" : "archived";
            active.get(random.nextInt(active.size())).unpublishedStatuses.add(status);
        }
    }

    private void addProducts(MemberDraft member, List<ProductDraft> products) {
        Set<String> namesOfMember = new HashSet<>();
        List<String> statuses = new ArrayList<>(member.published + member.unpublishedStatuses.size());
        for (int i = 0; i < member.published; i++) {
            statuses.add("published");
        }
        statuses.addAll(member.unpublishedStatuses);
        long listedFrom = member.secondsSinceFirstJoin() + 2 * 3600;
        for (String status : statuses) {
            ProductLine line = null;
            String name = null;
            for (int attempt = 0; attempt < 8; attempt++) {
                line = chooseLine(member, attempt);
                name = pick(line.names());
                if (!namesOfMember.contains(name)) {
                    break;
                }
            }
            namesOfMember.add(name);

            ProductDraft product = new ProductDraft();
            product.member = member;
            product.name = regionalSpelling(name);
            product.sector = line.sector();
            product.status = status;
            Unit unit = pick(line.units());
            product.unit = unit.label();
            product.price = chance(0.05) ? null : priceWithin(unit);
            product.description = productDescription(line, product.price == null);
            long listedAfter = listedFrom
                    + (long) (random.nextDouble() * Math.max(1, CATALOGUE_SPAN_SECONDS - listedFrom));
            product.createdAt = FIRST_MEMBER_JOINED.plusSeconds(uniqueSecond(productSeconds, listedAfter));
            if (status.equals("archived")) {
                product.updatedAt = editedLater(product.createdAt, 3600 + random.nextLong(60L * 24 * 3600));
            } else if (chance(0.35)) {
                product.updatedAt = editedLater(product.createdAt, 3600 + random.nextLong(20L * 24 * 3600));
            } else {
                product.updatedAt = product.createdAt;
            }
            products.add(product);
        }
    }

    /** Mostly the member's own line and sector; now and then something from a neighbouring sector. */
    private ProductLine chooseLine(MemberDraft member, int attempt) {
        double roll = random.nextDouble();
        if (attempt < 3 && roll < 0.45) {
            return member.specialty;
        }
        if (roll < 0.88) {
            return decksBySector.get(member.sector).next();
        }
        return decksBySector.get(DemoVocabulary.sector(member.sector).relatedSector()).next();
    }

    /** Shoppers search "kripik", "sambel" and "coklat": some sellers write their names that way too. */
    private String regionalSpelling(String name) {
        String spelled = name;
        if (spelled.contains("Keripik") && keripikSeen++ % 4 == 3) {
            spelled = spelled.replace("Keripik", "Kripik");
        }
        if (spelled.contains("Sambal") && sambalSeen++ % 4 == 3) {
            spelled = spelled.replace("Sambal", "Sambel");
        }
        if (spelled.contains("Cokelat") && cokelatSeen++ % 3 == 2) {
            spelled = spelled.replace("Cokelat", "Coklat");
        }
        return spelled;
    }

    private String productDescription(ProductLine line, boolean negotiable) {
        List<String> sentences = line.sentences();
        StringBuilder text = new StringBuilder(sentences.get(0)).append(' ');
        if (chance(0.5)) {
            text.append(sentences.get(1 + random.nextInt(sentences.size() - 1)));
        } else {
            text.append(pick(DemoVocabulary.SECTOR_SENTENCES.get(line.sector())));
        }
        if (negotiable) {
            text.append(' ').append(DemoVocabulary.NEGOTIABLE_PRICE_SENTENCE);
        } else if (chance(0.5)) {
            List<String> closings = line.sector().equals(DemoVocabulary.JASA)
                    ? DemoVocabulary.SERVICE_CLOSINGS : DemoVocabulary.GOODS_CLOSINGS;
            text.append(' ').append(pick(closings));
        }
        return text.toString();
    }

    private long priceWithin(Unit unit) {
        long max = unit.maxPrice();
        long step = max <= 60_000 ? 500 : max <= 300_000 ? 1_000 : max <= 1_500_000 ? 5_000 : 25_000;
        long steps = (max - unit.minPrice()) / step;
        return unit.minPrice() + step * random.nextLong(steps + 1);
    }

    private long uniqueSecond(Set<Long> used, long second) {
        long candidate = second;
        while (!used.add(candidate)) {
            candidate++;
        }
        return candidate;
    }

    /** An edit some seconds after creation, but never after the catalogue's own date nor before creation. */
    private static LocalDateTime editedLater(LocalDateTime createdAt, long seconds) {
        LocalDateTime edited = createdAt.plusSeconds(seconds);
        if (edited.isAfter(CATALOGUE_AS_OF)) {
            edited = CATALOGUE_AS_OF;
        }
        return edited.isBefore(createdAt) ? createdAt : edited;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String digits(int count) {
        char[] chars = new char[count];
        for (int i = 0; i < count; i++) {
            chars[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(chars);
    }

    private int weightedIndex(double[] weights) {
        double total = Arrays.stream(weights).sum();
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }

    private static <T> List<T> expand(List<T> values, int[] counts) {
        List<T> slots = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            for (int n = 0; n < counts[i]; n++) {
                slots.add(values.get(i));
            }
        }
        return slots;
    }

    /**
     * Splits {@code total} in proportion to {@code weights} (largest remainder), giving each at least
     * {@code minimumEach} when there is enough to go round. Integer weights that sum to {@code total} come back
     * as they are.
     */
    static int[] apportion(int total, double[] weights, int minimumEach) {
        int[] counts = new int[weights.length];
        int remaining = total;
        if (minimumEach > 0 && (long) minimumEach * weights.length <= total) {
            Arrays.fill(counts, minimumEach);
            remaining -= minimumEach * weights.length;
        }
        double weightSum = Arrays.stream(weights).sum();
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = remaining * weights[i] / weightSum;
            int whole = (int) Math.floor(exact);
            counts[i] += whole;
            assigned += whole;
            remainders[i] = exact - whole;
        }
        Integer[] byRemainder = new Integer[weights.length];
        for (int i = 0; i < byRemainder.length; i++) {
            byRemainder[i] = i;
        }
        Arrays.sort(byRemainder, Comparator.<Integer>comparingDouble(i -> -remainders[i]).thenComparing(i -> i));
        for (int k = 0; k < remaining - assigned; k++) {
            counts[byRemainder[k % byRemainder.length]]++;
        }
        return counts;
    }

    private static String uniqueSlug(String base, Set<String> used, Map<String, Integer> nextSuffix) {
        if (used.add(base)) {
            return base;
        }
        int suffix = nextSuffix.getOrDefault(base, 2);
        while (!used.add(base + "-" + suffix)) {
            suffix++;
        }
        nextSuffix.put(base, suffix + 1);
        return base + "-" + suffix;
    }

    /** Product lines of one sector in a shuffled, weighted order, so every line turns up before any repeats. */
    private final class LineDeck {
        private final List<ProductLine> cards = new ArrayList<>();
        private int position;

        LineDeck(String sector) {
            for (ProductLine line : DemoVocabulary.PRODUCT_LINES) {
                if (line.sector().equals(sector)) {
                    for (int i = 0; i < line.weight(); i++) {
                        cards.add(line);
                    }
                }
            }
            position = cards.size();
        }

        ProductLine next() {
            if (position == cards.size()) {
                shuffle(cards);
                position = 0;
            }
            return cards.get(position++);
        }
    }

    private static final class MemberDraft {
        String slug;
        String businessName;
        String ownerName;
        String scale;
        String sector;
        String districtCode;
        String address;
        String description;
        String whatsapp;
        String instagram;
        String tiktok;
        String shopeeUrl;
        String tokopediaUrl;
        String nib;
        String pirt;
        String halalCert;
        String bpom;
        String status;
        LocalDateTime createdAt;
        LocalDateTime updatedAt;
        ProductLine specialty;
        int published;
        final List<String> unpublishedStatuses = new ArrayList<>();

        long secondsSinceFirstJoin() {
            return Duration.between(FIRST_MEMBER_JOINED, createdAt).getSeconds();
        }

        DemoMember toRecord() {
            return new DemoMember(slug, businessName, ownerName, scale, sector, districtCode, address, description,
                    whatsapp, instagram, tiktok, shopeeUrl, tokopediaUrl, nib, pirt, halalCert, bpom, status,
                    createdAt, updatedAt);
        }
    }

    private static final class ProductDraft {
        MemberDraft member;
        String name;
        String description;
        Long price;
        String unit;
        String sector;
        String status;
        LocalDateTime createdAt;
        LocalDateTime updatedAt;
    }
}
