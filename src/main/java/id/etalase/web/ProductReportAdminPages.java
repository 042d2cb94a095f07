package id.etalase.web;

import id.etalase.account.AccountRoles;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PublicUrls;
import id.etalase.common.QueryUrl;
import id.etalase.i18n.AdminMessages;
import id.etalase.i18n.Languages;
import id.etalase.moderation.ReportService;
import id.etalase.moderation.ReportedProduct;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The admins' queue of shoppers' reports, grouped by product: hide the product, suspend its member, or dismiss. */
@Path("/admin/aduan")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AccountRoles.ADMIN)
public class ProductReportAdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(PageMeta meta, List<ReportedProduct> products, String notice,
                String error, long errorFor);
    }

    @Inject
    PageRequest view;

    @Inject
    ReportService reports;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uri;

    @GET
    public TemplateInstance queue(@QueryParam("pesan") String notice, @QueryParam("galat") String error,
            @QueryParam("id") Long errorFor) {
        String language = view.language();
        AdminMessages msg = Languages.adminMessages(language);
        String title = msg.admin_reports_title();
        return Pages.localized(Templates.reports(Pages.meta(urls, uri, language, title, title, "/admin/aduan"),
                reports.openReports(), notice(notice, msg), "alasan".equals(error) ? msg.moderation_reasonRequired()
                        : null, errorFor == null ? 0 : errorFor), language);
    }

    /** One form, three buttons: aksi=sembunyikan (hide), tangguhkan (suspend the member) or abaikan (dismiss). */
    @POST
    @Path("putuskan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestForm long id, @RestForm String aksi, @RestForm String reason) {
        long admin = view.accountId();
        try {
            switch (aksi == null ? "" : aksi) {
                case "sembunyikan" -> reports.hideProduct(id, reason, admin);
                case "tangguhkan" -> reports.suspendMember(id, reason, admin);
                case "abaikan" -> reports.dismiss(id, admin);
                default -> {
                    return Pages.seeOther("/admin/aduan");
                }
            }
            return Pages.seeOther(QueryUrl.link("/admin/aduan", "pesan", aksi));
        } catch (InvalidInputException e) {
            return Pages.seeOther(QueryUrl.link("/admin/aduan", "galat", "alasan", "id", id));
        }
    }

    private static String notice(String code, AdminMessages msg) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "sembunyikan" -> msg.admin_reports_hidden();
            case "tangguhkan" -> msg.admin_reports_suspended();
            case "abaikan" -> msg.admin_reports_dismissed();
            default -> null;
        };
    }
}
