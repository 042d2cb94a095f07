package id.etalase.enquiry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientFingerprintTest {

    static final RequestInfo SHOPPER = RequestInfo.of("Mozilla/5.0 (Linux; Android 13) Chrome/120", "203.0.113.9",
            null, null, "etalase.example", false, true);
    static final String SECRET = "a-test-secret-that-is-long-enough-123";

    static ClientFingerprint fingerprint(String secret, Instant now) {
        ClientFingerprint fingerprint = new ClientFingerprint();
        fingerprint.config = new EnquiryConfig() {
            public String salt() {
                return secret;
            }

            public Duration dedupeWindow() {
                return Duration.ofMinutes(30);
            }

            public Duration rawRetention() {
                return Duration.ofDays(30);
            }

            public String writeEvery() {
                return "1s";
            }
        };
        fingerprint.clock = Clock.fixed(now, ZoneOffset.UTC);
        fingerprint.keys = KEYS;
        return fingerprint;
    }

    /** Random keys per day in memory, as the database keeps them for all replicas. */
    static final DailyKeys KEYS = new DailyKeys() {
        final Map<LocalDate, byte[]> stored = new HashMap<>();

        @Override
        byte[] key(LocalDate day) {
            return stored.computeIfAbsent(day, d -> {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                return key;
            });
        }

        @Override
        Optional<byte[]> existing(LocalDate day) {
            return Optional.ofNullable(stored.get(day));
        }

        @Override
        int deleteBefore(LocalDate day) {
            int before = stored.size();
            stored.keySet().removeIf(d -> d.isBefore(day));
            return before - stored.size();
        }
    };

    @Test
    void oneClientHasOneHashADayAndAnotherTheNextDay() {
        Instant morning = Instant.parse("2026-11-29T01:00:00Z");
        ClientFingerprint.Hashes first = fingerprint(SECRET, morning).hashes(SHOPPER);
        ClientFingerprint.Hashes evening = fingerprint(SECRET, morning.plus(Duration.ofHours(20))).hashes(SHOPPER);
        ClientFingerprint.Hashes nextDay = fingerprint(SECRET, morning.plus(Duration.ofDays(1))).hashes(SHOPPER);
        assertTrue(first.today().matches("[0-9a-f]{64}"), first.today());
        assertEquals(first, evening);
        assertNotEquals(first.today(), nextDay.today(), "the key changes daily");
        assertEquals(first.today(), nextDay.yesterday(), "so the window can still look back across midnight");
    }

    @Test
    void aDayWithoutAKeyHasNoHashesSoTheWindowLooksOnlyAtToday() {
        Instant future = Instant.parse("2031-03-01T08:00:00Z");
        ClientFingerprint.Hashes hashes = fingerprint(SECRET, future).hashes(SHOPPER);
        assertEquals(hashes.today(), hashes.yesterday());
    }

    @Test
    void onceADaysKeyIsDeletedItsHashesCannotBeMadeAgain() {
        Instant day = Instant.parse("2027-05-10T08:00:00Z");
        String then = fingerprint(SECRET, day).hashes(SHOPPER).today();
        KEYS.deleteBefore(LocalDate.of(2027, 5, 11));
        assertNotEquals(then, fingerprint(SECRET, day).hashes(SHOPPER).today(), "a new key, another hash");
    }

    @Test
    void theHashDependsOnTheSecretTheAddressAndTheBrowser() {
        Instant now = Instant.parse("2026-11-29T01:00:00Z");
        String hash = fingerprint(SECRET, now).hashes(SHOPPER).today();
        assertNotEquals(hash, fingerprint(SECRET + "x", now).hashes(SHOPPER).today());
        assertNotEquals(hash, fingerprint(SECRET, now).hashes(RequestInfo.of(SHOPPER.userAgent(), "203.0.113.10",
                null, null, null, false, true)).today());
        assertNotEquals(hash, fingerprint(SECRET, now).hashes(RequestInfo.of(SHOPPER.userAgent() + " x",
                "203.0.113.9", null, null, null, false, true)).today());
    }

    @Test
    void aLimitKnowsTheClientByItsNetworkAloneWhateverItsBrowserSays() {
        Instant now = Instant.parse("2026-11-29T01:00:00Z");
        ClientFingerprint fingerprint = fingerprint(SECRET, now);
        String hash = fingerprint.limitHashes(SHOPPER).today();
        assertEquals(hash, fingerprint.limitHashes(RequestInfo.of("curl/8.5", "203.0.113.9", null, null, null,
                false, true)).today(), "a new User-Agent is the same client");
        assertNotEquals(hash, fingerprint.limitHashes(RequestInfo.of(SHOPPER.userAgent(), "203.0.113.10", null,
                null, null, false, true)).today());
        assertNotEquals(hash, fingerprint.hashes(SHOPPER).today(), "a limit's key is not a count's");
        String v6 = fingerprint.limitHashes(RequestInfo.of("a", "2001:db8:1:2:aaaa::1", null, null, null, false,
                true)).today();
        assertEquals(v6, fingerprint.limitHashes(RequestInfo.of("b", "2001:db8:1:2:bbbb:cccc:dddd:eeee", null, null,
                null, false, true)).today(), "any address in one /64");
        assertNotEquals(v6, fingerprint.limitHashes(RequestInfo.of("a", "2001:db8:1:3::1", null, null, null, false,
                true)).today(), "another /64");
    }

    @Test
    void aCountTellsBrowsersBehindOneAddressApartButNotAddressesWithinOneNetwork() {
        ClientFingerprint fingerprint = fingerprint(SECRET, Instant.parse("2026-11-29T01:00:00Z"));
        String phone = fingerprint.hashes(RequestInfo.of("Phone", "2001:db8:5:6::10", null, null, null, false, true))
                .today();
        assertEquals(phone, fingerprint.hashes(RequestInfo.of("Phone", "2001:db8:5:6:1234::99", null, null, null,
                false, true)).today(), "a phone's privacy addresses rotate within its /64");
        assertNotEquals(phone, fingerprint.hashes(RequestInfo.of("Laptop", "2001:db8:5:6::10", null, null, null,
                false, true)).today(), "another device in the same household");
    }
}
