package id.etalase.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.etalase.common.ClientNetworks;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
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

    /** Takes one request from the client's bucket: empty when it may go ahead, else how long it must wait. */
    public Optional<Duration> take(String limitName, String clientAddress) {
        RateLimitConfig.Limit limit = config.limits().get(limitName);
        if (!config.enabled() || limit == null) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(limitName + ' ' + ClientNetworks.of(clientAddress), key -> Bucket.builder()
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
}
