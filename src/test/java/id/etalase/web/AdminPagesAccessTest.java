package id.etalase.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every page and download of the admin area: anonymous visitors are sent to log in, members refused, admins served. */
@QuarkusTest
class AdminPagesAccessTest {

    static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/anggota", "/admin/produk", "/admin/audit",
            "/admin/aduan", "/admin/laporan", "/admin/laporan/unduh?table=members-scale&format=csv",
            "/admin/laporan/unduh?table=members-scale&format=xlsx", "/admin/laporan/anggota?member={member}",
            "/admin/laporan/anggota/pdf?member={member}", "/admin/pilihan", "/admin/pilihan?q=kopi",
            "/admin/komunitas", "/admin/impor", "/admin/impor/templat?jenis=anggota&format=csv",
            "/admin/impor/ekspor?jenis=produk&format=xlsx", "/admin/kosakata", "/admin/sektor", "/admin/wilayah");

    @Inject
    TestMembers testMembers;

    @Test
    void onlyAdminsReachAnyAdminPage() {
        TestMembers.Owner member = testMembers.approved("Akses Admin " + System.nanoTime());
        FormClient anonymous = new FormClient();
        FormClient admin = AdminPagesTest.admin();
        List<String> faults = new ArrayList<>();
        for (String page : ADMIN_PAGES) {
            String path = page.replace("{member}", String.valueOf(member.memberId()));
            Response outsider = anonymous.get(path);
            if (outsider.statusCode() != 303 || !outsider.header("Location").contains("/masuk")) {
                faults.add("anonymous " + path + ": " + outsider.statusCode());
            }
            int refused = member.browser().get(path).statusCode();
            if (refused != 403) {
                faults.add("member " + path + ": " + refused);
            }
            Response served = admin.get(path);
            if (served.statusCode() != 200 || served.asByteArray().length < 30) {
                faults.add("admin " + path + ": " + served.statusCode());
            }
        }
        assertEquals(List.of(), faults);
    }
}
