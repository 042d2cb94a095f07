package id.etalase.web;

import id.etalase.account.AccountRoles;
import id.etalase.admin.CurationService;
import id.etalase.admin.FeaturedItem;
import id.etalase.catalog.FeaturedService.Kind;
import id.etalase.catalog.PhotoProcessor;
import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.TypedText;
import id.etalase.i18n.AdminMessages;
import id.etalase.settings.CommunityInput;
import id.etalase.settings.SettingsService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The admins' curation: what the home page features and when, and the community's name, colours and logo. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AccountRoles.ADMIN)
public class CurationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance featured(PageMeta meta, List<FeaturedItem> products, List<FeaturedItem> members,
                String query, List<CurationService.Candidate> candidates, String notice, String errorFor, Form form);

        static native TemplateInstance community(PageMeta meta, Form form, String notice);
    }

    /** The form's field names, in the order of the community form. */
    static final List<String> COMMUNITY_FIELDS = List.of("name", "taglineId", "taglineEn", "aboutId", "aboutEn",
            "brandColour", "accentColour", "contactWhatsapp", "instagram", "facebookUrl", "tiktok", "websiteUrl");

    @Inject
    PageRequest view;

    @Inject
    CurationService curation;

    @Inject
    SettingsService settings;

    @Inject
    AdminContact adminContact;

    @GET
    @Path("pilihan")
    public TemplateInstance featured(@QueryParam("q") String query, @QueryParam("pesan") String notice) {
        return featuredPage(query, notice, null, Form.empty());
    }

    @POST
    @Path("pilihan/tambah")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feature(@RestForm String kind, @RestForm String slug) {
        try {
            curation.feature(view.accountId(), kind(kind), slug);
            return Pages.seeOther("/admin/pilihan?pesan=ditambahkan");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(featuredPage(null, null, "add", errors(e, Map.of()))).build();
        }
    }

    @POST
    @Path("pilihan/jadwal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@RestForm String kind, @RestForm long id, @RestForm String position,
            @RestForm String startsOn, @RestForm String endsOn) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("position", position);
        typed.put("startsOn", startsOn);
        typed.put("endsOn", endsOn);
        try {
            List<FieldError> problems = new ArrayList<>();
            int place = number(position, problems);
            LocalDate starts = date("startsOn", startsOn, problems);
            LocalDate ends = date("endsOn", endsOn, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            curation.schedule(view.accountId(), kind(kind), id, place, starts, ends);
            return Pages.seeOther("/admin/pilihan?pesan=dijadwalkan");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(featuredPage(null, null, kind + "-" + id, errors(e, typed))).build();
        }
    }

    @POST
    @Path("pilihan/hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unfeature(@RestForm String kind, @RestForm long id) {
        curation.unfeature(view.accountId(), kind(kind), id);
        return Pages.seeOther("/admin/pilihan?pesan=dihapus");
    }

    @GET
    @Path("komunitas")
    public TemplateInstance communityForm(@QueryParam("pesan") String notice) {
        CommunityInput current = settings.form();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", current.name());
        values.put("taglineId", current.taglineId());
        values.put("taglineEn", current.taglineEn());
        values.put("aboutId", current.aboutId());
        values.put("aboutEn", current.aboutEn());
        values.put("brandColour", current.brandColour());
        values.put("accentColour", current.accentColour());
        // Until the admins name a contact, members who are stuck reach the first admin: offered here to confirm.
        values.put("contactWhatsapp", current.contactWhatsapp() != null ? current.contactWhatsapp()
                : adminContact.number().map(number -> "+" + number).orElse(null));
        values.put("instagram", current.instagram());
        values.put("facebookUrl", current.facebookUrl());
        values.put("tiktok", current.tiktok());
        values.put("websiteUrl", current.websiteUrl());
        String missing = current.contactWhatsapp() == null ? view.adminMessages().community_contactMissing() : null;
        return communityPage(Form.of(values), notice == null ? missing : communityNotice(notice));
    }

    @POST
    @Path("komunitas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCommunity(@RestForm String name, @RestForm String taglineId, @RestForm String taglineEn,
            @RestForm String aboutId, @RestForm String aboutEn, @RestForm String brandColour,
            @RestForm String accentColour, @RestForm String contactWhatsapp, @RestForm String instagram,
            @RestForm String facebookUrl, @RestForm String tiktok, @RestForm String websiteUrl) {
        CommunityInput input = new CommunityInput(name, taglineId, taglineEn, aboutId, aboutEn, brandColour,
                accentColour, contactWhatsapp, instagram, facebookUrl, tiktok, websiteUrl);
        try {
            curation.updateCommunity(view.accountId(), input);
            return Pages.seeOther("/admin/komunitas?pesan=tersimpan");
        } catch (InvalidInputException e) {
            Map<String, String> typed = new LinkedHashMap<>();
            List<String> values = java.util.Arrays.asList(name, taglineId, taglineEn, aboutId, aboutEn, brandColour,
                    accentColour, contactWhatsapp, instagram, facebookUrl, tiktok, websiteUrl);
            for (int i = 0; i < COMMUNITY_FIELDS.size(); i++) {
                typed.put(COMMUNITY_FIELDS.get(i), values.get(i));
            }
            return Response.status(400).entity(communityPage(errors(e, typed), null)).build();
        }
    }

    @POST
    @Path("komunitas/logo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadLogo(@RestForm("logo") List<FileUpload> logo) {
        try {
            List<byte[]> files = Uploads.read(logo, PhotoProcessor.MAX_BYTES,
                    FieldError.of("logo", "photo_tooLarge", PhotoProcessor.MAX_BYTES / (1024 * 1024)));
            if (files.isEmpty()) {
                throw new InvalidInputException(FieldError.of("logo", "photo_empty"));
            }
            curation.setLogo(view.accountId(), files.get(0));
            return Pages.seeOther("/admin/komunitas?pesan=logo");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(communityPage(errors(e, Map.of()), null)).build();
        }
    }

    @POST
    @Path("komunitas/logo/hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeLogo() {
        curation.removeLogo(view.accountId());
        return Pages.seeOther("/admin/komunitas?pesan=logo-dihapus");
    }

    private TemplateInstance featuredPage(String query, String notice, String errorFor, Form form) {
        AdminMessages msg = view.adminMessages();
        String text = TypedText.searchWords(query);
        String shown = notice == null ? null : switch (notice) {
            case "ditambahkan" -> msg.curation_notice_added();
            case "dijadwalkan" -> msg.curation_notice_scheduled();
            case "dihapus" -> msg.curation_notice_removed();
            default -> null;
        };
        return view.page(Templates.featured(view.meta(msg.curation_title(), "/admin/pilihan"), curation.featuredProducts(),
                curation.featuredMembers(), text, curation.candidates(text), shown, errorFor, form));
    }

    private TemplateInstance communityPage(Form form, String notice) {
        AdminMessages msg = view.adminMessages();
        return view.page(Templates.community(view.meta(msg.community_title(), "/admin/komunitas"), form, notice));
    }

    private String communityNotice(String code) {
        AdminMessages msg = view.adminMessages();
        return code == null ? null : switch (code) {
            case "tersimpan" -> msg.community_notice_saved();
            case "logo" -> msg.community_notice_logo();
            case "logo-dihapus" -> msg.community_notice_logoRemoved();
            default -> null;
        };
    }

    private Form errors(InvalidInputException e, Map<String, String> typed) {
        return Form.of(typed).withErrors(ProblemMapper.fields(e.errors(), e.violations(), view.language()));
    }

    private static Kind kind(String kind) {
        if ("produk".equals(kind)) {
            return Kind.PRODUCT;
        }
        if ("anggota".equals(kind)) {
            return Kind.MEMBER;
        }
        throw new BadRequestException();
    }

    private static int number(String typed, List<FieldError> problems) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(FieldError.of("position", "curation_badPosition"));
        return 0;
    }

    private static LocalDate date(String field, String typed, List<FieldError> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldError.of(field, "curation_date"));
            return null;
        }
    }
}
