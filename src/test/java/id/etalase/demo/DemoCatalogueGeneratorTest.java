package id.etalase.demo;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import id.etalase.common.Slugs;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain unit tests of the demo catalogue generator: no Quarkus, no database. */
class DemoCatalogueGeneratorTest {

    private static final long SEED = 20261124L;
    private static final DemoCatalogue DEFAULT = DemoCatalogueGenerator.generateDefault(SEED);
    private static final Set<String> EXPECTED_DISTRICTS = Set.of("18.71", "18.72", "18.03", "18.10", "18.05",
            "18.09", "18.02", "18.04", "18.01", "18.06", "18.08");
    private static final Set<String> SECTORS = Set.of("kuliner", "fashion", "kerajinan", "agribisnis", "jasa",
            "kecantikan-kesehatan", "lainnya");
    private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    @Test
    void sameSeedGivesTheSameCatalogueAndAnotherSeedAnother() {
        DemoCatalogue again = DemoCatalogueGenerator.generate(SEED, DemoCatalogueGenerator.DEFAULT_PUBLISHED_PRODUCTS);
        assertEquals(DEFAULT.members(), again.members());
        assertEquals(DEFAULT.products(), again.products());

        DemoCatalogue other = DemoCatalogueGenerator.generateDefault(SEED + 1);
        assertNotEquals(DEFAULT.members(), other.members());
        assertNotEquals(DEFAULT.products(), other.products());
    }

    @Test
    void defaultCommunityHas227ActiveMembersOfTheRequiredScales() {
        List<DemoMember> active = active(DEFAULT);
        Map<String, Long> byScale = count(active, DemoMember::scale);
        assertAll(
                () -> assertEquals(227, active.size()),
                () -> assertEquals(215L, byScale.get("mikro")),
                () -> assertEquals(12L, byScale.get("kecil")),
                () -> assertFalse(byScale.containsKey("menengah")),
                () -> assertEquals(230, DEFAULT.members().size()),
                () -> assertTrue(DEFAULT.members().stream()
                        .allMatch(m -> m.status().equals("active") || m.status().equals("pending"))));
    }

    @Test
    void membersLiveInExactlyTheElevenChosenDistrictsWithBandarLampungTheLargest() {
        Map<String, Long> byDistrict = count(active(DEFAULT), DemoMember::districtCode);
        assertEquals(EXPECTED_DISTRICTS, byDistrict.keySet());
        assertEquals(EXPECTED_DISTRICTS,
                DEFAULT.members().stream().map(DemoMember::districtCode).collect(Collectors.toSet()));
        long bandarLampung = byDistrict.get("18.71");
        byDistrict.forEach((code, members) -> {
            if (!code.equals("18.71")) {
                assertTrue(members < bandarLampung, code + " has " + members + " members");
            }
        });
    }

    @Test
    void foodIsTheLargestSectorByMembersAndByPublishedProducts() {
        Map<String, Long> membersBySector = count(active(DEFAULT), DemoMember::sectorSlug);
        Map<String, Long> productsBySector = count(published(DEFAULT), DemoProduct::sectorSlug);
        assertEquals(SECTORS, membersBySector.keySet());
        assertEquals(SECTORS, productsBySector.keySet());
        assertEquals("kuliner", largest(membersBySector));
        assertEquals("kuliner", largest(productsBySector));
        assertTrue(membersBySector.get("fashion") > membersBySector.get("agribisnis"));
        assertTrue(membersBySector.get("agribisnis") > membersBySector.get("kerajinan"));
    }

    @Test
    void defaultCatalogueHas1520PublishedAndAboutSixtyOtherProducts() {
        Map<String, Long> byStatus = count(DEFAULT.products(), DemoProduct::status);
        long unpublished = DEFAULT.products().size() - byStatus.get("published");
        assertAll(
                () -> assertEquals(1520L, byStatus.get("published")),
                () -> assertTrue(unpublished >= 45 && unpublished <= 75, "unpublished: " + unpublished),
                () -> assertTrue(byStatus.get("draft") > 0),
                () -> assertTrue(byStatus.get("pending") > 0),
                () -> assertTrue(byStatus.get("archived") > 0),
                () -> assertEquals(Set.of("published", "draft", "pending", "archived"), byStatus.keySet()));
    }

