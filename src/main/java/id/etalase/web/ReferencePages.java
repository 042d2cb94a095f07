package id.etalase.web;

import id.etalase.account.AccountRoles;
import id.etalase.admin.DistrictFile;
import id.etalase.admin.DistrictImport;
import id.etalase.admin.ProvinceRow;
import id.etalase.admin.ReferenceAdminService;
import id.etalase.admin.SectorRow;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.i18n.AdminMessages;
import id.etalase.i18n.Messages;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The admins' sectors (add, rename, reorder, merge) and districts (another province's from a file). */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AccountRoles.ADMIN)
public class ReferencePages {

    /** One row of an uploaded district file as the page reports it, the reason in the admin's language. */
    public record ImportLine(long row, String code, String name, String kind, String provinceCode, String outcome,
            String reason) {
    }

    /** What an upload did: counts per outcome and every row. */
    public record ImportReport(long added, long updated, long unchanged, long rejected, List<ImportLine> lines) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sectors(PageMeta meta, List<SectorRow> sectors, Map<String, Form> forms,
                String notice);

        static native TemplateInstance districts(PageMeta meta, List<ProvinceRow> provinces, Form form,
                ImportReport report);
    }

    static final String ADD = "add";

    @Inject
    PageRequest view;

    @Inject
    ReferenceAdminService reference;

    @GET
    @Path("sektor")
    public TemplateInstance sectors(@QueryParam("pesan") String notice) {
        return sectorsPage(null, null, notice);
    }

    @POST
    @Path("sektor/tambah")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSector(@RestForm String nameId, @RestForm String nameEn) {
        try {
            reference.addSector(view.accountId(), nameId, nameEn);
            return Pages.seeOther("/admin/sektor?pesan=ditambahkan");
        } catch (InvalidInputException e) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("nameId", nameId);
            typed.put("nameEn", nameEn);
            return Response.status(400).entity(sectorsPage(ADD, errors(e, typed), null)).build();
        }
    }

    @POST
    @Path("sektor/ubah")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateSector(@RestForm long id, @RestForm String slug, @RestForm String nameId,
            @RestForm String nameEn, @RestForm String position) {
        try {
            reference.updateSector(view.accountId(), id, slug, nameId, nameEn, position);
            return Pages.seeOther("/admin/sektor?pesan=disimpan");
        } catch (InvalidInputException e) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("slug", slug);
            typed.put("nameId", nameId);
            typed.put("nameEn", nameEn);
            typed.put("position", position);
            return Response.status(400).entity(sectorsPage("sector-" + id, errors(e, typed), null)).build();
        }
    }

    @POST
    @Path("sektor/gabung")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mergeSector(@RestForm long id, @RestForm String into) {
        try {
            reference.mergeSector(view.accountId(), id, target(into));
            return Pages.seeOther("/admin/sektor?pesan=digabung");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(sectorsPage("merge-" + id, errors(e, Map.of("into", into)), null))
                    .build();
        }
    }

    @GET
    @Path("wilayah")
    public TemplateInstance districts() {
        return districtsPage(Form.empty(), null);
    }

    /** The report of what the file did is the answer: there is nothing to confirm, and a second upload is a no-op. */
    @POST
    @Path("wilayah/unggah")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadDistricts(@RestForm("file") List<FileUpload> file) {
        try {
            List<byte[]> files = Uploads.read(file, DistrictFile.MAX_BYTES,
                    FieldError.of("file", "district_fileTooLarge"));
            DistrictImport result = reference.importDistricts(view.accountId(), files.isEmpty() ? null : files.get(0));
            return Response.ok(districtsPage(Form.empty(), report(result))).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(districtsPage(errors(e, Map.of()), null)).build();
        }
    }

    private TemplateInstance sectorsPage(String errorFor, Form failed, String notice) {
        AdminMessages msg = view.adminMessages();
        List<SectorRow> sectors = reference.sectors();
        Map<String, Form> forms = new LinkedHashMap<>();
        forms.put(ADD, ADD.equals(errorFor) ? failed : Form.empty());
        for (SectorRow s : sectors) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("slug", s.slug());
            values.put("nameId", s.nameId());
            values.put("nameEn", s.nameEn());
            values.put("position", String.valueOf(s.position()));
            forms.put(s.key(), s.key().equals(errorFor) ? failed : Form.of(values));
            forms.put(s.mergeKey(), s.mergeKey().equals(errorFor) ? failed : Form.empty());
        }
        String shown = notice == null ? null : switch (notice) {
            case "ditambahkan" -> msg.sectors_notice_added();
            case "disimpan" -> msg.sectors_notice_saved();
            case "digabung" -> msg.sectors_notice_merged();
            default -> null;
        };
        return view.page(Templates.sectors(view.meta(msg.sectors_title(), "/admin/sektor"), sectors, forms, shown));
    }

    private TemplateInstance districtsPage(Form form, ImportReport report) {
        AdminMessages msg = view.adminMessages();
        return view.page(Templates.districts(view.meta(msg.districts_title(), "/admin/wilayah"), reference.provinces(), form,
                report));
    }

    private ImportReport report(DistrictImport result) {
        String language = view.language();
        AdminMessages msg = view.adminMessages();
        List<ImportLine> lines = result.lines().stream().map(l -> new ImportLine(l.row(), l.code(), l.name(),
                l.kind(), l.provinceCode(), msg.districts_outcome(l.outcome().name().toLowerCase(java.util.Locale.ROOT)),
                l.reason() == null ? null : Messages.text(language, l.reason().code(), l.reason().args()))).toList();
        return new ImportReport(result.count(DistrictImport.Outcome.ADDED), result.count(DistrictImport.Outcome.UPDATED),
                result.count(DistrictImport.Outcome.UNCHANGED), result.count(DistrictImport.Outcome.REJECTED), lines);
    }

    private static Long target(String into) {
        try {
            return into == null || into.isBlank() ? null : Long.valueOf(into.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldError.of("into", "sector_mergeTarget"));
        }
    }

    private Form errors(InvalidInputException e, Map<String, String> typed) {
        return Form.of(typed).withErrors(ProblemMapper.fields(e.errors(), e.violations(), view.language()));
    }
}
