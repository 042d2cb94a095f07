package id.etalase.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** A token bucket per limit and client, in memory; a client unseen for longer than its refill time is forgotten. */
// Application-scoped, so the filter's injection at start-up waits for the configuration to be read.
@ApplicationScoped
public class RateLimits {

    @Inject
    RateLimitConfig config;

    private Cache<String, Bucket> buckets;

    @PostConstruct
    void createBuckets() {
        Duration longest = config.limits().values().stream().map(RateLimitConfig.Limit::per)
                .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        buckets = Caffeine.newBuilder().maximumSize(config.clients()).expireAfterAccess(longest).build();
    }

    /**
     * Takes one request from the bucket of a client ({@link #client}) or an account ({@link #account}): empty when it
     * may go ahead, else how long it must wait.
     */
    public Optional<Duration> take(String limitName, String key) {
        RateLimitConfig.Limit limit = config.limits().get(limitName);
        if (!config.enabled() || limit == null) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(limitName + ' ' + key, name -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per())
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** The key of a signed-in account's bucket: never an address, so the two kinds never share a bucket. */
    static String account(String name) {
        return "account:" + name;
    }

    /** An IPv6 client is its /64 network: one household or phone gets a whole /64 and may use any address in it. */
    static String client(String address) {
        if (address == null || address.isEmpty() || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
