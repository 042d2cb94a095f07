package id.etalase.web;

import id.etalase.account.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What reaches the client when the HTTP layer itself refuses a request, read off a raw socket: for an API path a
 * problem+json body, for a page the error page, in the client's language; never an empty body, a class name or a
 * stack trace.
 */
@QuarkusTest
class HttpLayerErrorsTest {

    static final String API = "/api/v1/products";
    static final String PAGE = "/cari";
    /** An API write an admin may make that reads a JSON body (the member does not exist: the body is refused first). */
    static final String ADMIN_WRITE = "/api/v1/admin/members/999999999/reject";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Sql sql;


    record Answer(int status, String head, String body) {

        String contentType() {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    return line.substring("content-type:".length()).trim();
                }
            }
            return "";
        }
    }

    @Test
    void aUriTooLong() throws Exception {
        String tooLong = "?q=" + "kopi".repeat(1500);
        assertRefused(send("GET " + API + tooLong, ""), 414, true, "terlalu panjang");
        assertRefused(send("GET " + PAGE + tooLong, ""), 414, false, "terlalu panjang");
        assertRefused(send("GET " + PAGE + tooLong, "Accept-Language: en\r\n"), 414, false, "too long");
    }

    @Test
    void headersTooLarge() throws Exception {
        String big = "X-Filler: " + "a".repeat(25_000) + "\r\n";
        assertRefused(send("GET " + API, big), 431, true, "terlalu banyak data tambahan");
        assertRefused(send("GET " + PAGE, big), 431, false, "terlalu banyak data tambahan");
    }

    @Test
    void aBodyDeclaredTooLarge() throws Exception {
        String declared = "Content-Type: application/json\r\nContent-Length: " + (200L * 1024 * 1024) + "\r\n";
        assertRefused(send("POST " + ADMIN_WRITE, declared + basic()), 413, true, "terlalu besar");
        assertRefused(send("POST /masuk", declared.replace("application/json", "application/x-www-form-urlencoded")),
                413, false, "terlalu besar");
    }

    @Test
    void aChunkedBodyGrowingTooLarge() throws Exception {
        assertRefused(chunked(ADMIN_WRITE, "application/json", basic(), 110), 413, true, "terlalu besar");
    }

    @Test
    void aChunkedFormGrowingTooLarge() throws Exception {
        assertRefused(chunked("/masuk", "application/x-www-form-urlencoded", "", 110), 413, false, "terlalu besar");
    }

    @Test
    void aJsonBodyPastTheApisOwnLimit() throws Exception {
        String declared = "Content-Type: application/json\r\nContent-Length: " + (2 * 1024 * 1024) + "\r\n";
        assertRefused(send("POST " + ADMIN_WRITE, declared + basic()), 413, true, "terlalu besar");
        assertRefused(chunked(ADMIN_WRITE, "application/json", basic(), 2), 413, true, "terlalu besar");
    }

    @Test
    void aSmallChunkedJsonBodyIsReadAsAnyOther() throws Exception {
        // The body was read and parsed: the answer is about the member (none) or the reason, not the body.
        Answer answer = chunked(ADMIN_WRITE, "application/json", basic(), 0);
        String said = answer.head() + "\n" + answer.body();
        assertTrue(answer.status() == 404 || answer.status() == 400 && answer.body().contains("\"field\""), said);
        assertFalse(answer.body().contains("tidak bisa dibaca"), said);
        assertTrue(answer.contentType().startsWith("application/problem+json"), said);
    }

    @Test
    void anUnsupportedBodyType() throws Exception {
        String body = "nama=kopi";
        String headers = "Content-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n";
        assertRefused(send("POST " + ADMIN_WRITE, headers + basic(), body), 415, true, "tidak diterima");
        assertRefused(send("POST /masuk", headers, body), 415, false, "tidak diterima");
    }

    @Test
    void aMethodTheAddressDoesNotTake() throws Exception {
        assertRefused(send("DELETE " + API, ""), 405, true, "tidak menerima permintaan");
        assertRefused(send("DELETE " + PAGE, ""), 405, false, "tidak menerima permintaan");
    }

    @Test
    void aFormatTheAddressCannotAnswer() throws Exception {
        assertRefused(send("GET " + API, "Accept: image/png\r\n"), 406, true, "format");
        assertRefused(send("GET " + PAGE + "?q=kopi", "Accept: image/png\r\n"), 406, false, "format");
    }

    private static void assertRefused(Answer answer, int status, boolean api, String words) {
        String said = answer.head() + "\n" + answer.body();
        assertEquals(status, answer.status(), said);
        assertFalse(answer.body().isBlank(), said);
        if (api) {
            assertTrue(answer.contentType().startsWith("application/problem+json"), said);
            assertTrue(answer.body().contains("\"status\":" + status), said);
        } else {
            assertTrue(answer.contentType().startsWith("text/html"), said);
            assertTrue(answer.body().contains("<html"), said);
        }
        assertTrue(answer.body().contains(words), said);
        assertFalse(answer.body().contains("Exception"), said);
        assertFalse(answer.body().contains("at io."), said);
        assertFalse(answer.body().contains("at org."), said);
    }

    private static String basic() {
        String phone = "62" + TestAccounts.ADMIN_PHONE.replace("-", "").substring(1);
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (phone + ":" + TestAccounts.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private Answer send(String requestLine, String headers) throws IOException {
        return send(requestLine, headers, "");
    }

    /** Writes the request as given (nothing escaped or checked on the way) and reads the whole answer. */
    private Answer send(String requestLine, String headers, String body) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String language = headers.contains("Accept-Language") ? "" : "Accept-Language: id\r\n";
            out.write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + language + headers
                    + "\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** A chunked body that passes the body limit (100M) bit by bit; stops writing once the server has answered. */
    private Answer chunked(String path, String contentType, String headers, int megabytes) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept-Language: id\r\n"
                    + "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            // JSON: whitespace after a valid start, which no parser limit (string length, nesting) stops before the
            // body limit does; a form: one long value.
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, contentType.contains("json") ? (byte) ' ' : (byte) 'a');
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] end = "\r\n".getBytes(StandardCharsets.US_ASCII);
            // A valid beginning, so that a reader parsing as the body comes has nothing to refuse before the limit.
            byte[] start = (contentType.contains("json") ? "{\"reason\":\"x\"" : "whatsapp=")
                    .getBytes(StandardCharsets.US_ASCII);
            try {
                out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(start);
                out.write(end);
                for (int i = 0; i < megabytes; i++) {
                    out.write(size);
                    out.write(chunk);
                    out.write(end);
                }
                if (contentType.contains("json")) {
                    out.write("1\r\n}\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByServer) {
                // the server answered and closed while the body was still coming: read what it said
            }
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (java.net.SocketException reset) {
            bytes = new byte[0];
        }
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        int split = raw.indexOf("\r\n\r\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 4);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        int status = head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
        // ISO-8859-1 kept one char per byte for the chunk sizes; the body itself is UTF-8
        return new Answer(status, head, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String body) {
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int line = body.indexOf("\r\n", at);
            if (line < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, line).trim(), 16);
            if (size == 0) {
                break;
            }
            plain.append(body, line + 2, Math.min(body.length(), line + 2 + size));
            at = line + 2 + size + 2;
        }
        return plain.toString();
    }
}
