package id.etalase.web;

import id.etalase.account.AccountRoles;
import id.etalase.admin.Charts;
import id.etalase.admin.ReportService;
import id.etalase.admin.Table;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PublicUrls;
import id.etalase.enquiry.WhatsAppLinks;
import id.etalase.i18n.AppMessages;
import id.etalase.i18n.Languages;
import id.etalase.i18n.ReportMessages;
import id.etalase.reference.ReferenceData;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The admins' reports (/admin/laporan): the community's profile, its members' legal papers and the portal's usage
 * over a period, each table drawn as a chart and downloadable as CSV or .xlsx with the same numbers.
 */
@Path("/admin/laporan")
@RolesAllowed(AccountRoles.ADMIN)
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(PageMeta meta, Form form, ReportService.Period period,
                ReportService.Profile profile, String largestSector, ReportService.LegalPapers papers,
                ReportService.UsageReport usage, List<Section> profileSections, List<Section> paperSections,
                List<Section> usageSections);
    }

    /** One table of a report with its chart (an image address) and its name in download links. */
    public record Section(String id, String title, Table table, String chart) {
    }

    /** How a table is drawn: bars or lines over time, of which columns. */
    private record Drawn(Table table, boolean overTime, int[] columns) {
    }

    @Inject
    PageRequest view;

    @Inject
    ReportService reports;

    @Inject
    ReferenceData reference;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response reports(@QueryParam("from") String from, @QueryParam("to") String to) {
        ReportMessages words = words();
        Map<String, String> typed = new HashMap<>();
        typed.put("from", from);
        typed.put("to", to);
        ReportService.Period period;
        Form form;
        int status = 200;
        try {
            period = reports.period(from, to, reports.today());
            form = Form.of(Map.of("from", period.from().toString(), "to", period.to().toString()));
        } catch (InvalidInputException e) {
            // The default period is shown under the message, so the page is never empty.
            period = reports.period(null, null, reports.today());
            form = Form.of(typed).withErrors(ProblemMapper.fields(e.errors(), e.violations(), view.language()));
            status = 400;
        }
        ReportService.Profile profile = reports.profile(period.to());
        ReportService.LegalPapers papers = reports.legalPapers(period.to());
        ReportService.UsageReport usage = reports.usage(period);
        Map<String, Drawn> tables = tables(profile, papers, usage, view.messages(), words);
        String largest = profile.bySector().isEmpty() || profile.bySector().get(0).count() == 0 ? null
                : sector(profile.bySector().get(0).key());
        TemplateInstance page = Templates.reports(view.meta(words.title(), "/admin/laporan"), form, period, profile,
                largest, papers, usage, sections(tables, "members-"), sections(tables, "papers-"),
                sections(tables, "usage-"));
        return Response.status(status).entity(Pages.localized(page, view.language()))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** One report table as CSV or .xlsx: the same numbers as the page for the same period. */
    @GET
    @Path("unduh")
    public Response download(@QueryParam("table") String table, @QueryParam("format") String format,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportService.Period period = reports.period(from, to, reports.today());
        Map<String, Drawn> tables = tables(reports.profile(period.to()), reports.legalPapers(period.to()),
                reports.usage(period), view.messages(), words());
        Drawn drawn = Optional.ofNullable(table).map(tables::get).orElseThrow(NotFoundException::new);
        return Downloads.table(drawn.table(), format, "laporan-" + table + "-" + period.from() + "-" + period.to());
    }

    /** Any member's monthly report, with a chat to send it to them (the link opens their own copy, behind login). */
    @GET
    @Path("anggota")
    @Produces(MediaType.TEXT_HTML)
    public Response member(@QueryParam("member") Long member, @QueryParam("month") String month) {
        if (member == null) {
            throw new NotFoundException();
        }
        AppMessages msg = view.messages();
        return MemberReportPages.render(reports, urls, uri, view.language(), member, month, true,
                (report, monthName, page) -> WhatsAppLinks.chatMonthlyReport(report.whatsapp(),
                        report.businessName(), monthName, report.current().views(), report.current().enquiries(),
                        page, Pages.siteName(), msg));
    }

    @GET
    @Path("anggota/pdf")
    public Response memberPdf(@QueryParam("member") Long member, @QueryParam("month") String month) {
        if (member == null) {
            throw new NotFoundException();
        }
        return MemberReportPages.pdf(reports, urls, view.language(), member, month);
    }

    private static List<Section> sections(Map<String, Drawn> tables, String prefix) {
        List<Section> sections = new ArrayList<>();
        tables.forEach((id, drawn) -> {
            if (id.startsWith(prefix)) {
                String title = drawn.table().name();
                String svg = drawn.overTime() ? Charts.timeLines(drawn.table(), title, drawn.columns())
                        : Charts.bars(drawn.table(), title, drawn.columns());
                sections.add(new Section(id, title, drawn.table(), Charts.dataUrl(svg)));
            }
        });
        return sections;
    }

    /** Every table of the reports by its download name, headings and names in the page's language. */
    private Map<String, Drawn> tables(ReportService.Profile profile, ReportService.LegalPapers papers,
            ReportService.UsageReport usage, AppMessages msg, ReportMessages words) {
        Map<String, Drawn> tables = new LinkedHashMap<>();
        Function<ReportService.Usage, String> stored = ReportService.Usage::label;
        tables.put("members-scale", new Drawn(counts(words.byScale(), words.scale_heading(),
                words.members(), profile.byScale(), c -> msg.scale(c.key())), false, new int[] { 1 }));
        tables.put("members-district", new Drawn(counts(words.byDistrict(), words.district(),
                words.members(), profile.byDistrict(), ReportService.Count::label), false, new int[] { 1 }));
        tables.put("members-sector", new Drawn(counts(words.bySector(), words.sector(),
                words.members(), profile.bySector(), c -> sector(c.key())), false, new int[] { 1 }));
        tables.put("members-joined", new Drawn(counts(words.joins(), words.month(), words.joined(),
                profile.joinsByMonth(), ReportService.Count::key), true, new int[] { 1 }));
        tables.put("papers-district", new Drawn(papers(words.papersByDistrict(), words.district(),
                papers.byDistrict(), ReportService.Papers::label, words), false, new int[] { 2, 3, 4, 5 }));
        tables.put("papers-sector", new Drawn(papers(words.papersBySector(), words.sector(),
                papers.bySector(), p -> sector(p.key()), words), false, new int[] { 2, 3, 4, 5 }));
        tables.put("usage-day", new Drawn(usage(words.usageByDay(), words.day(), usage.byDay(), stored,
                words), true, new int[] { 1, 2 }));
        tables.put("usage-week", new Drawn(usage(words.usageByWeek(), words.week(), usage.byWeek(), stored,
                words), true, new int[] { 1, 2 }));
        tables.put("usage-month", new Drawn(usage(words.usageByMonth(), words.month(), usage.byMonth(),
                stored, words), true, new int[] { 1, 2 }));
        tables.put("usage-sector", new Drawn(usage(words.usageBySector(), words.sector(),
                usage.bySector(), u -> sector(u.key()), words), false, new int[] { 1, 2 }));
        tables.put("usage-district", new Drawn(usage(words.usageByDistrict(), words.district(),
                usage.byDistrict(), stored, words), false, new int[] { 1, 2 }));
        tables.put("usage-products", new Drawn(usage(words.topProducts(), words.product(),
                usage.topProducts(), stored, words), false, new int[] { 2 }));
        tables.put("usage-members", new Drawn(usage(words.topMembers(), words.member(),
                usage.topMembers(), stored, words), false, new int[] { 2 }));
        return tables;
    }

    private static Table counts(String name, String what, String count, List<ReportService.Count> counts,
            Function<ReportService.Count, String> label) {
        return new Table(name, List.of(what, count), counts.stream()
                .map(c -> List.<Object>of(label.apply(c), c.count())).toList());
    }

    private static Table papers(String name, String what, List<ReportService.Papers> rows,
            Function<ReportService.Papers, String> label, ReportMessages words) {
        return new Table(name, List.of(what, words.members(), words.nib(), words.pirt(),
                words.halal(), words.bpom()), rows.stream().map(p -> List.<Object>of(label.apply(p),
                        p.members(), p.nib(), p.pirt(), p.halal(), p.bpom())).toList());
    }

    private static Table usage(String name, String what, List<ReportService.Usage> rows,
            Function<ReportService.Usage, String> label, ReportMessages words) {
        return new Table(name, List.of(what, words.views(), words.enquiries(), words.per100()),
                rows.stream().map(u -> {
                    List<Object> row = new ArrayList<>(List.of(label.apply(u), u.views(), u.enquiries()));
                    row.add(u.enquiriesPer100Views());
                    return row;
                }).toList());
    }

    private String sector(String slug) {
        return reference.sector(slug).map(s -> s.name(view.language())).orElse(slug);
    }

    private ReportMessages words() {
        return Languages.ENGLISH.equals(view.language())
                ? MessageBundles.get(ReportMessages.class, Localized.Literal.of(Languages.ENGLISH))
                : MessageBundles.get(ReportMessages.class);
    }
}
