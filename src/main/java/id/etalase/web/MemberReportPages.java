package id.etalase.web;

import id.etalase.account.CurrentAccount;
import id.etalase.admin.MonthlyReport;
import id.etalase.admin.ReportService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PublicUrls;
import id.etalase.common.QueryUrl;
import id.etalase.i18n.Languages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A member's monthly report on their dashboard (/akun/laporan), as a printable page and a PDF printed from the same
 * HTML; only their own: a link naming another member answers 404. The admins' copy (any member) is in ReportPages
 * and shares the templates and the rendering here.
 */
@Path("/akun/laporan")
@Authenticated
public class MemberReportPages {

    static final int RECENT_MONTHS = 6;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance monthly(PageMeta meta, boolean admin, String action, Form form,
                MonthlyReport r, String monthName, String previousName, String pdf, String whatsapp,
                List<MonthLink> recent);

        static native TemplateInstance pdf(String language, MonthlyReport r, String monthName, String previousName,
                String css);
    }

    /** A month to open: its name in the page's language and its address. */
    public record MonthLink(String name, String link) {
    }

    @Inject
    ReportService reports;

    @Inject
    CurrentAccount signedIn;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Response page(@QueryParam("month") String month, @QueryParam("member") Long member) {
        long own = own(member);
        String language = Languages.forRequest(uri, headers);
        return render(reports, urls, uri, language, own, month, false, null);
    }

    @GET
    @Path("pdf")
    public Response pdf(@QueryParam("month") String month, @QueryParam("member") Long member) {
        return pdf(reports, urls, Languages.forRequest(uri, headers), own(member), month);
    }

    /** The signed-in member's own id; another member's id in the link is "not found", as is an account without one. */
    private long own(Long member) {
        Long own = signedIn.account().memberId();
        if (own == null || member != null && !member.equals(own)) {
            throw new NotFoundException();
        }
        return own;
    }

    /** The page for the member or an admin; a month that cannot be read shows this month under the message. */
    static Response render(ReportService reports, PublicUrls urls, UriInfo uri, String language, long member,
            String monthText, boolean admin, WhatsAppText whatsapp) {
        YearMonth month;
        Form form;
        int status = 200;
        try {
            month = reports.month(monthText, reports.today());
            form = Form.of(Map.of("month", month.toString()));
        } catch (InvalidInputException e) {
            month = reports.month(null, reports.today());
            form = Form.of(Map.of("month", monthText)).withErrors(ProblemMapper.fields(e.errors(), e.violations(),
                    language));
            status = 400;
        }
        MonthlyReport report = reports.monthly(member, month).orElseThrow(NotFoundException::new);
        String base = admin ? "/admin/laporan/anggota" : "/akun/laporan";
        // The admin's copy names the member; the member's own is always theirs.
        QueryUrl here = admin ? QueryUrl.of(base).with("member", String.valueOf(member)) : QueryUrl.of(base);
        String monthName = monthName(month, language);
        String chat = whatsapp == null ? null : whatsapp.link(report, monthName,
                urls.absolute(QueryUrl.link("/akun/laporan", "month", month)));
        List<MonthLink> recent = new ArrayList<>();
        YearMonth last = YearMonth.from(reports.today());
        for (int i = 0; i < RECENT_MONTHS; i++) {
            YearMonth m = last.minusMonths(i);
            recent.add(new MonthLink(monthName(m, language), here.with("month", m.toString()).toString()));
        }
        String title = report.businessName() + " – " + monthName;
        PageMeta meta = Pages.meta(urls, uri, language, title, title, here.with("month", month.toString()).toString());
        String pdf = here.at(base + "/pdf").with("month", month.toString()).toString();
        TemplateInstance page = Templates.monthly(meta, admin, base, form, report, monthName,
                monthName(month.minusMonths(1), language), pdf, chat,
                recent);
        return Response.status(status).entity(Pages.localized(page, language))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The same report printed as a PDF to download. */
    static Response pdf(ReportService reports, PublicUrls urls, String language, long member, String monthText) {
        YearMonth month = reports.month(monthText, reports.today());
        MonthlyReport report = reports.monthly(member, month).orElseThrow(NotFoundException::new);
        String xhtml = Pages.localized(Templates.pdf(language, report, monthName(month, language),
                monthName(month.minusMonths(1), language), Pdfs.STYLE), language).render();
        byte[] pdf = Pdfs.fromXhtml(xhtml, urls.base());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"laporan-" + member + "-" + month + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** "Oktober 2026", "October 2026". */
    static String monthName(YearMonth month, String language) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
    }

    /** Builds the admin's prefilled chat from the report, its month's name and the member's own report page. */
    interface WhatsAppText {
        String link(MonthlyReport report, String monthName, String memberPage);
    }
}
