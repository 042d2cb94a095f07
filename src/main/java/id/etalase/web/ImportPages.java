package id.etalase.web;

import id.etalase.account.AccountRoles;
import id.etalase.admin.ImportKind;
import id.etalase.admin.ImportReport;
import id.etalase.admin.ImportService;
import id.etalase.admin.NewAccount;
import id.etalase.admin.SheetReader;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PublicUrls;
import id.etalase.common.QueryUrl;
import id.etalase.enquiry.WhatsAppLinks;
import id.etalase.i18n.AdminMessages;
import id.etalase.i18n.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Spreadsheet onboarding (/admin/impor): templates and exports to download, an upload checked in a dry run whose
 * report lists every row, then applying the same file, which lists the "set your password" links of the members it
 * enrolled for the admin to send by WhatsApp.
 */
@Path("/admin/impor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AccountRoles.ADMIN)
public class ImportPages {

    /** A report line in the reader's language. */
    public record RowView(int row, String label, String outcome, List<String> problems, List<String> changed) {
    }

    /** A member's one-time link and the WhatsApp chat that sends it. */
    public record LinkView(String businessName, String phone, String link, String whatsapp) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta, List<String> kinds, String errorKind, String error,
                String notice);

        static native TemplateInstance report(PageMeta meta, String kind, String fileName, ImportReport report,
                List<RowView> rows, String token);

        static native TemplateInstance applied(PageMeta meta, String kind, String fileName, ImportReport report,
                List<RowView> rows, List<LinkView> links);
    }

    static final List<String> KINDS = java.util.Arrays.stream(ImportKind.values()).map(ImportKind::slug).toList();

    @Inject
    PageRequest view;

    @Inject
    ImportService imports;

    @Inject
    PublicUrls urls;

    @GET
    public TemplateInstance index(@QueryParam("galat") String error) {
        AdminMessages msg = view.adminMessages();
        return view.page(Templates.index(meta(msg.import_title()), KINDS, null, null,
                "kedaluwarsa".equals(error) ? msg.import_expired() : null));
    }

    @GET
    @Path("templat")
    public Response template(@QueryParam("jenis") String kind, @QueryParam("format") String format) {
        ImportKind chosen = kind(kind);
        return Downloads.table(imports.template(chosen), format, "templat-" + chosen.slug());
    }

    @GET
    @Path("ekspor")
    public Response export(@QueryParam("jenis") String kind, @QueryParam("format") String format) {
        ImportKind chosen = kind(kind);
        return Downloads.table(imports.export(chosen), format, "ekspor-" + chosen.slug());
    }

    /** The dry run: nothing changes but the file kept for applying. */
    @POST
    @Path("uji")
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response dryRun(@RestForm("jenis") String kind, @RestForm("berkas") FileUpload file) {
        ImportKind chosen = kind(kind);
        AdminMessages msg = view.adminMessages();
        try {
            ImportService.Preview preview = imports.dryRun(chosen, file == null ? null : file.fileName(),
                    read(file), view.accountId());
            return Response.ok(view.page(Templates.report(meta(msg.import_report_title()), chosen.slug(),
                    preview.fileName(), preview.report(), rows(preview.report()), preview.token()))).build();
        } catch (InvalidInputException e) {
            String words = ProblemMapper.fields(e.errors(), e.violations(), view.language()).get(0).message();
            return Response.status(400).entity(view.page(Templates.index(meta(msg.import_title()), KINDS, chosen.slug(),
                    words, null))).build();
        }
    }

    /** Applies the file the dry run kept; shown once, since the links are not stored. */
    @POST
    @Path("terapkan")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response apply(@RestForm String token) {
        AdminMessages msg = view.adminMessages();
        return imports.apply(token, view.accountId())
                .map(applied -> Response.ok(view.page(Templates.applied(meta(msg.import_applied_title()),
                        applied.report().kind().slug(), applied.fileName(), applied.report(),
                        rows(applied.report()), applied.accounts().stream().map(this::link).toList())))
                        .build())
                .orElseGet(() -> Pages.seeOther("/admin/impor?galat=kedaluwarsa"));
    }

    private LinkView link(NewAccount account) {
        String link = urls.absolute(QueryUrl.link("/sandi-baru", "token", account.token()));
        return new LinkView(account.businessName(), account.phone(), link, WhatsAppLinks.chat(account.phone(),
                view.messages().whatsapp_reset(account.businessName(), link, Pages.siteName())));
    }

    private List<RowView> rows(ImportReport report) {
        String language = view.language();
        return report.rows().stream().map(r -> new RowView(r.row(), r.label(), r.outcome().slug(),
                r.problems().stream().map(p -> p.field() + ": " + Messages.text(language, p.code(), p.args()))
                        .toList(), r.changed())).toList();
    }

    private static ImportKind kind(String slug) {
        return ImportKind.fromSlug(slug).orElseThrow(NotFoundException::new);
    }

    private static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            SheetReader.checkSize(Files.size(file.uploadedFile()));
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PageMeta meta(String title) {
        return view.meta(title, "/admin/impor");
    }
}
