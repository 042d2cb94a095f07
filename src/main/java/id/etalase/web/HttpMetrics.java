package id.etalase.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The HTTP server's request timer (Quarkus' {@code http.server.requests}, tagged by route template): latency
 * histograms for Prometheus, and tags that no client can multiply. A path no route matched is already
 * {@code NOT_FOUND} when it answers 404; a refusal before routing (a cross-site write, a request line or header too
 * large) would keep the raw path, so a 4xx outside a route template is {@code CLIENT_ERROR}. Unknown methods are
 * {@code OTHER}.
 */
@Singleton
public class HttpMetrics {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    static final String CLIENT_ERROR = "CLIENT_ERROR";
    static final String OTHER_METHOD = "OTHER";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    /** Quarkus' own names for paths without a template. */
    private static final Set<String> KEPT_URIS = Set.of("NOT_FOUND", "REDIRECTION", "root", "UNKNOWN");

    @Produces
    @Singleton
    MeterFilter boundedTags() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return id;
                }
                List<Tag> tags = new ArrayList<>();
                boolean clientError = id.getTag("status") != null && id.getTag("status").startsWith("4");
                for (Tag tag : id.getTags()) {
                    if (tag.getKey().equals("uri") && clientError && !templated(tag.getValue())) {
                        tags.add(Tag.of("uri", CLIENT_ERROR));
                    } else if (tag.getKey().equals("method") && !METHODS.contains(tag.getValue())) {
                        tags.add(Tag.of("method", OTHER_METHOD));
                    } else {
                        tags.add(tag);
                    }
                }
                return id.replaceTags(tags);
            }
        };
    }

    /** Histogram buckets from 5 ms to 30 s, so Prometheus can take quantiles per route and over replicas. */
    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(5).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(30).toNanos())
                        .build()
                        .merge(config);
            }
        };
    }

    private static boolean templated(String uri) {
        return uri.contains("{") || KEPT_URIS.contains(uri);
    }
}
