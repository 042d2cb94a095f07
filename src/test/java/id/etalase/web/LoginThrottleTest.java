package id.etalase.web;

import id.etalase.common.Metrics;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import static id.etalase.account.TestAccounts.PASSWORD;
import static id.etalase.account.TestAccounts.newPhone;
import static id.etalase.account.TestAccounts.stored;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password guessing: parallel tries cost a slot each, and a stranger's failures never lock the owner out. */
@QuarkusTest
class LoginThrottleTest {

    private static final int TRIES_PER_CLIENT = 5;

    @Inject
    Sql sql;

    @Test
    void fiftyParallelWrongLoginsLetOnlyTheAllowedTriesReachThePasswordAndTheOwnerStillLogsIn() throws Exception {
        String phone = newPhone();
        new FormClient().submit("/daftar", "/daftar", AccountPagesTest.registration("Serbuan Uji", phone));
        double checkedBefore = failures("invalid");
        double refusedBefore = failures("throttled");

        List<Integer> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> tries = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String guess = "tebakan-" + i;
                tries.add(pool.submit(() -> given().auth().preemptive().basic(stored(phone), guess)
                        .get("/api/v1/me").statusCode()));
            }
            // The owner, on their own phone elsewhere, logs in while the guesses are under way.
            Response owner = FormClient.from("127.0.0.7").login(phone, PASSWORD);
            assertEquals(303, owner.statusCode(), owner.asString());
            for (Future<Integer> answer : tries) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(TRIES_PER_CLIENT, answers.stream().filter(status -> status == 401).count(), answers.toString());
        assertEquals(50 - TRIES_PER_CLIENT, answers.stream().filter(status -> status == 429).count(),
                answers.toString());
        assertEquals(TRIES_PER_CLIENT, failures("invalid") - checkedBefore, 0.1, "password checks");
        assertEquals(50 - TRIES_PER_CLIENT, failures("throttled") - refusedBefore, 0.1, "refused before the check");
        assertEquals(TRIES_PER_CLIENT, sql.count("select tries from login_throttle where throttle_key = ?",
                "account:" + stored(phone)), "only the checked tries count as the account's failures");

        // After the attack the owner logs in from another address too, and the attacker's address stays locked.
        assertEquals(303, FormClient.from("127.0.0.8").login(phone, PASSWORD).statusCode());
        assertEquals(429, new FormClient().login(phone, PASSWORD).statusCode());
    }

    @Test
    void theCurrentPasswordOnThePasswordPageIsCountedLikeALogin() {
        String phone = newPhone();
        FormClient member = new FormClient();
        member.submit("/daftar", "/daftar", AccountPagesTest.registration("Sandi Ditebak Uji", phone));
        String hash = (String) sql.single("select password_hash from account where phone = ?", stored(phone));
        for (int i = 0; i < TRIES_PER_CLIENT; i++) {
            Response wrong = member.submit("/akun/sandi", "/akun/sandi", Map.of("current", "tebakan-" + i,
                    "password", "sambal-tapis-pagi-hujan"));
            assertEquals(400, wrong.statusCode());
            assertTrue(wrong.asString().contains("Kata sandi sekarang tidak cocok."), wrong.asString());
        }
        Response locked = member.submit("/akun/sandi", "/akun/sandi", Map.of("current", PASSWORD,
                "password", "sambal-tapis-pagi-hujan"));
        assertEquals(429, locked.statusCode());
        assertTrue(locked.asString().contains("Coba lagi dalam 15 menit"), locked.asString());
        assertTrue(Integer.parseInt(locked.header("Retry-After")) > 890);
        assertEquals(hash, sql.single("select password_hash from account where phone = ?", stored(phone)));
        // The same allowance as the login form: this client cannot log in to the account either.
        assertEquals(429, new FormClient().login(phone, PASSWORD).statusCode());
    }

    private static double failures(String reason) {
        return Metrics.scrape().series().stream()
                .filter(s -> s.name().equals("etalase_login_failures_total") && reason.equals(s.labels().get("reason")))
                .mapToDouble(Metrics.Series::value).sum();
    }
}
