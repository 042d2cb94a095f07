package id.etalase.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.etalase.common.FieldError;
import id.etalase.common.FieldNames;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PublicUrls;
import id.etalase.i18n.AppMessages;
import id.etalase.i18n.Languages;
import id.etalase.i18n.Messages;
import id.etalase.search.SearchRejectedException;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns exceptions into answers: never a class name, message or stack trace to the client. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** The Indonesian (or English) error page, in the portal's layout, for everything outside the API. */
    @Inject
    Template error;

    @Inject
    PublicUrls urls;

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return badRequest(fields(List.of(), e.getConstraintViolations(), Languages.forRequest(uri, headers)), headers,
                uri);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, HttpHeaders headers, UriInfo uri) {
        return badRequest(fields(e.errors(), e.violations(), Languages.forRequest(uri, headers)), headers, uri);
    }

    /** Rule errors put into words and Bean Validation violations (already in words), ordered by field. */
    static List<Problem.Field> fields(List<FieldError> errors, Set<? extends ConstraintViolation<?>> violations,
            String language) {
        return Stream.concat(
                errors.stream().map(e -> new Problem.Field(e.field(), e.code(), Messages.text(language, e.code(), e.args()))),
                violations.stream().map(v -> new Problem.Field(FieldNames.of(v), code(v), v.getMessage())))
                .sorted(Comparator.comparing(Problem.Field::field).thenComparing(Problem.Field::message))
                .toList();
    }

    /** "{etalase.param.sector}" → "etalase.param.sector"; a built-in constraint's own key likewise. */
    private static String code(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** Elasticsearch refused the search itself; the database would not answer it better. */
    @ServerExceptionMapper
    public Response searchRejected(SearchRejectedException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Search rejected on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
        return badRequest(fields(List.of(FieldError.of("q", "search_rejected")), Set.of(),
                Languages.forRequest(uri, headers)), headers, uri);
    }

    @ServerExceptionMapper
    public Response malformedBody(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(400, msg.problem_badRequest_title(), msg.problem_malformedBody(), uri, List.of(), headers);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(404, msg.problem_notFound_title(), msg.problem_notFound_detail(), uri, List.of(), headers);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response conflict(Exception e, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(409, msg.problem_conflict_title(), msg.problem_conflict_detail(), uri, List.of(), headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(status, msg.problem_generic_title(), null, uri, List.of(), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        LOG.errorf(e, "Unexpected error on %s", uri == null ? "?" : uri.getPath());
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(500, msg.problem_server_title(), msg.problem_server_detail(), uri, List.of(), headers);
    }

    private Response badRequest(List<Problem.Field> errors, HttpHeaders headers, UriInfo uri) {
        AppMessages msg = Languages.messages(Languages.forRequest(uri, headers));
        return problem(400, msg.problem_badRequest_title(), msg.problem_badRequest_detail(), uri, errors, headers);
    }

    private Response problem(int status, String title, String detail, UriInfo uri, List<Problem.Field> errors,
            HttpHeaders headers) {
        String path = uri == null ? "" : uri.getPath();
        if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
            return page(status, uri, headers, errors);
        }
        Problem body = new Problem("about:blank", title, status, detail, uri == null ? null : path, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The error page in the portal's layout, with each field error's message as a hint of what to do. */
    private Response page(int status, UriInfo uri, HttpHeaders headers, List<Problem.Field> errors) {
        String language = Languages.forRequest(uri, headers);
        AppMessages msg = Languages.messages(language);
        String title = status == 404 ? msg.error_title_404() : status >= 500 ? msg.error_title_500()
                : status == 400 ? msg.error_title_400() : msg.problem_generic_title();
        String text = status == 404 ? msg.error_text_404() : status >= 500 ? msg.error_text_500() : msg.error_text_400();
        PageMeta meta = Pages.meta(urls.base(), uri, language, title + " – " + msg.site_name(), text,
                urls.base() + "/");
        String html = Pages.localized(error.data("meta", meta).data("title", title).data("text", text)
                .data("hints", errors.stream().map(Problem.Field::message).toList()), language)
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
