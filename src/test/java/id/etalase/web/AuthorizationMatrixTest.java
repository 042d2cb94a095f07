package id.etalase.web;

import id.etalase.account.AccountService;
import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every write (and every private page), HTML and API, for every kind of visitor: anonymous, a pending member, an
 * active member (for its own things and for another member's), a suspended member and an admin. Each cell
 * asserts the answer; where the visitor must not change anything, the target's rows are compared before and after.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Actor { ANONYMOUS, PENDING, ACTIVE, OTHER_ACTIVE, SUSPENDED, ADMIN }

    /** The things the writes aim at, owned by the "ACTIVE" member. */
    record Targets(long member, long draft, long submitted, long published, long revision, long pendingMember) {
    }

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    @Inject
    AccountService accounts;


    Targets targets(TestMembers.Owner owner) {
        long sector = ((Number) sql.single("select id from sector where slug = 'kuliner'")).longValue();
        long draft = insertProduct(owner.memberId(), "draft", sector);
        long submitted = insertProduct(owner.memberId(), "pending", sector);
        long published = insertProduct(owner.memberId(), "published", sector);
        // Written past the services, so search is told the way they would tell it.
        sql.update("insert into search_outbox (product_id, created_at) values (?, now(6))", published);
        sql.update("insert into product_revision (product_id, name, price, sector_id, status, created_at)"
                + " values (?, 'Revisi Matriks', 1000, ?, 'pending', now(6))", published, sector);
        long revision = ((Number) sql.single("select max(id) from product_revision where product_id = ?",
                published)).longValue();
        long pendingMember = testMembers.registered("Antre Matriks " + System.nanoTime()).memberId();
        sql.update("insert into product_report (product_id, reason, client_hash, created_at, status)"
                + " values (?, 'spam', repeat('a', 64), now(6), 'open')", published);
        return new Targets(owner.memberId(), draft, submitted, published, revision, pendingMember);
    }

    long insertProduct(long member, String status, long sector) {
        String slug = "matriks-" + status + "-" + System.nanoTime();
        sql.update("insert into product (slug, member_id, name, price, sector_id, status, created_at, updated_at,"
                + " submitted_at) values (?, ?, ?, 5000, ?, ?, now(6), now(6), now(6))", slug, member, slug, sector,
                status);
        return ((Number) sql.single("select id from product where slug = ?", slug)).longValue();
    }

    /** Everything a write could change about the targets. */
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

    /** One write: how to send it as a browser form or as the API. */
    record Write(String name, boolean api, String path, Function<Targets, Map<String, String>> fields) {
    }

    static List<Write> writes() {
        List<Write> writes = new ArrayList<>();
        writes.add(new Write("change password", false, "/akun/sandi", t -> Map.of("current", "x", "password",
                "sandi-matriks-1")));
        writes.add(new Write("edit profile", false, "/akun/profil", t -> Map.of("businessName", "Dibajak",
                "ownerName", "X", "sector", "kuliner", "district", "18.71", "scale", "mikro")));
        writes.add(new Write("edit product", false, "/akun/produk/simpan", t -> Map.of("id",
                String.valueOf(t.draft()), "name", "Dibajak", "price", "1", "sector", "kuliner", "aksi", "draf")));
        writes.add(new Write("submit product", false, "/akun/produk/ajukan", t -> Map.of("id",
                String.valueOf(t.draft()))));
        writes.add(new Write("archive product", false, "/akun/produk/arsipkan", t -> Map.of("id",
                String.valueOf(t.published()))));
        writes.add(new Write("approve member", false, "/admin/anggota/setujui", t -> Map.of("id",
                String.valueOf(t.pendingMember()))));
        writes.add(new Write("suspend member", false, "/admin/anggota/tangguhkan", t -> Map.of("id",
                String.valueOf(t.member()), "reason", "matriks")));
        writes.add(new Write("reset link", false, "/admin/anggota/tautan-sandi", t -> Map.of("id",
                String.valueOf(t.member()))));
        // Decisions name the version the queue showed: the targets are new, so 0.
        writes.add(new Write("reject product", false, "/admin/produk/tolak", t -> Map.of("id",
                String.valueOf(t.submitted()), "reason", "matriks", "version", "0")));
        writes.add(new Write("approve revision", false, "/admin/revisi/setujui", t -> Map.of("id",
                String.valueOf(t.revision()), "version", "0")));
        writes.add(new Write("decide reports", false, "/admin/aduan/putuskan", t -> Map.of("id",
                String.valueOf(t.published()), "aksi", "sembunyikan", "reason", "matriks")));
        writes.add(new Write("import dry run", false, "/admin/impor/uji", t -> Map.of("jenis", "anggota")));
        writes.add(new Write("import apply", false, "/admin/impor/terapkan", t -> Map.of("token",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")));
        writes.add(new Write("feature", false, "/admin/pilihan/tambah", t -> Map.of("kind", "produk",
                "slug", "tidak-ada")));
        writes.add(new Write("schedule pick", false, "/admin/pilihan/jadwal", t -> Map.of("kind", "produk",
                "id", String.valueOf(t.published()), "position", "1")));
        writes.add(new Write("remove pick", false, "/admin/pilihan/hapus", t -> Map.of("kind", "produk",
                "id", String.valueOf(t.published()))));
        writes.add(new Write("community profile", false, "/admin/komunitas", t -> Map.of("name", "")));
        writes.add(new Write("remove community logo", false, "/admin/komunitas/logo/hapus", t -> Map.of()));
        writes.add(new Write("vocabulary rule", false, "/admin/kosakata/tambah", t -> Map.of("terms", "matriks")));
        writes.add(new Write("vocabulary variant", false, "/admin/kosakata/varian", t -> Map.of("query", "matriks",
                "meaning", "matriks")));
        writes.add(new Write("vocabulary remove", false, "/admin/kosakata/hapus", t -> Map.of("id", "0")));
        // The admin's reference data: sent with input that is refused, so the admin's own cell changes nothing.
        writes.add(new Write("add sector", false, "/admin/sektor/tambah", t -> Map.of("nameId", "", "nameEn", "")));
        writes.add(new Write("update sector", false, "/admin/sektor/ubah", t -> Map.of("id", kuliner(), "slug",
                "matriks", "nameId", "Dibajak", "nameEn", "", "position", "1")));
        writes.add(new Write("merge sector", false, "/admin/sektor/gabung", t -> Map.of("id", kuliner(), "into",
                kuliner())));
        writes.add(new Write("upload districts", false, "/admin/wilayah/unggah", t -> Map.of()));
        writes.add(new Write("API edit product", true, "PUT /api/v1/me/products/{published}", t -> Map.of()));
        writes.add(new Write("API archive product", true, "POST /api/v1/me/products/{published}/archive",
                t -> Map.of()));
        writes.add(new Write("API set photos", true, "PUT /api/v1/me/products/{published}/photos", t -> Map.of()));
        writes.add(new Write("API add photo", true, "POST /api/v1/me/products/{draft}/photos", t -> Map.of()));
        writes.add(new Write("API approve member", true, "POST /api/v1/admin/members/{pendingMember}/approve",
                t -> Map.of()));
        writes.add(new Write("API approve revision", true, "POST /api/v1/admin/revisions/{revision}/approve?version=0",
                t -> Map.of()));
        writes.add(new Write("API suspend member", true, "POST /api/v1/admin/members/{member}/suspend",
                t -> Map.of()));
        writes.add(new Write("API hide reported product", true, "POST /api/v1/admin/reports/{published}/hide",
                t -> Map.of()));
        writes.add(new Write("API suspend reported member", true,
                "POST /api/v1/admin/reports/{published}/suspend-member", t -> Map.of()));
        writes.add(new Write("API dismiss reports", true, "POST /api/v1/admin/reports/{published}/dismiss",
                t -> Map.of()));
        return writes;
    }

    /** Writes an admin sends refused input to: the page comes back with the message and nothing changes. */
    static final java.util.Set<String> REFUSED_INPUT = java.util.Set.of("add sector", "update sector",
            "merge sector", "upload districts");

    /** The id of a demo sector the sector writes aim at (they never get through). */
    static String kuliner() {
        return String.valueOf(io.quarkus.arc.Arc.container().instance(Sql.class).get()
                .single("select id from sector where slug = 'kuliner'"));
    }

    /**
     * What each visitor gets; the owner's own writes are covered by the feature tests. Changing a password or a
     * profile names no target: a visitor can only ever change their own (a wrong current password here).
     */
    /** What an admin's form write answers where it is not a redirect: its targets are made not to fit it. */
    static final Map<String, Integer> ADMIN_ANSWERS = Map.of("reset link", 200, "import dry run", 400,
            "feature", 400, "schedule pick", 404, "remove pick", 404, "community profile", 400,
            "vocabulary rule", 400, "vocabulary variant", 400);

    static int expected(Actor actor, Write write) {
        boolean adminWrite = write.path().contains("/admin/");
        if (actor != Actor.ANONYMOUS && write.name().equals("change password")) {
            return 400;
        }
        if (write.name().equals("edit profile") && actor != Actor.ANONYMOUS) {
            return actor == Actor.ADMIN ? 404 : 303;
        }
        if (actor == Actor.ADMIN && REFUSED_INPUT.contains(write.name())) {
            return 400;
        }
        return switch (actor) {
            case ANONYMOUS -> write.api() ? 401 : 303;
            case ADMIN -> adminWrite ? (write.api() ? 200 : ADMIN_ANSWERS.getOrDefault(write.name(), 303))
                    : write.api() ? 403 : 404;
            default -> adminWrite ? 403 : 404;
        };
    }

    @Test
    void everyWriteAnswersEachVisitorAsItShouldAndChangesOnlyWhatItMay() {
        TestMembers.Owner owner = testMembers.approved("Pemilik Matriks");
        Map<Actor, FormClient> browsers = new LinkedHashMap<>();
        Map<Actor, String> phones = new LinkedHashMap<>();
        browsers.put(Actor.ANONYMOUS, new FormClient());
        TestMembers.Owner pending = testMembers.registered("Menunggu Matriks");
        browsers.put(Actor.PENDING, pending.browser());
        phones.put(Actor.PENDING, pending.phone());
        TestMembers.Owner other = testMembers.approved("Lain Matriks");
        browsers.put(Actor.OTHER_ACTIVE, other.browser());
        phones.put(Actor.OTHER_ACTIVE, other.phone());
        TestMembers.Owner suspended = testMembers.approved("Ditangguhkan Matriks");
        AdminPagesTest.admin().submit("/admin/anggota", "/admin/anggota/tangguhkan", Map.of("id",
                String.valueOf(suspended.memberId()), "reason", "matriks"));
        // The suspension ended the member's sessions; a suspended member may still log in and see their account.
        FormClient suspendedBrowser = new FormClient();
        assertEquals(303, suspendedBrowser.login(suspended.phone(), TestAccounts.PASSWORD).statusCode());
        browsers.put(Actor.SUSPENDED, suspendedBrowser);
        phones.put(Actor.SUSPENDED, suspended.phone());
        browsers.put(Actor.ADMIN, AdminPagesTest.admin());
        phones.put(Actor.ADMIN, TestAccounts.ADMIN_PHONE);

        List<String> faults = new ArrayList<>();
        for (Actor actor : browsers.keySet()) {
            for (Write write : writes()) {
                sql.update("delete from login_throttle");
                Targets targets = targets(owner);
                List<Object> before = state(targets);
                int status = send(actor, browsers.get(actor), phones.get(actor), write, targets);
                int expected = expected(actor, write);
                if (status != expected) {
                    faults.add(actor + " / " + write.name() + ": " + status + " instead of " + expected);
                }
                boolean mayChange = actor == Actor.ADMIN && write.path().contains("/admin/")
                        && !REFUSED_INPUT.contains(write.name());
                if (!mayChange && !before.equals(state(targets))) {
                    faults.add(actor + " / " + write.name() + ": changed " + before + " → " + state(targets));
                }
                // An admin's decision on the owner is undone through the service (so search takes its products
                // back), and the next cell meets an active owner.
                if (!"active".equals(sql.single("select status from member where id = ?", owner.memberId()))) {
                    given().auth().preemptive().basic(TestAccounts.ADMIN_PHONE, TestAccounts.ADMIN_PASSWORD)
                            .contentType("application/json").body("{}")
                            .post("/api/v1/admin/members/{id}/reactivate", owner.memberId()).then().statusCode(200);
                }
                sql.update("update member set review_note = null where id = ?", owner.memberId());
                // Each cell's published target is put away (search told of it), so the owner does not pile up more
                // public products than a member's page shows (StorefrontPagesTest lists the member with most).
                sql.update("update product set status = 'archived', version = version + 1 where id = ?",
                        targets.published());
                sql.update("insert into search_outbox (product_id, created_at) values (?, now(6))",
                        targets.published());
            }
        }
        assertEquals(List.of(), faults);
    }

    int send(Actor actor, FormClient browser, String phone, Write write, Targets t) {
        if (write.api()) {
            String[] parts = write.path().split(" ");
            String path = parts[1].replace("{published}", String.valueOf(t.published()))
                    .replace("{draft}", String.valueOf(t.draft()))
                    .replace("{pendingMember}", String.valueOf(t.pendingMember()))
                    .replace("{revision}", String.valueOf(t.revision()))
                    .replace("{member}", String.valueOf(t.member()));
            RequestSpecification request = given().contentType("application/json");
            if (phone != null) {
                request = request.auth().preemptive().basic(TestAccounts.stored(phone),
                        actor == Actor.ADMIN ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD);
            }
            if (path.endsWith("/photos") && parts[0].equals("POST")) {
                return request.contentType("image/png").body(id.etalase.catalog.TestImages.encode(
                        id.etalase.catalog.TestImages.picture(50, 50), "png")).post(path).statusCode();
            }
            String body = path.endsWith("/photos") ? "[]"
                    : parts[0].equals("PUT") ? "{\"name\":\"Dibajak\",\"price\":1,\"sector\":\"kuliner\"}"
                    : path.matches(".*/(suspend|suspend-member|hide)$") ? "{\"reason\":\"matriks\"}" : "{}";
            Response answer = parts[0].equals("PUT") ? request.body(body).put(path) : request.body(body).post(path);
            return answer.statusCode();
        }
        // A browser posts from a page that carries a token: the login page has one for everybody.
        String token = browser.token("/masuk");
        if (write.name().equals("upload districts")) {
            return browser.request().multiPart("csrf-token", token).multiPart("file", "wilayah.csv", new byte[0],
                    "text/csv").post(write.path()).statusCode();
        }
        RequestSpecification request = browser.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token);
        write.fields().apply(t).forEach(request::formParam);
        return request.post(write.path()).statusCode();
    }
}
