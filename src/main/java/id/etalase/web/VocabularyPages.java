package id.etalase.web;

import id.etalase.account.AccountRoles;
import id.etalase.admin.VocabularyService;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PublicUrls;
import id.etalase.common.QueryUrl;
import id.etalase.i18n.AdminMessages;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The search vocabulary in the admin area: rules, the searches that found nothing, the rebuild that applies them. */
@Path("/admin/kosakata")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AccountRoles.ADMIN)
public class VocabularyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance vocabulary(PageMeta meta, VocabularyService.Overview overview, String notice,
                Form addForm, String errorMiss, Form missForm);
    }

    @Inject
    PageRequest view;

    @Inject
    VocabularyService vocabulary;

    @Inject
    PublicUrls urls;

    @Context
    UriInfo uri;

    @GET
    public TemplateInstance page(@QueryParam("pesan") String notice) {
        return page(notice(notice), Form.empty(), null, Form.empty());
    }

    @POST
    @Path("tambah")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String terms) {
        try {
            vocabulary.add(view.accountId(), terms);
            return Pages.seeOther("/admin/kosakata?pesan=ditambahkan");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(null, errors(e, Map.of("terms", terms == null ? "" : terms)), null,
                    Form.empty())).build();
        }
    }

    @POST
    @Path("varian")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addVariant(@RestForm String query, @RestForm String meaning) {
        try {
            vocabulary.addVariant(view.accountId(), query, meaning);
            return Pages.seeOther("/admin/kosakata?pesan=ditambahkan");
        } catch (InvalidInputException e) {
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("meaning", meaning == null ? "" : meaning);
            return Response.status(400).entity(page(null, Form.empty(), query, errors(e, typed))).build();
        }
    }

    @POST
    @Path("hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestForm long id) {
        vocabulary.remove(view.accountId(), id);
        return Pages.seeOther("/admin/kosakata?pesan=dihapus");
    }

    @POST
    @Path("bangun-ulang")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rebuild() {
        return Pages.seeOther(QueryUrl.link("/admin/kosakata", "pesan",
                vocabulary.rebuild(view.accountId()) ? "diterapkan" : "gagal"));
    }

    private TemplateInstance page(String notice, Form addForm, String errorMiss, Form missForm) {
        AdminMessages msg = view.adminMessages();
        String title = msg.vocabulary_title();
        return Pages.localized(Templates.vocabulary(Pages.meta(urls, uri, view.language(), title, title, "/admin/kosakata"),
                vocabulary.overview(), notice, addForm, errorMiss, missForm), view.language());
    }

    private String notice(String code) {
        AdminMessages msg = view.adminMessages();
        return code == null ? null : switch (code) {
            case "ditambahkan" -> msg.vocabulary_notice_added();
            case "dihapus" -> msg.vocabulary_notice_removed();
            case "diterapkan" -> msg.vocabulary_notice_applied();
            case "gagal" -> msg.vocabulary_notice_failed();
            default -> null;
        };
    }

    private Form errors(InvalidInputException e, Map<String, String> typed) {
        return Form.of(typed).withErrors(ProblemMapper.fields(e.errors(), e.violations(), view.language()));
    }
}
