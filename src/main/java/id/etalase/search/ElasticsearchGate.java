package id.etalase.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.apache.http.client.config.RequestConfig;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.ResponseException;
import org.jboss.logging.Logger;

/**
 * The way shoppers' requests reach Elasticsearch: short connect and read timeouts, and a circuit breaker that, after
 * a few failures, sends requests straight to the database fallback until a trial call finds Elasticsearch back.
 * Failures are sorted: unavailable (refused, silent, 5xx, overloaded) may fall back; a rejected request (4xx) may not.
 * Indexing and rebuilds use the plain client with its longer timeouts.
 */
@ApplicationScoped
public class ElasticsearchGate {

    private static final Logger LOG = Logger.getLogger(ElasticsearchGate.class);
    static final String BREAKER = "elasticsearch";

    /** One call to make with the client the gate hands over. */
    @FunctionalInterface
    public interface Call<T> {
        T apply(ElasticsearchClient client) throws IOException;
    }

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchConfig config;

    private ElasticsearchClient interactive;
    private ElasticsearchClient probe;
    private Guard guard;

    @PostConstruct
    void init() {
        interactive = withTimeouts(config.connectTimeout(), config.interactiveTimeout());
        probe = withTimeouts(config.connectTimeout(), config.probeTimeout());
        guard = Guard.create().withDescription("Elasticsearch for shoppers' requests")
                .withCircuitBreaker().name(BREAKER)
                .requestVolumeThreshold(config.breakerRequests())
                .failureRatio(0.5)
                .delay(config.breakerOpenFor().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .failOn(ElasticsearchUnavailableException.class)
                .onStateChange(state -> LOG.warnf("Elasticsearch circuit breaker %s: searches %s", state,
                        state == CircuitBreakerState.OPEN ? "answer from the database" : "try Elasticsearch"))
                .done()
                .build();
    }

    /** A search or suggest: answers, or throws unavailable (fall back) or rejected (do not). */
    public <T> T interactive(Call<T> call) {
        return guarded(interactive, call);
    }

    /**
     * A health probe: an even shorter read timeout, and outside the breaker, so slow probes never turn shoppers'
     * searches away.
     */
    public <T> T probe(Call<T> call) {
        return classify(probe, call);
    }

    /** True while the breaker sends every request to the fallback without trying Elasticsearch. */
    public boolean isOpen() {
        return CircuitBreakerMaintenance.get().currentState(BREAKER) == CircuitBreakerState.OPEN;
    }

    @SuppressWarnings("unchecked")
    private <T> T guarded(ElasticsearchClient with, Call<T> call) {
        try {
            return (T) guard.call(() -> classify(with, call), Object.class);
        } catch (CircuitBreakerOpenException e) {
            throw new ElasticsearchUnavailableException("circuit breaker open", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // the guard's own checked exceptions (a timeout, an interrupted wait)
            throw new ElasticsearchUnavailableException(e.getMessage(), e);
        }
    }

    private static <T> T classify(ElasticsearchClient with, Call<T> call) {
        try {
            return call.apply(with);
        } catch (ElasticsearchException e) {
            throw byStatus(e.status(), e);
        } catch (TransportException e) {
            throw byStatus(e.statusCode(), e);
        } catch (ResponseException e) {
            throw byStatus(e.getResponse().getStatusLine().getStatusCode(), e);
        } catch (IOException e) {
            // refused, reset, timed out, or the connection pool exhausted
            throw new ElasticsearchUnavailableException(e.getMessage(), e);
        } catch (RuntimeException e) {
            if (fromTheClient(e)) {
                // an answer that is not what the client expects, or the client's I/O stopped
                throw new ElasticsearchUnavailableException(e.getMessage(), e);
            }
            // A fault in our own code answers 500 rather than hiding behind the fallback.
            throw e;
        }
    }

    private static boolean fromTheClient(RuntimeException e) {
        String origin = e.getClass().getName();
        return origin.startsWith("co.elastic.clients.") || origin.startsWith("org.elasticsearch.client.")
                || origin.startsWith("org.apache.http.") || origin.startsWith("jakarta.json.");
    }

    /**
     * 5xx, 429 (overloaded), 408, 404 (the index missing, e.g. before the first build) and 401/403 (credentials
     * wrong or rotated) are Elasticsearch's state: try the fallback. Any other status means the request itself was
     * refused.
     */
    private static RuntimeException byStatus(int status, Exception e) {
        if (status >= 500 || status == 429 || status == 408 || status == 404 || status == 401 || status == 403
                || status <= 0) {
            return new ElasticsearchUnavailableException("status " + status + ": " + e.getMessage(), e);
        }
        return new SearchRejectedException(status, e);
    }

    private ElasticsearchClient withTimeouts(Duration connect, Duration read) {
        RequestOptions base = RestClientOptions.of(client._transportOptions()).restClientRequestOptions();
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectTimeout((int) connect.toMillis())
                .setConnectionRequestTimeout((int) connect.toMillis())
                .setSocketTimeout((int) read.toMillis())
                .build();
        return client.withTransportOptions(new RestClientOptions(base.toBuilder().setRequestConfig(timeouts).build(),
                false));
    }
}
