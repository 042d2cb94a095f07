package id.etalase.search;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of search: answers within a second either way. While the circuit breaker is open it reports down
 * without asking Elasticsearch; otherwise one short cluster health call through the same breaker.
 */
@Readiness
@ApplicationScoped
public class ElasticsearchHealthCheck implements HealthCheck {

    static final String NAME = "Elasticsearch cluster health check";

    @Inject
    ElasticsearchGate gate;

    @Override
    public HealthCheckResponse call() {
        if (gate.isOpen()) {
            return HealthCheckResponse.named(NAME).down().withData("reason", "circuit breaker open").build();
        }
        try {
            HealthStatus status = gate.probe(client -> client.cluster().health().status());
            return HealthCheckResponse.named(NAME).status(status != HealthStatus.Red)
                    .withData("status", status.jsonValue()).build();
        } catch (ElasticsearchUnavailableException | SearchRejectedException e) {
            return HealthCheckResponse.named(NAME).down().withData("reason", "unavailable").build();
        }
    }
}
