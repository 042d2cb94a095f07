package id.etalase.web;

import id.etalase.account.AccountService;
import id.etalase.account.AccountView;
import id.etalase.account.CurrentAccount;
import id.etalase.account.LoginResult;
import id.etalase.account.PasswordStrength;
import id.etalase.account.SessionCookie;
import id.etalase.account.ThrottledException;
import id.etalase.catalog.PhotoService;
import id.etalase.catalog.PhotoView;
import id.etalase.common.ClientNetworks;
import id.etalase.common.InvalidInputException;
import id.etalase.common.RateLimited;
import id.etalase.i18n.AppMessages;
import id.etalase.i18n.Languages;
import id.etalase.member.MemberProfile;
import id.etalase.member.MemberRegistration;
import id.etalase.member.MemberScale;
import id.etalase.member.MemberService;
import id.etalase.member.OwnMemberView;
import id.etalase.reference.ReferenceData;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/** The member's side of the door: registering, logging in and out, the account page and passwords. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    static final int MAX_NEXT = 300;
    /** A path and query of RFC 3986's unreserved, sub-delims, ':', '@', '/', '?' and '%': no '#', '"', '<', '\\'. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@/?%-]*");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(PageMeta meta, Form form, List<ReferenceData.SectorName> sectors,
                List<ReferenceData.DistrictName> districts);

        static native TemplateInstance login(PageMeta meta, Form form, String next, String notice, String adminChat);

        static native TemplateInstance password(PageMeta meta, Form form);

        static native TemplateInstance whatsapp(PageMeta meta, Form form, OwnMemberView member);

        static native TemplateInstance profile(PageMeta meta, Form form, List<ReferenceData.SectorName> sectors,
                List<ReferenceData.DistrictName> districts, List<String> scales, PhotoView logo);

        static native TemplateInstance reset(PageMeta meta, Form form, String token, boolean valid);
    }

    @Inject
    PageRequest view;

    @Inject
    AccountService accounts;

    @Inject
    AdminContact adminContact;

    @Inject
    MemberService members;

    @Inject
    SessionCookie session;

    @Inject
    ReferenceData reference;

    @Inject
    PhotoService photos;

    @Inject
    CurrentAccount signedIn;

    @GET
    @Path("daftar")
    public TemplateInstance registerForm() {
        String district = members.homeDistrict();
        return register(Form.of(district == null ? Map.of() : Map.of("district", district)));
    }

    @RateLimited(RateLimited.REGISTRATION)
    @POST
    @Path("daftar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String businessName, @RestForm String ownerName, @RestForm String whatsapp,
            @RestForm String sector, @RestForm String district, @RestForm String password, RoutingContext routing) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("businessName", businessName);
        typed.put("ownerName", ownerName);
        typed.put("whatsapp", whatsapp);
        typed.put("sector", sector);
        typed.put("district", district);
        MemberRegistration registration = new MemberRegistration(businessName, ownerName, MemberScale.MIKRO, sector,
                district, null, null, whatsapp, null, null, null, null, null, null, null, null);
        try {
            var member = members.register(registration, password);
            session.start(accounts.findByMember(member.id).orElseThrow(), routing);
            // Straight on to the first product: it is sent with the application and decided with it.
            return seeOther(withAdvice("/akun/produk/baru?pesan=terdaftar", password));
        } catch (InvalidInputException e) {
            Form form = Form.of(typed).withErrors(ProblemMapper.fields(e.errors(), e.violations(), view.language()));
            return Response.status(400).entity(register(form)).build();
        }
    }

    private TemplateInstance register(Form form) {
        String language = view.language();
        AppMessages msg = Languages.messages(language);
        return view.page(Templates.register(view.meta(msg.register_title(), msg.register_intro(), "/daftar"), form,
                reference.sectors(), reference.districts()));
    }

    @GET
    @Path("masuk")
    public TemplateInstance loginForm(@QueryParam("lanjut") String next, @QueryParam("pesan") String notice) {
        return login(Form.empty(), next, notice);
    }

    @POST
    @Path("masuk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String whatsapp, @RestForm String password, @RestForm("lanjut") String next,
            RoutingContext routing) {
        LoginResult result = accounts.login(whatsapp, password, client(routing));
        AppMessages msg = view.messages();
        Form typed = Form.of(whatsapp == null ? Map.of() : Map.of("whatsapp", whatsapp));
        if (result instanceof LoginResult.Success success) {
            // The answer is made before the session cookie is set, so nothing after the cookie can fail.
            Response onward = seeOther(safeNext(next).orElse("/akun"));
            session.start(success.account(), routing);
            return onward;
        }
        if (result instanceof LoginResult.Throttled throttled) {
            return Response.status(429)
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfter().toSeconds())
                    .entity(login(new Form(typed.values(), Map.of("password", throttledMessage(throttled, msg))),
                            next, null))
                    .build();
        }
        return Response.status(401)
                .entity(login(new Form(typed.values(), Map.of("password", msg.login_invalid())), next, null))
                .build();
    }

    /** "Coba lagi dalam 30 detik" or "… 15 menit". */
    static String throttledMessage(LoginResult.Throttled throttled, AppMessages msg) {
        return Pages.waitInWords(throttled.retryAfter().toSeconds(), msg::login_throttled_seconds,
                msg::login_throttled_minutes);
    }

    private TemplateInstance login(Form form, String next, String notice) {
        AppMessages msg = view.messages();
        return view.page(Templates.login(view.meta(msg.login_title(), msg.login_intro(), "/masuk"), form,
                safeNext(next).orElse(""), notice(notice, msg),
                adminContact.chat(msg.login_forgotChat(Pages.siteName())).orElse(null)));
    }

    /** Ends this browser's session on the server too: a copy of the cookie kept elsewhere no longer opens it. */
    @POST
    @Path("keluar")
    public Response logout(RoutingContext routing) {
        session.current(routing).ifPresent(accounts::endSession);
        session.end(routing);
        return seeOther("/masuk?pesan=keluar");
    }

    /** "Keluar dari semua perangkat": for a lost phone, every session of the account ends, this one included. */
    @POST
    @Path("akun/keluar-semua")
    @Authenticated
    public Response logoutEverywhere(RoutingContext routing) {
        accounts.endAllSessions(view.accountId());
        session.end(routing);
        return seeOther("/masuk?pesan=keluar-semua");
    }

    @GET
    @Path("akun/profil")
    @Authenticated
    public TemplateInstance profileForm() {
        long member = signedIn.memberId();
        members.refuseChangesWhileSuspended(member);
        MemberProfile profile = members.profile(member).orElseThrow(NotFoundException::new);
        return profile(Form.of(ProfileFields.values(profile)), logo(member, members.logo(member).orElse(null)));
    }

    @POST
    @Path("akun/profil")
    @Authenticated
    @Consumes({ MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED })
    public Response saveProfile(@BeanParam ProfileFields fields) {
        long member = signedIn.memberId();
        // The logo kept from before (or from a form that came back), a new one, or none.
        Long logo = fields.logoPhoto != null && photos.usableAsLogo(member, fields.logoPhoto) ? fields.logoPhoto : null;
        PhotoService.Staged staged = photos.stage(member, fields.logoFile(), 1, "logo");
        if (!staged.ids().isEmpty()) {
            logo = staged.ids().get(0);
        }
        if (fields.removeLogo != null) {
            logo = null;
        }
        try {
            if (!staged.errors().isEmpty()) {
                throw new InvalidInputException(staged.errors());
            }
            members.updateProfile(member, fields.profile());
            members.setLogo(member, logo);
            return seeOther("/akun?pesan=profil");
        } catch (InvalidInputException e) {
            Form form = Form.of(ProfileFields.values(fields.profile()))
                    .withErrors(ProblemMapper.fields(e.errors(), e.violations(), view.language()));
            return Response.status(400).entity(profile(form, logo(member, logo))).build();
        }
    }

    private PhotoView logo(long member, Long photoId) {
        return photoId == null ? null : photos.views(member, List.of(photoId)).stream().findFirst().orElse(null);
    }

    private TemplateInstance profile(Form form, PhotoView logo) {
        AppMessages msg = view.messages();
        return view.page(Templates.profile(view.meta(msg.profile_title(), msg.profile_title(), "/akun/profil"), form,
                reference.sectors(), reference.districts(), List.of("mikro", "kecil", "menengah"), logo));
    }

    /** A rejected member asks for a review again (after fixing what the admin named). */
    @POST
    @Path("akun/ajukan")
    @Authenticated
    public Response resubmit() {
        members.resubmit(signedIn.memberId());
        return seeOther("/akun?pesan=diajukan");
    }

    @GET
    @Path("akun/sandi")
    @Authenticated
    public TemplateInstance passwordForm() {
        return password(Form.empty());
    }

    @POST
    @Path("akun/sandi")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String current, @RestForm String password, RoutingContext routing) {
        try {
            // Every other session ends with the old password; this browser goes on in a new one.
            session.start(accounts.changePassword(view.accountId(), current, password, client(routing)), routing);
            return seeOther(withAdvice("/akun?pesan=sandi", password));
        } catch (InvalidInputException e) {
            Form form = Form.empty().withErrors(ProblemMapper.fields(e.errors(), e.violations(), view.language()));
            return Response.status(400).entity(password(form)).build();
        } catch (ThrottledException e) {
            String message = throttledMessage(new LoginResult.Throttled(e.retryAfter()), view.messages());
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, e.retryAfter().toSeconds())
                    .entity(password(new Form(Map.of(), Map.of("current", message)))).build();
        }
    }

    @GET
    @Path("akun/nomor")
    @Authenticated
    public TemplateInstance whatsappForm() {
        return whatsapp(Form.empty());
    }

    /** The member asks to use another WhatsApp number; it takes effect when an admin confirms it. */
    @RateLimited(value = RateLimited.WRITES, per = RateLimited.Per.ACCOUNT)
    @POST
    @Path("akun/nomor")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestWhatsapp(@RestForm String whatsapp, @RestForm String password, RoutingContext routing) {
        Form typed = Form.of(whatsapp == null ? Map.of() : Map.of("whatsapp", whatsapp));
        try {
            members.requestWhatsapp(signedIn.memberId(), view.accountId(), whatsapp, password, client(routing));
            return seeOther("/akun?pesan=nomor-diminta");
        } catch (InvalidInputException e) {
            return Response.status(400).entity(whatsapp(typed.withErrors(ProblemMapper.fields(e.errors(),
                    e.violations(), view.language())))).build();
        } catch (ThrottledException e) {
            String message = throttledMessage(new LoginResult.Throttled(e.retryAfter()), view.messages());
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, e.retryAfter().toSeconds())
                    .entity(whatsapp(new Form(typed.values(), Map.of("password", message)))).build();
        }
    }

    @POST
    @Path("akun/nomor/batal")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancelWhatsapp() {
        members.cancelWhatsappRequest(signedIn.memberId());
        return seeOther("/akun?pesan=nomor-batal");
    }

    private TemplateInstance whatsapp(Form form) {
        long member = signedIn.memberId();
        members.refuseChangesWhileSuspended(member);
        String title = view.sellerMessages().whatsapp_change_title();
        return view.page(Templates.whatsapp(view.meta(title, title, "/akun/nomor"), form,
                members.ownView(member).orElseThrow()));
    }

    /** A guessable password is accepted; the page after it says how to choose a better one. */
    private static String withAdvice(String page, String password) {
        return PasswordStrength.advice(password).map(advice -> page + "&saran=" + advice.code()).orElse(page);
    }

    private static String client(RoutingContext routing) {
        return ClientNetworks.addressOf(routing.request());
    }

    private TemplateInstance password(Form form) {
        AppMessages msg = view.messages();
        return view.page(Templates.password(view.meta(msg.password_title(), msg.password_title(), "/akun/sandi"), form));
    }

    /** The token travels as a parameter so that the form page has one fixed path (see quarkus.rest-csrf.*). */
    @GET
    @Path("sandi-baru")
    public TemplateInstance resetForm(@QueryParam("token") String token) {
        return reset(Form.empty(), token, accounts.resetAccount(token).isPresent());
    }

    @POST
    @Path("sandi-baru")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@RestForm String token, @RestForm String password, RoutingContext routing) {
        try {
            Optional<AccountView> account = accounts.resetPassword(token, password);
            if (account.isEmpty()) {
                return Response.status(410).entity(reset(Form.empty(), token, false)).build();
            }
            session.start(account.get(), routing);
            return seeOther(withAdvice("/akun?pesan=sandi", password));
        } catch (InvalidInputException e) {
            Form form = Form.empty().withErrors(ProblemMapper.fields(e.errors(), e.violations(), view.language()));
            return Response.status(400).entity(reset(form, token, true)).build();
        }
    }

    private TemplateInstance reset(Form form, String token, boolean valid) {
        AppMessages msg = view.messages();
        // The token is a secret: the canonical address does not repeat it.
        return view.page(Templates.reset(view.meta(msg.reset_title(), msg.reset_title(), "/sandi-baru"), form, token, valid));
    }

    /**
     * Only a path on this site, written with the characters a URL allows unescaped (and valid %-escapes): never
     * another host, a scheme, a backslash, a fragment, a quote or a bracket, so a crafted link can neither send a
     * member away after login nor break the redirect. Anything else is ignored.
     */
    static Optional<String> safeNext(String next) {
        if (next == null || next.length() > MAX_NEXT || !LOCAL_PATH.matcher(next).matches()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(next);
            boolean local = !uri.isAbsolute() && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//");
            return local ? Optional.of(next) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String notice(String code, AppMessages msg) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "keluar" -> msg.notice_loggedOut();
            case "keluar-semua" -> msg.notice_loggedOutEverywhere();
            default -> null;
        };
    }

    private static Response seeOther(String path) {
        return Pages.seeOther(path);
    }
}
