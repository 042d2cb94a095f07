package id.etalase.search;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.Wellness;

/**
 * Health of search, at /q/health/well (and /q/health), answering within a second either way: while the circuit
 * breaker is open it reports down without asking Elasticsearch, otherwise one short cluster health call through the
 * same breaker. Not a readiness check: without Elasticsearch a replica still serves every page, searching the
 * database, and taking all replicas out of the Service would turn a search outage into a portal outage.
 */
@Wellness
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
