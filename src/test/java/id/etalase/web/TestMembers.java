package id.etalase.web;

import id.etalase.account.AccountService;
import id.etalase.account.TestAccounts;
import id.etalase.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Members made for a test: an approved one of its own, logged in through the pages. */
@ApplicationScoped
public class TestMembers {

    /** A logged-in owner and their member business. */
    public record Owner(FormClient browser, long memberId, String slug, String phone) {
    }

    @Inject
    Sql sql;

    @Inject
    AccountService accounts;

    /** Registers through /daftar and lets an admin approve it through /admin, as the queue shows it. */
    public Owner approved(String business) {
        Owner owner = registered(business);
        AdminPagesTest.decide(AdminPagesTest.admin(), "/admin/anggota/setujui", owner.memberId(), java.util.Map.of());
        assertEquals("active", sql.single("select status from member where id = ?", owner.memberId()));
        return owner;
    }

    /** Registers through /daftar: pending, logged in. */
    public Owner registered(String business) {
        return registered(business, new FormClient());
    }

    /** Registers through /daftar with this browser: pending, logged in. */
    public Owner registered(String business, FormClient browser) {
        String phone = TestAccounts.newPhone();
        assertEquals(303, browser.submit("/daftar", "/daftar", AccountPagesTest.registration(business, phone))
                .statusCode());
        long id = ((Number) sql.single("select id from member where whatsapp = ?", TestAccounts.stored(phone)))
                .longValue();
        return new Owner(browser, id, (String) sql.single("select slug from member where id = ?", id), phone);
    }
}