    @Test
    void everyMemberHasProductsAndPendingMembersOnlyDrafts() {
        Map<String, List<DemoProduct>> byMember = DEFAULT.products().stream()
                .collect(Collectors.groupingBy(DemoProduct::memberSlug));
        Set<String> memberSlugs = DEFAULT.members().stream().map(DemoMember::slug).collect(Collectors.toSet());
        assertTrue(memberSlugs.containsAll(byMember.keySet()), "every product belongs to a generated member");

        List<DemoMember> pending = DEFAULT.members().stream().filter(m -> m.status().equals("pending")).toList();
        assertEquals(3, pending.size());
        for (DemoMember member : pending) {
            List<DemoProduct> products = byMember.get(member.slug());
            assertFalse(products == null || products.isEmpty(), member.slug() + " has no drafts");
            assertTrue(products.stream().allMatch(p -> p.status().equals("draft")), member.slug());
            assertEquals("mikro", member.scale());
        }
        for (DemoMember member : active(DEFAULT)) {
            assertTrue(byMember.get(member.slug()).stream().anyMatch(p -> p.status().equals("published")),
                    member.slug() + " has nothing published");
        }
    }

    @Test
    void productsAreMostlyInTheirMembersSector() {
        Map<String, String> sectorOfMember = DEFAULT.members().stream()
                .collect(Collectors.toMap(DemoMember::slug, DemoMember::sectorSlug));
        long inOwnSector = DEFAULT.products().stream()
                .filter(p -> p.sectorSlug().equals(sectorOfMember.get(p.memberSlug())))
                .count();
        double share = (double) inOwnSector / DEFAULT.products().size();
        assertTrue(share >= 0.8 && share < 1.0, "share in the member's own sector: " + share);
    }

    @Test
    void slugsAreUniqueLowercaseAndFollowTheName() {
        assertUniqueSlugs(DEFAULT);
        for (DemoProduct product : DEFAULT.products()) {
            String base = Slugs.of(product.name());
            assertTrue(product.slug().equals(base) || product.slug().matches(Pattern.quote(base) + "-\\d+"),
                    product.slug() + " for " + product.name());
        }
        for (DemoMember member : DEFAULT.members()) {
            assertTrue(member.slug().startsWith(Slugs.of(member.businessName())), member.slug());
        }
        long distinctBusinessNames = DEFAULT.members().stream().map(DemoMember::businessName).distinct().count();
        assertEquals(DEFAULT.members().size(), distinctBusinessNames, "the default community has no namesakes");
    }

