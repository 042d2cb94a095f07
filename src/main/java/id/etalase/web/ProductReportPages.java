package id.etalase.web;

import id.etalase.catalog.ProductSeller;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PublicUrls;
import id.etalase.common.QueryUrl;
import id.etalase.enquiry.ClientFingerprint;
import id.etalase.enquiry.RequestInfo;
import id.etalase.i18n.AppMessages;
import id.etalase.i18n.Languages;
import id.etalase.moderation.ReportReason;
import id.etalase.moderation.ReportResult;
import id.etalase.moderation.ReportService;
import id.etalase.moderation.ShopperReport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Laporkan": a shopper reports a product, no account needed. The form has a page of its own so that the product
 * page stays cacheable and sets no cookie (the form's CSRF token does).
 */
@Path("/laporkan")
@Produces(MediaType.TEXT_HTML)
public class ProductReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PageMeta meta, ProductSeller product, Form form, List<String> reasons,
                int maxDetails, String alert);

        static native TemplateInstance thanks(PageMeta meta, ProductSeller product);
    }

    @Inject
    PageRequest view;

    @Inject
    ReportService reports;

    @Inject
    ClientFingerprint fingerprint;

    @Inject
    PublicUrls urls;

    @Context
    HttpServerRequest request;

    @Context
    UriInfo uri;

    @GET
    public Response form(@QueryParam("produk") String slug) {
        ProductSeller product = reports.reportable(slug).orElseThrow(NotFoundException::new);
        return noStore(Response.ok(form(product, Form.empty(), null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestForm("produk") String slug, @RestForm String reason, @RestForm String details) {
        ProductSeller product = reports.reportable(slug).orElseThrow(NotFoundException::new);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("reason", reason);
        typed.put("details", details);
        ClientFingerprint.Hashes client = fingerprint.limitHashes(RequestInfo.from(request));
        try {
            ReportResult result = reports.report(slug, new ShopperReport(reason, details,
                    new ShopperReport.Client(client.today(), client.yesterday())));
            if (result instanceof ReportResult.Throttled throttled) {
                AppMessages msg = view.messages();
                long seconds = throttled.retryAfter().toSeconds();
                String wait = msg.report_throttled(Math.max(1, (seconds + 59) / 60));
                return noStore(Response.status(429).header(HttpHeaders.RETRY_AFTER, seconds)
                        .entity(form(product, Form.of(typed), wait)));
            }
            return Pages.seeOther(QueryUrl.link("/laporkan/terima-kasih", "produk", product.slug()));
        } catch (InvalidInputException e) {
            Form form = Form.of(typed).withErrors(ProblemMapper.fields(e.errors(), e.violations(), view.language()));
            return noStore(Response.status(400).entity(form(product, form, null)));
        }
    }

    @GET
    @Path("terima-kasih")
    public TemplateInstance thanks(@QueryParam("produk") String slug) {
        String language = view.language();
        AppMessages msg = Languages.messages(language);
        ProductSeller product = reports.reportable(slug).orElse(null);
        return Pages.localized(Templates.thanks(meta(msg.report_thanks_title(), "/laporkan/terima-kasih"), product),
                language);
    }

    private TemplateInstance form(ProductSeller product, Form form, String alert) {
        String language = view.language();
        AppMessages msg = Languages.messages(language);
        List<String> reasons = Arrays.stream(ReportReason.values()).map(ReportReason::slug).toList();
        return Pages.localized(Templates.form(meta(msg.report_title(product.name()),
                QueryUrl.link("/laporkan", "produk", product.slug())), product, form, reasons,
                ShopperReport.MAX_DETAILS, alert), language);
    }

    private PageMeta meta(String title, String path) {
        AppMessages msg = view.messages();
        return Pages.meta(urls, uri, view.language(), title, msg.report_intro(), path);
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").type(MediaType.TEXT_HTML_TYPE
                .withCharset("UTF-8")).build();
    }
}
