package id.etalase.web;

import id.etalase.common.ClientNetworks;
import id.etalase.common.RateLimited;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Endpoints marked {@code @RateLimited} take one token per call from the client's bucket, or answer 429. */
public class RateLimitFilter {

    /** Thrown when a client has used up its limit; the mapper answers 429 with Retry-After. */
    public static class TooManyRequestsException extends RuntimeException {

        private final Duration retryAfter;

        TooManyRequestsException(Duration retryAfter) {
            super("rate limit reached");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    @Inject
    RateLimits limits;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void limit(ResourceInfo resource, HttpServerRequest request) {
        Method method = resource.getResourceMethod();
        RateLimited limited = method == null ? null : method.getAnnotation(RateLimited.class);
        if (limited == null) {
            return;
        }
        String client;
        if (limited.per() == RateLimited.Per.ACCOUNT) {
            // The endpoint's role check has run: anonymous here is a refusal on its way, and nothing to count.
            if (identity.isAnonymous()) {
                return;
            }
            client = RateLimits.account(identity.getPrincipal().getName());
        } else {
            // Quarkus has already put the forwarded client address here when, and only when, a trusted proxy sent it.
            client = RateLimits.client(ClientNetworks.addressOf(request));
        }
        limits.take(limited.value(), client).ifPresent(wait -> {
            throw new TooManyRequestsException(wait);
        });
    }
}