    @Test
    void everyWhatsappNumberIsAValidIndonesianMobileInInternationalDigits() throws NumberParseException {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        Set<String> seen = new HashSet<>();
        for (DemoMember member : DEFAULT.members()) {
            String digits = member.whatsapp();
            assertTrue(digits.matches("628\\d{8,10}"), digits);
            PhoneNumber number = phones.parse("+" + digits, "ID");
            assertTrue(phones.isValidNumberForRegion(number, "ID"), digits + " is not a valid Indonesian number");
            assertEquals(PhoneNumberType.MOBILE, phones.getNumberType(number), digits);
            assertEquals(digits, phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164).substring(1));
            assertTrue(seen.add(digits), "duplicate WhatsApp number " + digits);
        }
    }

    @Test
    void pricesAreWholeRupiahInSaneRangesAndAboutOneInTwentyNegotiable() {
        List<DemoProduct> products = DEFAULT.products();
        long negotiable = products.stream().filter(p -> p.price() == null).count();
        double negotiableShare = (double) negotiable / products.size();
        assertTrue(negotiableShare > 0.03 && negotiableShare < 0.08, "share without price: " + negotiableShare);
        for (DemoProduct product : products) {
            if (product.price() != null) {
                assertTrue(product.price() >= 3_000 && product.price() <= 5_000_000, product.toString());
                assertEquals(0, product.price() % 500, product.toString());
            }
        }
        Predicate<DemoProduct> keripik = p -> p.name().startsWith("Keripik") || p.name().startsWith("Kripik");
        assertPricesWithin(keripik, "250 gr", 15_000, 35_000);
        assertPricesWithin(keripik, null, 15_000, 60_000);
        assertPricesWithin(p -> nameHas(p, "kopi robusta lampung"), "250 gr", 35_000, 85_000);
        assertPricesWithin(p -> nameHas(p, "kain tapis"), null, 750_000, 5_000_000);
        assertPricesWithin(p -> nameHas(p, "jasa desain kemasan"), null, 150_000, 1_500_000);
    }

    @Test
    void productNamesCarryTheVocabularyShoppersSearchFor() {
        List<String> names = published(DEFAULT).stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
        List<String> words = List.of("topi", "sandal", "batok", "kopi", "kripik", "keripik", "coklat", "cokelat",
                "minuman", "keripik pisang", "kripik pisang", "keripik singkong", "kemplang", "getas", "lempok durian",
                "sambal", "sambel", "sambal seruit", "pempek", "madu hutan", "madu lebah", "lada hitam", "lada putih",
                "kopi robusta lampung", "bubuk", "biji sangrai", "gula aren", "pisang kepok", "pisang agung",
                "kain tapis", "kemeja batik", "batik tulis", "batik cap", "sulam usus", "tas anyaman",
                "kerajinan batok kelapa", "topi anyaman", "sandal kulit", "sandal jepit", "minuman jahe",
                "minuman serbuk", "cemilan", "camilan", "jasa desain kemasan", "jasa barcode", "sablon", "percetakan",
                "sabun herbal", "jamu", "kunyit asam", "kain tapis motif pucuk rebung", "keripik pisang cokelat lumer",
                "kopi robusta lampung barat bubuk");
        Map<String, Long> counts = new HashMap<>();
        for (String word : words) {
            counts.put(word, names.stream().filter(name -> name.contains(word)).count());
        }
        System.out.println("Demo vocabulary in published names: " + counts);
        counts.forEach((word, count) -> assertTrue(count > 0, "no published product named with '" + word + "'"));
        assertTrue(counts.get("kripik") < counts.get("keripik"), "regional spellings are the minority");
        assertTrue(counts.get("coklat") < counts.get("cokelat"), "regional spellings are the minority");
        assertTrue(counts.get("sambel") < counts.get("sambal"), "regional spellings are the minority");
    }

    @Test
    void productsHaveUnitsSectorsAndTwoOrThreeSentenceDescriptions() {
        for (DemoProduct product : DEFAULT.products()) {
            assertFalse(product.unit() == null || product.unit().isBlank(), product.toString());
            assertTrue(SECTORS.contains(product.sectorSlug()), product.toString());
            assertTrue(product.name().length() <= 150);
            long sentences = SENTENCE_END.matcher(product.description()).results().count();
            assertTrue(sentences == 2 || sentences == 3, product.description());
            if (product.price() == null) {
                assertTrue(product.description().contains("tanyakan"), "a price on request says how to ask");
            }
        }
    }

    @Test
    void timestampsAreFixedOrderedAndDistinctEnoughToSortByNewest() {
        LocalDateTime from = DemoCatalogueGenerator.FIRST_MEMBER_JOINED;
        LocalDateTime to = DemoCatalogueGenerator.CATALOGUE_AS_OF;
        Map<String, DemoMember> members = DEFAULT.members().stream()
                .collect(Collectors.toMap(DemoMember::slug, Function.identity()));
        for (DemoMember member : DEFAULT.members()) {
            assertFalse(member.createdAt().isBefore(from) || member.updatedAt().isAfter(to), member.slug());
            assertFalse(member.updatedAt().isBefore(member.createdAt()), member.slug());
        }
        for (DemoProduct product : DEFAULT.products()) {
            assertTrue(product.createdAt().isAfter(members.get(product.memberSlug()).createdAt()), product.slug());
            assertFalse(product.updatedAt().isBefore(product.createdAt()), product.slug());
            assertFalse(product.updatedAt().isAfter(to.plusMinutes(1)), product.slug());
        }
        long distinctCreated = DEFAULT.products().stream().map(DemoProduct::createdAt).distinct().count();
        assertEquals(DEFAULT.products().size(), distinctCreated);
    }

    @Test
    void membersCarryContactsAndPapersInRealisticShares() {
        List<DemoMember> members = DEFAULT.members();
        List<DemoMember> food = members.stream().filter(m -> m.sectorSlug().equals("kuliner")).toList();
        assertShare(members, m -> m.instagram() != null, 0.60, 0.80, "instagram");
        assertShare(members, m -> m.tiktok() != null, 0.15, 0.35, "tiktok");
        assertShare(members, m -> m.shopeeUrl() != null, 0.30, 0.50, "shopee");
        assertShare(members, m -> m.tokopediaUrl() != null, 0.20, 0.40, "tokopedia");
        assertShare(members, m -> m.nib() != null, 0.65, 0.85, "nib");
        assertShare(food, m -> m.pirt() != null, 0.70, 0.95, "pirt of food members");
        assertShare(food, m -> m.halalCert() != null, 0.25, 0.55, "halal of food members");
        long bpom = members.stream().filter(m -> m.bpom() != null).count();
        assertTrue(bpom >= 2 && bpom <= 20, "bpom: " + bpom);

        for (DemoMember member : members) {
            assertAll(member.slug(),
                    () -> assertTrue(member.instagram() == null || member.instagram().matches("[a-z0-9._]{1,30}")),
                    () -> assertTrue(member.tiktok() == null || member.tiktok().matches("[a-z0-9._]{1,30}")),
                    () -> assertTrue(member.shopeeUrl() == null
                            || member.shopeeUrl().matches("https://shopee\\.co\\.id/[a-z0-9._]+")),
                    () -> assertTrue(member.tokopediaUrl() == null
                            || member.tokopediaUrl().matches("https://www\\.tokopedia\\.com/[a-z0-9]+")),
                    () -> assertTrue(member.nib() == null || member.nib().matches("\\d{13}")),
                    () -> assertTrue(member.pirt() == null || member.pirt().matches("\\d{15}")),
                    () -> assertTrue(member.halalCert() == null || member.halalCert().matches("ID18\\d{15}")),
                    () -> assertTrue(member.bpom() == null
                            || member.bpom().matches("MD \\d{4} \\d{4} \\d{4}|NA18\\d{9}")),
                    () -> assertTrue(member.address().contains("Kec. ")),
                    () -> assertTrue(member.description().contains(member.businessName())),
                    () -> assertTrue(member.ownerName().matches("[A-Z][a-z]+( [A-Z][a-z]+)?")));
        }
    }

    @Test
    void aHundredThousandProductsKeepTheProportionsAndUniqueSlugs() {
        long started = System.nanoTime();
        DemoCatalogue large = DemoCatalogueGenerator.generate(SEED, 100_000);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Demo data: generated %d members and %d products in %d ms%n",
                large.members().size(), large.products().size(), millis);

        List<DemoMember> active = active(large);
        Map<String, Long> byScale = count(active, DemoMember::scale);
        assertAll(
                () -> assertEquals(100_000 / 7, active.size()),
                () -> assertEquals(100_000L, count(large.products(), DemoProduct::status).get("published")),
                () -> assertEquals(Math.round(12.0 * active.size() / 227), byScale.get("kecil")),
                () -> assertFalse(byScale.containsKey("menengah")),
                () -> assertEquals(EXPECTED_DISTRICTS,
                        large.members().stream().map(DemoMember::districtCode).collect(Collectors.toSet())),
                () -> assertEquals("18.71", largest(count(active, DemoMember::districtCode))),
                () -> assertEquals("kuliner", largest(count(published(large), DemoProduct::sectorSlug))));
        assertUniqueSlugs(large);
    }

    @Test
    void apportionKeepsExactSharesAndSplitsLargerTotalsInProportion() {
        double[] districtShares = {78, 24, 22, 18, 18, 15, 13, 12, 11, 9, 7};
        assertArrayEquals(new int[] {78, 24, 22, 18, 18, 15, 13, 12, 11, 9, 7},
                DemoCatalogueGenerator.apportion(227, districtShares, 0));
        int[] doubled = DemoCatalogueGenerator.apportion(454, districtShares, 0);
        assertEquals(156, doubled[0]);
        assertEquals(454, Arrays.stream(doubled).sum());
        int[] withMinimum = DemoCatalogueGenerator.apportion(10, new double[] {100, 1, 1}, 1);
        assertArrayEquals(new int[] {8, 1, 1}, withMinimum);
    }

    private static void assertUniqueSlugs(DemoCatalogue catalogue) {
        Set<String> memberSlugs = new HashSet<>();
        for (DemoMember member : catalogue.members()) {
            assertTrue(SLUG.matcher(member.slug()).matches(), member.slug());
            assertTrue(member.slug().length() <= 120, member.slug());
            assertTrue(memberSlugs.add(member.slug()), "duplicate member slug " + member.slug());
        }
        Set<String> productSlugs = new HashSet<>();
        for (DemoProduct product : catalogue.products()) {
            assertTrue(SLUG.matcher(product.slug()).matches(), product.slug());
            assertTrue(product.slug().length() <= 160, product.slug());
            assertTrue(productSlugs.add(product.slug()), "duplicate product slug " + product.slug());
        }
    }

    private static void assertPricesWithin(Predicate<DemoProduct> which, String unit, long min, long max) {
        List<DemoProduct> matching = DEFAULT.products().stream()
                .filter(which)
                .filter(p -> unit == null || unit.equals(p.unit()))
                .filter(p -> p.price() != null)
                .toList();
        assertFalse(matching.isEmpty(), "no priced products for " + unit);
        for (DemoProduct product : matching) {
            assertTrue(product.price() >= min && product.price() <= max, product.name() + " " + product.unit()
                    + " costs " + product.price());
        }
    }

    private static <T> void assertShare(List<T> items, Predicate<T> having, double min, double max, String what) {
        double share = (double) items.stream().filter(having).count() / items.size();
        assertTrue(share >= min && share <= max, what + ": " + share);
    }

    private static boolean nameHas(DemoProduct product, String words) {
        return product.name().toLowerCase(Locale.ROOT).contains(words);
    }

    private static List<DemoMember> active(DemoCatalogue catalogue) {
        return catalogue.members().stream().filter(m -> m.status().equals("active")).toList();
    }

    private static List<DemoProduct> published(DemoCatalogue catalogue) {
        return catalogue.products().stream().filter(p -> p.status().equals("published")).toList();
    }

    private static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static String largest(Map<String, Long> counts) {
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<String> leaders = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                .toList();
        assertEquals(1, leaders.size(), "tie for the largest: " + leaders);
        return leaders.get(0);
    }
}
