package id.etalase.web;

import id.etalase.account.TestAccounts;
import id.etalase.catalog.ListingService;
import id.etalase.common.Sql;
import id.etalase.testing.Listings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every route of the application (read from its JAX-RS resource methods, so a new route fails here until it is
 * classified) for every kind of visitor: anonymous, a pending member, the active member who owns the targets,
 * another active member, a suspended member and an admin. Public routes are only named (the crawl and the
 * feature tests cover them); every private one is sent as each actor and its answer asserted, and for a write, the
 * target's rows are compared before and after wherever the actor must not change them.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Actor { ANONYMOUS, PENDING, ACTIVE, OTHER_ACTIVE, SUSPENDED, ADMIN }

    /** The things the requests aim at, owned by the "ACTIVE" member. */
    record Targets(long member, long draft, long submitted, long submittedVersion, long published, long revision,
            long pendingMember) {
    }

    /**
     * One private route as the matrix sends it: the path (targets as {draft}, {member}…), for a form its fields,
     * for the API its JSON body (or a photo for "PNG"), and what each actor gets. Only {@code mayChange} may alter
     * the targets; anybody else's request must leave them as they were.
     */
    record Cell(String route, String path, Function<Targets, Map<String, String>> fields, String body,
            Map<Actor, Integer> answers, Actor mayChange) {

        boolean api() {
            return path.startsWith("/api/");
        }

        boolean read() {
            return route.startsWith("GET ");
        }
    }

    /** Routes anyone may use (the crawl and the feature tests check them); listed so that no route goes unclassified. */
    static final Set<String> PUBLIC = Set.of(
            "GET /", "GET /kategori/{sector}", "GET /wilayah/{district}", "GET /cari", "GET /produk/{slug}",
            "GET /anggota/{slug}", "GET /anggota/{slug}/kartu", "GET /tentang", "GET /tema.css", "GET /logo-{hash}.png",
            "GET /manifest.webmanifest", "GET /robots.txt", "GET /sitemap.xml", "GET /sitemap/pages.xml",
            "GET /sitemap/members.xml", "GET /sitemap/products-{file}.xml", "GET /produk/{slug}/whatsapp",
            "GET /{page}/{slug}/qr.png", "GET /laporkan", "POST /laporkan", "GET /laporkan/terima-kasih",
            "GET /daftar", "POST /daftar", "GET /masuk", "POST /masuk", "POST /keluar", "GET /sandi-baru",
            "POST /sandi-baru",
            // Photos: a public product's for everybody; one off the site only for its member and admins
            // (ListingPhotosTest covers who sees which).
            "GET /foto/{id}-{hash}-{size}.jpg",
            "GET /api/v1/products", "GET /api/v1/products/{slug}", "GET /api/v1/members",
            "GET /api/v1/members/{slug}", "GET /api/v1/sectors", "GET /api/v1/districts", "GET /api/v1/search",
            "GET /api/v1/suggest");

    static Map<Actor, Integer> answers(int anonymous, int pending, int active, int other, int suspended, int admin) {
        Map<Actor, Integer> answers = new EnumMap<>(Actor.class);
        answers.put(Actor.ANONYMOUS, anonymous);
        answers.put(Actor.PENDING, pending);
        answers.put(Actor.ACTIVE, active);
        answers.put(Actor.OTHER_ACTIVE, other);
        answers.put(Actor.SUSPENDED, suspended);
        answers.put(Actor.ADMIN, admin);
        return answers;
    }

    static final Function<Targets, Map<String, String>> NO_FIELDS = t -> Map.of();

    /** An admins' page: visitors are sent to log in, members refused, the admin answered {@code admin}. */
    static Cell adminPage(String route, String path, Function<Targets, Map<String, String>> fields, int admin) {
        return new Cell(route, path, fields, null, answers(303, 403, 403, 403, 403, admin), Actor.ADMIN);
    }

    static Cell adminRead(String route, String path) {
        return adminPage(route, path, NO_FIELDS, 200);
    }

    /** The admins' API: 401 without an account, 403 for members. */
    static Cell adminApi(String route, String path, String body, int admin) {
        return new Cell(route, path, NO_FIELDS, body, answers(401, 403, 403, 403, 403, admin), Actor.ADMIN);
    }

    /** A member's page about the owner's thing: another member's answers 404 as if absent, as does an admin's. */
    static Cell ownPage(String route, String path, Function<Targets, Map<String, String>> fields, int owner) {
        return new Cell(route, path, fields, null, answers(303, 404, owner, 404, 404, 404), Actor.ACTIVE);
    }

    /** The members' API about the owner's thing: an admin is no member (403). */
    static Cell ownApi(String route, String path, String body, int owner) {
        return new Cell(route, path, NO_FIELDS, body, answers(401, 404, owner, 404, 404, 403), Actor.ACTIVE);
    }

    static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    /**
     * Every private route: the reads first, then the writes. Decisions name the version the admin was shown: the
     * submitted product's as its member saved it, 0 for the revision (new).
     */
    static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        // The member's pages and API, read. Every account may see its own; an admin has no business to show.
        cells.add(new Cell("GET /akun", "/akun", NO_FIELDS, null, answers(303, 200, 200, 200, 200, 200), null));
        // A suspended member reads the account but gets no form to change it (403, saying why).
        cells.add(new Cell("GET /akun/profil", "/akun/profil", NO_FIELDS, null, answers(303, 200, 200, 200, 403, 404),
                null));
        cells.add(new Cell("GET /akun/sandi", "/akun/sandi", NO_FIELDS, null, answers(303, 200, 200, 200, 200, 200),
                null));
        cells.add(new Cell("GET /akun/nomor", "/akun/nomor", NO_FIELDS, null, answers(303, 200, 200, 200, 403, 404),
                null));
        cells.add(new Cell("GET /akun/produk/baru", "/akun/produk/baru", NO_FIELDS, null,
                answers(303, 200, 200, 200, 403, 404), null));
        cells.add(ownPage("GET /akun/produk/ubah", "/akun/produk/ubah?id={draft}", NO_FIELDS, 200));
        cells.add(ownPage("GET /akun/laporan", "/akun/laporan?member={member}", NO_FIELDS, 200));
        cells.add(ownPage("GET /akun/laporan/pdf", "/akun/laporan/pdf?member={member}", NO_FIELDS, 200));
        cells.add(new Cell("GET /api/v1/me", "/api/v1/me", NO_FIELDS, null, answers(401, 200, 200, 200, 200, 200),
                null));
        cells.add(new Cell("GET /api/v1/me/profile", "/api/v1/me/profile", NO_FIELDS, null,
                answers(401, 200, 200, 200, 200, 403), null));
        cells.add(new Cell("GET /api/v1/me/products", "/api/v1/me/products", NO_FIELDS, null,
                answers(401, 200, 200, 200, 200, 403), null));
        cells.add(ownApi("GET /api/v1/me/products/{id}", "/api/v1/me/products/{draft}", null, 200));
        // The admins' pages and API, read.
        cells.add(adminRead("GET /admin", "/admin"));
        cells.add(adminRead("GET /admin/anggota", "/admin/anggota"));
        cells.add(adminRead("GET /admin/anggota/batas", "/admin/anggota/batas?member={member}"));
        cells.add(adminRead("GET /admin/produk", "/admin/produk"));
        cells.add(adminRead("GET /admin/audit", "/admin/audit"));
        cells.add(adminRead("GET /admin/pilihan", "/admin/pilihan"));
        cells.add(adminRead("GET /admin/komunitas", "/admin/komunitas"));
        cells.add(adminRead("GET /admin/impor", "/admin/impor"));
        cells.add(adminRead("GET /admin/impor/templat", "/admin/impor/templat?jenis=anggota&format=csv"));
        cells.add(adminRead("GET /admin/impor/ekspor", "/admin/impor/ekspor?jenis=anggota&format=csv"));
        cells.add(adminRead("GET /admin/aduan", "/admin/aduan"));
        cells.add(adminRead("GET /admin/sektor", "/admin/sektor"));
        cells.add(adminRead("GET /admin/wilayah", "/admin/wilayah"));
        cells.add(adminRead("GET /admin/kosakata", "/admin/kosakata"));
        cells.add(adminRead("GET /admin/laporan", "/admin/laporan"));
        cells.add(adminRead("GET /admin/laporan/unduh", "/admin/laporan/unduh?table=members-scale&format=csv"));
        cells.add(adminRead("GET /admin/laporan/anggota", "/admin/laporan/anggota?member={member}"));
        cells.add(adminRead("GET /admin/laporan/anggota/pdf", "/admin/laporan/anggota/pdf?member={member}"));
        cells.add(adminApi("GET /api/v1/admin/members/pending", "/api/v1/admin/members/pending", null, 200));
        cells.add(adminApi("GET /api/v1/admin/members/{id}/limits", "/api/v1/admin/members/{member}/limits", null,
                200));
        cells.add(adminApi("GET /api/v1/admin/members/whatsapp", "/api/v1/admin/members/whatsapp", null, 200));
        cells.add(adminApi("GET /api/v1/admin/products/pending", "/api/v1/admin/products/pending", null, 200));
        cells.add(adminApi("GET /api/v1/admin/revisions/pending", "/api/v1/admin/revisions/pending", null, 200));
        cells.add(adminApi("GET /api/v1/admin/reports", "/api/v1/admin/reports", null, 200));
        cells.add(adminApi("GET /api/v1/admin/audit", "/api/v1/admin/audit", null, 200));

        // The member's writes. Those naming no target act on the sender's own account: a wrong current password,
        // a profile only the owner's cell may change.
        cells.add(new Cell("POST /akun/sandi", "/akun/sandi", t -> fields("current", "x", "password",
                "sandi-matriks-1"), null, answers(303, 400, 400, 400, 400, 400), null));
        cells.add(new Cell("POST /akun/profil", "/akun/profil", t -> fields("businessName", "Dibajak", "ownerName",
                "X", "sector", "kuliner", "district", "18.71", "scale", "mikro"), null,
                answers(303, 303, 303, 303, 403, 404), Actor.ACTIVE));
        // Asking for a review again is for a rejected member; the others are told there is nothing to ask (409).
        cells.add(new Cell("POST /akun/ajukan", "/akun/ajukan", NO_FIELDS, null,
                answers(303, 409, 409, 409, 409, 404), null));
        // A new WhatsApp number needs the password ("x" is wrong): refused for every member, nothing asked for.
        cells.add(new Cell("POST /akun/nomor", "/akun/nomor", t -> fields("whatsapp", "081299990000", "password", "x"),
                null, answers(303, 400, 400, 400, 403, 404), null));
        cells.add(new Cell("POST /akun/nomor/batal", "/akun/nomor/batal", NO_FIELDS, null,
                answers(303, 303, 303, 303, 303, 404), null));
        cells.add(new Cell("PUT /api/v1/me/whatsapp", "/api/v1/me/whatsapp", NO_FIELDS,
                "{\"whatsapp\":\"081299990000\",\"password\":\"x\"}", answers(401, 400, 400, 400, 403, 403), null));
        cells.add(new Cell("DELETE /api/v1/me/whatsapp", "/api/v1/me/whatsapp", NO_FIELDS, null,
                answers(401, 200, 200, 200, 200, 403), null));
        cells.add(new Cell("POST /akun/keluar-semua", "/akun/keluar-semua", NO_FIELDS, null,
                answers(303, 303, 303, 303, 303, 303), null));
        cells.add(ownPage("POST /akun/produk/simpan", "/akun/produk/simpan", t -> fields("id",
                String.valueOf(t.draft()), "name", "Dibajak", "price", "1", "sector", "kuliner", "aksi", "draf"), 303));
        cells.add(ownPage("POST /akun/produk/ajukan", "/akun/produk/ajukan", t -> fields("id",
                String.valueOf(t.draft())), 303));
        cells.add(ownPage("POST /akun/produk/arsipkan", "/akun/produk/arsipkan", t -> fields("id",
                String.valueOf(t.published())), 303));
        // Showing again is for a hidden product: the owner's live one answers that it is not hidden.
        cells.add(ownPage("POST /akun/produk/tayangkan", "/akun/produk/tayangkan", t -> fields("id",
                String.valueOf(t.published())), 409));
        // Any member but a suspended one may start a draft of their own (a pending one cannot submit it yet).
        cells.add(new Cell("POST /api/v1/me/products", "/api/v1/me/products", NO_FIELDS,
                "{\"name\":\"Matriks Baru\",\"price\":1,\"sector\":\"kuliner\"}",
                answers(401, 201, 201, 201, 403, 403), null));
        cells.add(new Cell("PUT /api/v1/me/profile", "/api/v1/me/profile", NO_FIELDS, "{}",
                answers(401, 400, 400, 400, 403, 403), null));
        cells.add(ownApi("PUT /api/v1/me/products/{id}", "/api/v1/me/products/{published}",
                "{\"name\":\"Dibajak\",\"price\":1,\"sector\":\"kuliner\"}", 200));
        cells.add(ownApi("POST /api/v1/me/products/{id}/submit", "/api/v1/me/products/{draft}/submit", "{}", 200));
        cells.add(ownApi("POST /api/v1/me/products/{id}/archive", "/api/v1/me/products/{published}/archive", "{}",
                200));
        cells.add(ownApi("POST /api/v1/me/products/{id}/show", "/api/v1/me/products/{published}/show", "{}", 409));
        cells.add(ownApi("PUT /api/v1/me/products/{id}/photos", "/api/v1/me/products/{published}/photos", "[]", 200));
        cells.add(ownApi("POST /api/v1/me/products/{id}/photos", "/api/v1/me/products/{draft}/photos", "PNG", 200));

        // The admins' writes. Where the admin's cell is not a redirect, its target is made not to fit it.
        cells.add(adminPage("POST /admin/anggota/setujui", "/admin/anggota/setujui", t -> fields("id",
                String.valueOf(t.pendingMember()), "version", "0"), 303));
        cells.add(adminPage("POST /admin/anggota/tolak", "/admin/anggota/tolak", t -> fields("id",
                String.valueOf(t.pendingMember()), "reason", "matriks", "version", "0"), 303));
        cells.add(adminPage("POST /admin/anggota/tangguhkan", "/admin/anggota/tangguhkan", t -> fields("id",
                String.valueOf(t.member()), "reason", "matriks"), 303));
        // The owner is active: reactivating answers that it is not suspended (409), as the API does.
        cells.add(adminPage("POST /admin/anggota/aktifkan", "/admin/anggota/aktifkan", t -> fields("id",
                String.valueOf(t.member())), 409));
        cells.add(adminPage("POST /admin/anggota/tautan-sandi", "/admin/anggota/tautan-sandi", t -> fields("id",
                String.valueOf(t.member())), 200));
        cells.add(adminPage("POST /admin/anggota/batas", "/admin/anggota/batas", t -> fields("id",
                String.valueOf(t.member()), "maxProducts", "", "maxStagedPhotos", ""), 303));
        // Nobody asked for a new number: the admin's decision answers that the request is gone (409).
        cells.add(adminPage("POST /admin/nomor/setujui", "/admin/nomor/setujui", t -> fields("id",
                String.valueOf(t.member()), "nomor", "081299990000"), 409));
        cells.add(adminPage("POST /admin/nomor/tolak", "/admin/nomor/tolak", t -> fields("id",
                String.valueOf(t.member()), "nomor", "081299990000"), 409));
        cells.add(adminPage("POST /admin/produk/setujui", "/admin/produk/setujui", t -> fields("id",
                String.valueOf(t.submitted()), "version", String.valueOf(t.submittedVersion())), 303));
        cells.add(adminPage("POST /admin/produk/tolak", "/admin/produk/tolak", t -> fields("id",
                String.valueOf(t.submitted()), "reason", "matriks", "version", String.valueOf(t.submittedVersion())),
                303));
        cells.add(adminPage("POST /admin/revisi/setujui", "/admin/revisi/setujui", t -> fields("id",
                String.valueOf(t.revision()), "version", "0"), 303));
        cells.add(adminPage("POST /admin/revisi/tolak", "/admin/revisi/tolak", t -> fields("id",
                String.valueOf(t.revision()), "reason", "matriks", "version", "0"), 303));
        cells.add(adminPage("POST /admin/aduan/putuskan", "/admin/aduan/putuskan", t -> fields("id",
                String.valueOf(t.published()), "aksi", "sembunyikan", "reason", "matriks"), 303));
        cells.add(adminPage("POST /admin/impor/uji", "/admin/impor/uji", t -> fields("jenis", "anggota"), 400));
        cells.add(adminPage("POST /admin/impor/terapkan", "/admin/impor/terapkan", t -> fields("token",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), 303));
        cells.add(adminPage("POST /admin/pilihan/tambah", "/admin/pilihan/tambah", t -> fields("kind", "produk",
                "slug", "tidak-ada"), 400));
        cells.add(adminPage("POST /admin/pilihan/jadwal", "/admin/pilihan/jadwal", t -> fields("kind", "produk",
                "id", String.valueOf(t.published()), "position", "1"), 404));
        cells.add(adminPage("POST /admin/pilihan/hapus", "/admin/pilihan/hapus", t -> fields("kind", "produk",
                "id", String.valueOf(t.published())), 404));
        cells.add(adminPage("POST /admin/komunitas", "/admin/komunitas", t -> fields("name", ""), 400));
        cells.add(adminPage("POST /admin/komunitas/logo", "/admin/komunitas/logo", NO_FIELDS, 400));
        cells.add(adminPage("POST /admin/komunitas/logo/hapus", "/admin/komunitas/logo/hapus", NO_FIELDS, 303));
        cells.add(adminPage("POST /admin/kosakata/tambah", "/admin/kosakata/tambah", t -> fields("terms", "matriks"),
                400));
        cells.add(adminPage("POST /admin/kosakata/varian", "/admin/kosakata/varian", t -> fields("query", "matriks",
                "meaning", "matriks"), 400));
        cells.add(adminPage("POST /admin/kosakata/hapus", "/admin/kosakata/hapus", t -> fields("id", "0"), 303));
        cells.add(adminPage("POST /admin/kosakata/bangun-ulang", "/admin/kosakata/bangun-ulang", NO_FIELDS, 303));
        // The admin's reference data: sent with input that is refused, so the admin's own cell changes nothing.
        cells.add(refused(adminPage("POST /admin/sektor/tambah", "/admin/sektor/tambah", t -> fields("nameId", "",
                "nameEn", ""), 400)));
        cells.add(refused(adminPage("POST /admin/sektor/ubah", "/admin/sektor/ubah", t -> fields("id", kuliner(),
                "slug", "matriks", "nameId", "Dibajak", "nameEn", "", "position", "1"), 400)));
        cells.add(refused(adminPage("POST /admin/sektor/gabung", "/admin/sektor/gabung", t -> fields("id", kuliner(),
                "into", kuliner()), 400)));
        cells.add(refused(adminPage("POST /admin/wilayah/unggah", "/admin/wilayah/unggah", NO_FIELDS, 400)));
        cells.add(adminApi("POST /api/v1/admin/members/{id}/approve",
                "/api/v1/admin/members/{pendingMember}/approve?version=0", "{}", 200));
        cells.add(adminApi("POST /api/v1/admin/members/{id}/reject",
                "/api/v1/admin/members/{pendingMember}/reject?version=0", "{\"reason\":\"matriks\"}", 200));
        cells.add(adminApi("POST /api/v1/admin/members/{id}/suspend", "/api/v1/admin/members/{member}/suspend",
                "{\"reason\":\"matriks\"}", 200));
        cells.add(adminApi("POST /api/v1/admin/members/{id}/reactivate", "/api/v1/admin/members/{member}/reactivate",
                "{}", 409));
        cells.add(adminApi("POST /api/v1/admin/members/{id}/whatsapp/approve",
                "/api/v1/admin/members/{member}/whatsapp/approve?number=081299990000", "{}", 409));
        cells.add(adminApi("POST /api/v1/admin/members/{id}/whatsapp/reject",
                "/api/v1/admin/members/{member}/whatsapp/reject?number=081299990000", "{}", 409));
        cells.add(adminApi("PUT /api/v1/admin/members/{id}/limits", "/api/v1/admin/members/{member}/limits",
                "{\"maxProducts\":null,\"maxStagedPhotos\":null}", 200));
        cells.add(adminApi("POST /api/v1/admin/products/{id}/approve",
                "/api/v1/admin/products/{submitted}/approve?version={submittedVersion}", "{}", 200));
        cells.add(adminApi("POST /api/v1/admin/products/{id}/reject",
                "/api/v1/admin/products/{submitted}/reject?version={submittedVersion}", "{\"reason\":\"matriks\"}",
                200));
        cells.add(adminApi("POST /api/v1/admin/revisions/{id}/approve",
                "/api/v1/admin/revisions/{revision}/approve?version=0", "{}", 200));
        cells.add(adminApi("POST /api/v1/admin/revisions/{id}/reject",
                "/api/v1/admin/revisions/{revision}/reject?version=0", "{\"reason\":\"matriks\"}", 200));
        cells.add(adminApi("POST /api/v1/admin/reports/{productId}/hide", "/api/v1/admin/reports/{published}/hide",
                "{\"reason\":\"matriks\"}", 200));
        cells.add(adminApi("POST /api/v1/admin/reports/{productId}/suspend-member",
                "/api/v1/admin/reports/{published}/suspend-member", "{\"reason\":\"matriks\"}", 200));
        cells.add(adminApi("POST /api/v1/admin/reports/{productId}/dismiss",
                "/api/v1/admin/reports/{published}/dismiss", "{}", 200));
        return cells;
    }

    /** The admin's own cell is refused input too: nobody may change anything. */
    static Cell refused(Cell cell) {
        return new Cell(cell.route(), cell.path(), cell.fields(), cell.body(), cell.answers(), null);
    }

    /** The id of a demo sector the sector writes aim at (they never get through). */
    static String kuliner() {
        return String.valueOf(io.quarkus.arc.Arc.container().instance(Sql.class).get()
                .single("select id from sector where slug = 'kuliner'"));
    }

    // ---- The application's own route table ----

    static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    /** "METHOD /path/{param}" for every JAX-RS resource method in id.etalase (a sub-resource locator as "LOCATOR"). */
    static Set<String> routes() {
        Indexer indexer = new Indexer();
        Path classes = Path.of("target", "classes", "id", "etalase");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Index index = indexer.complete();
        Set<String> routes = new TreeSet<>();
        for (ClassInfo type : index.getKnownClasses()) {
            AnnotationInstance classPath = type.declaredAnnotation(PATH);
            for (MethodInfo method : type.methods()) {
                AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                List<String> verbs = HTTP_METHODS.stream()
                        .filter(verb -> method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + verb)))
                        .toList();
                if (verbs.isEmpty() && (methodPath == null || classPath == null)) {
                    continue;
                }
                if (classPath == null) {
                    routes.add("UNREACHABLE " + type.name() + "." + method.name());
                    continue;
                }
                String path = join(classPath.value().asString(), methodPath == null ? "" : methodPath.value().asString());
                for (String verb : verbs.isEmpty() ? List.of("LOCATOR") : verbs) {
                    routes.add(verb + " " + path);
                }
            }
        }
        return routes;
    }

    /** The class's and the method's paths as one, each template parameter without its regular expression. */
    static String join(String classPath, String methodPath) {
        String path = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean inName = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    inName = true;
                    plain.append(c);
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    plain.append(c);
                }
            } else if (depth == 1 && c == ':') {
                inName = false;
            } else if (depth == 0 || inName && !Character.isWhitespace(c)) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    @Test
    void everyRouteOfTheApplicationIsClassified() {
        Set<String> routes = routes();
        Set<String> classified = new TreeSet<>(PUBLIC);
        cells().forEach(cell -> classified.add(cell.route()));
        Set<String> unclassified = new TreeSet<>(routes);
        unclassified.removeAll(classified);
        Set<String> gone = new TreeSet<>(classified);
        gone.removeAll(routes);
        Map<String, Set<String>> problems = new LinkedHashMap<>();
        if (!unclassified.isEmpty()) {
            problems.put("routes not classified (add them to PUBLIC or cells())", unclassified);
        }
        if (!gone.isEmpty()) {
            problems.put("classified routes the application no longer has", gone);
        }
        assertEquals(Map.of(), problems);
        assertEquals(List.of(), cells().stream().map(Cell::route).filter(PUBLIC::contains).toList(),
                "routes both public and private");
        assertEquals(cells().size(), cells().stream().map(Cell::route).distinct().count(), "a route sent twice");
        // The scan itself is sound: it sees the routes a glance at the code names.
        assertEquals(true, routes.containsAll(List.of("GET /admin", "GET /{page}/{slug}/qr.png",
                "POST /api/v1/admin/reports/{productId}/suspend-member")), routes.toString());
    }

    // ---- The actors and the targets ----

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    @Inject
    Listings listings;

    @Inject
    ListingService listingService;

    /** The accounts, made once for the class: logging in again is all a later test needs. */
    static final Map<Actor, String> PHONES = new EnumMap<>(Actor.class);
    static TestMembers.Owner owner;

    final Map<Actor, FormClient> browsers = new EnumMap<>(Actor.class);
    final Map<Actor, Integer> generations = new EnumMap<>(Actor.class);

    void actors() {
        if (owner == null) {
            owner = testMembers.approved("Pemilik Matriks");
            PHONES.put(Actor.ACTIVE, owner.phone());
            PHONES.put(Actor.PENDING, testMembers.registered("Menunggu Matriks").phone());
            PHONES.put(Actor.OTHER_ACTIVE, testMembers.approved("Lain Matriks").phone());
            TestMembers.Owner suspended = testMembers.approved("Ditangguhkan Matriks");
            AdminPagesTest.admin().submit("/admin/anggota", "/admin/anggota/tangguhkan", Map.of("id",
                    String.valueOf(suspended.memberId()), "reason", "matriks"));
            assertEquals("suspended", sql.single("select status from member where id = ?", suspended.memberId()));
            PHONES.put(Actor.SUSPENDED, suspended.phone());
            PHONES.put(Actor.ADMIN, TestAccounts.ADMIN_PHONE);
        }
        browsers.put(Actor.ANONYMOUS, new FormClient());
        for (Actor actor : PHONES.keySet()) {
            logIn(actor);
        }
    }

    /**
     * A fresh session for the actor (a suspension ends a member's sessions, and a suspended member may still log in
     * and see their account), and the session generation it belongs to.
     */
    void logIn(Actor actor) {
        FormClient browser = new FormClient();
        assertEquals(303, browser.login(PHONES.get(actor), password(actor)).statusCode(), actor + " logs in");
        browsers.put(actor, browser);
        generations.put(actor, generation(actor));
    }

    int generation(Actor actor) {
        return ((Number) sql.single("select session_generation from account where phone = ?",
                TestAccounts.stored(PHONES.get(actor)))).intValue();
    }

    static String password(Actor actor) {
        return actor == Actor.ADMIN ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
    }

    Targets targets() {
        long draft = matrixProduct("draft", false).id();
        long submitted = matrixProduct("pending", true).id();
        Listings.Listed published = listings.published(owner.memberId(), "Matriks Tayang " + System.nanoTime(), null,
                5000L, null, "kuliner");
        long revision = listings.proposed(published, "Revisi Matriks", null, 1000L, null);
        long pendingMember = testMembers.registered("Antre Matriks " + System.nanoTime()).memberId();
        sql.update("insert into product_report (product_id, reason, client_hash, created_at, status)"
                + " values (?, 'spam', repeat('a', 64), now(6), 'open')", published.id());
        long submittedVersion = ((Number) sql.single("select version from product where id = ?", submitted))
                .longValue();
        return new Targets(owner.memberId(), draft, submitted, submittedVersion, published.id(), revision,
                pendingMember);
    }

    Listings.Listed matrixProduct(String status, boolean submitted) {
        return listings.made(owner.memberId(), "Matriks " + status + " " + System.nanoTime(), null, 5000L, null,
                "kuliner", submitted);
    }

    /**
     * Puts a set of targets away: its products archived by their member, so the owner does not pile up more public
     * products than a member's page shows nor more open ones than a member may hold; the owner active again (which
     * clears a suspension's note).
     */
    void putAway(Targets t) {
        if (!"active".equals(sql.single("select status from member where id = ?", t.member()))) {
            given().auth().preemptive().basic(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD)
                    .contentType("application/json").body("{}")
                    .post("/api/v1/admin/members/{id}/reactivate", t.member()).then().statusCode(200);
        }
        for (long product : List.of(t.draft(), t.submitted(), t.published())) {
            listingService.archive(t.member(), product);
        }
    }

    /** Everything a request could change about the targets. */
    List<Object> state(Targets t) {
        List<Object> state = new ArrayList<>();
        state.addAll(sql.row("select status, business_name, description, review_note from member where id = ?",
                t.member()));
        state.addAll(sql.row("select status from member where id = ?", t.pendingMember()));
        for (long product : List.of(t.draft(), t.submitted(), t.published())) {
            state.addAll(sql.row("select status, name, price, review_note from product where id = ?", product));
        }
        state.addAll(sql.row("select status, review_note from product_revision where id = ?", t.revision()));
        state.add(sql.single("select password_hash from account where member_id = ?", t.member()));
        state.add(sql.count("select count(*) from photo where product_id in (?, ?)", t.draft(), t.published()));
        state.add(sql.single("select photo_ids from product_revision where id = ?", t.revision()));
        state.add(sql.column("select status from product_report where product_id = ? order by id", t.published()));
        state.addAll(sql.column("select concat(slug, ' ', name_id, ' ', name_en, ' ', position) from sector order by id"));
        state.add(sql.count("select count(*) from district"));
        return state;
    }

    // ---- The matrix ----

    @Test
    void everyPrivateReadAnswersEachActorAsItShould() {
        actors();
        Targets targets = targets();
        List<Object> before = state(targets);
        List<String> faults = new ArrayList<>();
        for (Cell cell : cells().stream().filter(Cell::read).toList()) {
            for (Actor actor : Actor.values()) {
                check(actor, cell, targets, faults);
            }
        }
        assertEquals(before, state(targets), "a read changed the targets");
        putAway(targets);
        assertEquals(List.of(), faults);
    }

    @Test
    void everyPrivateWriteAnswersEachActorAsItShouldAndChangesOnlyWhatItMay() {
        actors();
        Targets targets = targets();
        List<String> faults = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Cell cell : cells().stream().filter(cell -> !cell.read()).toList()) {
                List<Object> before = state(targets);
                check(actor, cell, targets, faults);
                List<Object> after = state(targets);
                if (actor != cell.mayChange() && !before.equals(after)) {
                    faults.add(actor + " / " + cell.route() + ": changed " + before + " → " + after);
                }
                // Targets a request changed are put away and the next cell gets new ones; refused requests share.
                if (!before.equals(after)) {
                    putAway(targets);
                    targets = targets();
                }
                // A request that ended sessions (a suspension, "log out everywhere") is followed by a new login.
                for (Actor member : PHONES.keySet()) {
                    if (generation(member) != generations.get(member)) {
                        logIn(member);
                    }
                }
            }
        }
        putAway(targets);
        assertEquals(List.of(), faults);
    }

    /** Sends the cell as the actor and notes any answer other than the expected one. */
    void check(Actor actor, Cell cell, Targets targets, List<String> faults) {
        Response answer = send(actor, cell, targets);
        int expected = cell.answers().get(actor);
        String where = actor + " / " + cell.route() + ": ";
        if (answer.statusCode() != expected) {
            faults.add(where + answer.statusCode() + " instead of " + expected);
        } else if (cell.read() && actor == Actor.ACTIVE && cell.path().contains("{draft}")
                && !answer.asString().contains((String) sql.single("select name from product where id = ?",
                        targets.draft()))) {
            faults.add(where + "the owner's draft is not shown");
        } else if (actor == Actor.ANONYMOUS && !cell.api() && !answer.header("Location").contains("/masuk")) {
            faults.add(where + "sent to " + answer.header("Location") + " instead of the login");
        } else if (actor == Actor.ANONYMOUS && cell.api() && answer.header("WWW-Authenticate") == null) {
            faults.add(where + "401 without a Basic challenge");
        }
    }

    Response send(Actor actor, Cell cell, Targets t) {
        String method = cell.route().substring(0, cell.route().indexOf(' '));
        String path = cell.path().replace("{published}", String.valueOf(t.published()))
                .replace("{draft}", String.valueOf(t.draft()))
                .replace("{submittedVersion}", String.valueOf(t.submittedVersion()))
                .replace("{submitted}", String.valueOf(t.submitted()))
                .replace("{pendingMember}", String.valueOf(t.pendingMember()))
                .replace("{revision}", String.valueOf(t.revision()))
                .replace("{member}", String.valueOf(t.member()));
        if (cell.api()) {
            RequestSpecification request = given().redirects().follow(false);
            if (actor != Actor.ANONYMOUS) {
                request = request.auth().preemptive().basic(TestAccounts.stored(PHONES.get(actor)), password(actor));
            }
            if ("PNG".equals(cell.body())) {
                return request.contentType("image/png").body(id.etalase.catalog.TestImages.encode(
                        id.etalase.catalog.TestImages.picture(50, 50), "png")).post(path);
            }
            if (cell.body() != null) {
                request = request.contentType("application/json").body(cell.body());
            }
            return request.request(method, path);
        }
        FormClient browser = browsers.get(actor);
        if (method.equals("GET")) {
            return browser.get(path);
        }
        // A browser posts from a page that carries a token: the login page has one for everybody.
        String token = browser.token("/masuk");
        if (path.equals("/admin/wilayah/unggah") || path.equals("/admin/komunitas/logo")) {
            return browser.request().multiPart("csrf-token", token)
                    .multiPart(path.endsWith("logo") ? "logo" : "file", "kosong.csv", new byte[0], "text/csv")
                    .post(path);
        }
        RequestSpecification request = browser.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token);
        cell.fields().apply(t).forEach(request::formParam);
        return request.post(path);
    }
}
