package id.etalase.web;

import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each request has an id, answered in X-Request-Id and carried by every line it logs. */
@QuarkusTest
class RequestIdTest {

    /** The lines logged under id.etalase, with the request id they carried. */
    record Line(String category, String message, String requestId) {
    }

    static final List<Line> LINES = new CopyOnWriteArrayList<>();

    static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName() != null && record.getLoggerName().startsWith("id.etalase")) {
                String id = record instanceof ExtLogRecord ext ? ext.getMdc(RequestIds.MDC_KEY) : null;
                LINES.add(new Line(record.getLoggerName(), record.getMessage(), id));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Inject
    Sql sql;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void capture() {
        LINES.clear();
        Logger.getLogger("").addHandler(CAPTURE);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(CAPTURE);
    }

    @Test
    void aPlainIncomingIdIsKeptAndAnsweredAndItsLogLinesCarryIt() {
        FormClient browser = new FormClient();
        String token = browser.token("/masuk");
        browser.request().header(RequestIds.HEADER, "abc123").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("whatsapp", "0812-7777-1234")
                .formParam("password", "salah-sandi-123")
                .post("/masuk").then().statusCode(401).header(RequestIds.HEADER, "abc123");
        Line refused = refusal();
        assertEquals("abc123", refused.requestId(), "a page's log line (worker thread) carries the id");
        assertTrue(!refused.message().contains("7777"), refused.message());
    }

    @Test
    void anApiLoginLogsWithTheIdToo() {
        given().header(RequestIds.HEADER, "api-req.42").auth().preemptive().basic("081277771234", "salah-sandi-123")
                .when().get("/api/v1/me").then().statusCode(401).header(RequestIds.HEADER, "api-req.42");
        assertEquals("api-req.42", refusal().requestId(), "HTTP Basic is checked on a worker too");
    }

    @Test
    void aMissingOrForgedIdIsReplacedByAFreshOne() {
        String first = given().when().get("/").then().statusCode(200).extract().header(RequestIds.HEADER);
        String second = given().when().get("/").then().statusCode(200).extract().header(RequestIds.HEADER);
        assertTrue(first.matches("[0-9a-f-]{36}"), first);
        assertNotEquals(first, second);
        String forged = given().header(RequestIds.HEADER, "x\" injected=\"1").when().get("/").then().statusCode(200)
                .extract().header(RequestIds.HEADER);
        assertTrue(forged.matches("[0-9a-f-]{36}"), forged);
        String tooLong = given().header(RequestIds.HEADER, "a".repeat(65)).when().get("/").then().statusCode(200)
                .extract().header(RequestIds.HEADER);
        assertTrue(tooLong.matches("[0-9a-f-]{36}"), tooLong);
        given().when().get("/tidak-ada-halaman").then().statusCode(404).header(RequestIds.HEADER,
                org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theConsoleHandlerMasksPhoneNumbersAndAddresses() {
        List<java.util.logging.Filter> filters = new java.util.ArrayList<>();
        collectFilters(Logger.getLogger("").getHandlers(), filters);
        ExtLogRecord record = new ExtLogRecord(java.util.logging.Level.WARNING, "Account %s from %s not saved",
                ExtLogRecord.FormatStyle.PRINTF, RequestIdTest.class.getName());
        record.setParameters(new Object[] {"6281234567890", "203.0.113.9"});
        filters.forEach(filter -> filter.isLoggable(record));
        assertEquals("Account 62812****890 from [ip] not saved", record.getFormattedMessage(), filters.toString());
    }

    private static void collectFilters(Handler[] handlers, List<java.util.logging.Filter> filters) {
        for (Handler handler : handlers) {
            if (handler.getFilter() != null) {
                filters.add(handler.getFilter());
            }
            if (handler instanceof org.jboss.logmanager.ExtHandler ext) {
                collectFilters(ext.getHandlers(), filters);
            }
        }
    }

    private static Line refusal() {
        return LINES.stream().filter(line -> line.message().startsWith("Login refused")).findFirst()
                .orElseThrow(() -> new AssertionError("no refusal logged: " + LINES));
    }
}
