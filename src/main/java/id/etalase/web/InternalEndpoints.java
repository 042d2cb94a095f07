package id.etalase.web;

import id.etalase.i18n.AppMessages;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Health and metrics are for the cluster (the kubelet's probes, Prometheus scraping a pod), not for the public. A
 * request that came through the ingress, which always adds X-Forwarded-For, is answered 404 as if they were not
 * there; the API documentation under /q stays public.
 */
@ApplicationScoped
public class InternalEndpoints {

    @Inject
    ProblemMapper problems;

    void register(@Observes Router router) {
        router.routeWithRegex("/q/(metrics|health)(/.*)?").order(Integer.MIN_VALUE + 2).handler(this::onlyInternal);
    }

    void onlyInternal(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.getHeader("X-Forwarded-For") == null && request.getHeader("Forwarded") == null) {
            context.next();
            return;
        }
        problems.answer(context, 404, AppMessages::problem_notFound_title, AppMessages::problem_notFound_detail,
                false);
    }
}
