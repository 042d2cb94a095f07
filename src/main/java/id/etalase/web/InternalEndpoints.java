package id.etalase.web;

import id.etalase.i18n.Languages;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Health and metrics are for the cluster (the kubelet's probes, Prometheus scraping a pod), not for the public. A
 * request that came through the ingress, which always adds X-Forwarded-For, is answered 404 as if they were not
 * there; the API documentation under /q stays public.
 */
@ApplicationScoped
public class InternalEndpoints {

    void register(@Observes Router router) {
        router.routeWithRegex("/q/(metrics|health)(/.*)?").order(Integer.MIN_VALUE + 2).handler(this::onlyInternal);
    }

    void onlyInternal(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.getHeader("X-Forwarded-For") == null && request.getHeader("Forwarded") == null) {
            context.next();
            return;
        }
        String title = Languages.messages(Languages.INDONESIAN).problem_notFound_title();
        context.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(new JsonObject().put("type", "about:blank").put("title", title).put("status", 404)
                        .put("instance", request.path()).encode());
    }
}
