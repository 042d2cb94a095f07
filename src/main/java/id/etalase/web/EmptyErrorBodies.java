package id.etalase.web;

import id.etalase.i18n.AppMessages;
import id.etalase.i18n.Languages;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A refusal that left no body (a filter that stopped the request, such as the CSRF check) still answers like every
 * other: problem+json for the API, the error page elsewhere. A form sent with a missing or stale token is told to
 * reload the page, since that is what usually happened (a form left open, cookies cleared).
 */
public class EmptyErrorBodies {

    @Inject
    ProblemMapper problems;

    @ServerResponseFilter
    public void fill(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        String language = Languages.forRequest(request);
        AppMessages msg = Languages.messages(language);
        boolean staleForm = response.getStatus() == 400 && "POST".equals(request.getMethod());
        String title = staleForm ? msg.problem_formExpired_title() : msg.problem_generic_title();
        String detail = staleForm ? msg.problem_formExpired_detail() : null;
        Response filled = problems.problem(response.getStatus(), title, detail, request.getUriInfo(), List.of(),
                language);
        response.setEntity(filled.getEntity(), null, filled.getMediaType());
    }
}
