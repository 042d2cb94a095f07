package id.etalase.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.etalase.admin.HostileSheets;
import id.etalase.common.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile values in every parameter and field the portal takes: every API operation the OpenAPI document lists,
 * every form and page found by crawling as a shopper, a member and an admin. Nothing answers 5xx or shows a class
 * name or stack trace, no redirect leaves the portal, and afterwards no page shows stored markup unescaped. It runs
 * on a database and index of its own, since it changes whatever it is allowed to (the community's name too).
 */
@QuarkusTest
@TestProfile(FuzzTest.OwnDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FuzzTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("etalase.search.alias", "test_fuzz_products",
                    "quarkus.datasource.jdbc.url", System.getenv().getOrDefault("DB_TEST_FUZZ_URL",
                            "jdbc:mysql://127.0.0.1:3306/etalase_test_fuzz?sslMode=DISABLED"
                                    + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true"
                                    + "&characterEncoding=UTF-8"),
                    "quarkus.flyway.clean-at-start", "true");
        }
    }

    static final String SCRIPT = "<script>alert(7)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(7)>";

    /** Each is sent in every field at once; the markup ones are looked for, unescaped, on every page afterwards. */
    static final List<String> HOSTILE = List.of(SCRIPT, IMAGE, "' OR '1'='1' -- ;", "\u0000\u0007\u001b[31m\r\nX-A: b",
            "a".repeat(20_000), "-1", "99999999999999999999999999", "1e309", "NaN", "title:(kopi OR x)^99 AND /.*/ ~ *\\",
            "{#for x in y}{x}{/for} {{7*7}} ${7*7}", "../../../etc/passwd%00", "\uD83D\uDE00\u202Eغ\uFFFF", " ");

    /** Sent in one field at a time, the form's other fields as shown, so that it gets stored where it is allowed. */
    static final List<String> ONE_FIELD = List.of("Owner\u0001", "Kopi Lampung\n\nPembayaran resmi: https://bayar.example",
            SCRIPT);

    /** Words that give away a stack trace or the code behind an answer. */
    static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |id\\.etalase\\.|org\\.hibernate|java\\.lang\\.|io\\.quarkus\\.|io\\.vertx\\.|jakarta\\.");

    static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    static final Pattern FIELD = Pattern.compile("<(input|select|textarea|button)\\b([^>]*)>");
    static final Pattern LINK = Pattern.compile("href=\"(/[^\"]*)\"");

    static final List<String> faults = new ArrayList<>();
    static final Set<String> publicPages = new TreeSet<>();
    static final Set<String> memberPages = new TreeSet<>();
    static final Set<String> adminPages = new TreeSet<>();
    static final Map<String, Form> forms = new LinkedHashMap<>();
    static final Set<String> parameterNames = new TreeSet<>(List.of("q", "lang", "page", "sort", "lanjut", "pesan"));

    record Form(String page, String method, String action, boolean multipart, Map<String, String> fields,
            Set<String> files, Supplier<FormClient> as) {
    }

    static FormClient admin;
    static TestMembers.Owner member;

    @Inject
    TestMembers testMembers;

    @Inject
    Sql sql;

    @Test
    @Order(1)
    void crawlsEveryPageAndFormAsShopperMemberAndAdmin() {
        admin = AdminPagesTest.admin();
        member = testMembers.approved("Uji Ketahanan Fuzz");
        member.browser().submit("/akun/produk/baru", "/akun/produk/simpan",
                ListingPagesTest.listing("Keripik Fuzz Uji", "12000"));
        long product = ((Number) sql.single("select id from product where name = 'Keripik Fuzz Uji'")).longValue();
        String slug = (String) sql.single("select p.slug from " + Sql.PUBLIC_PRODUCTS + " order by p.id limit 1");
        FormClient shopper = new FormClient();
        crawl(shopper, List.of("/", "/daftar", "/masuk", "/sandi-baru?token=x", "/laporkan?produk=" + slug),
                publicPages, 60, () -> new FormClient());
        crawl(member.browser(), List.of("/akun", "/akun/produk/ubah?id=" + product), memberPages, 40,
                () -> member.browser());
        crawl(admin, List.of("/admin"), adminPages, 80, () -> admin);
        assertTrue(publicPages.size() > 15 && memberPages.size() >= 4 && adminPages.size() >= 15,
                publicPages + " " + memberPages + " " + adminPages);
        assertTrue(forms.size() >= 25, "forms found: " + forms.keySet());
        assertNoFaults();
    }

    @Test
    @Order(2)
    void everyApiOperationTakesHostileParametersAndBodies() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                FormClient as = path.getKey().startsWith("/api/v1/admin") ? admin : member.browser();
                for (String value : HOSTILE) {
                    String url = url(path.getKey(), op.getValue().path("parameters"), value);
                    JsonNode body = op.getValue().path("requestBody").path("content");
                    if (body.isMissingNode() || body.isEmpty()) {
                        check(op.getKey().toUpperCase() + " " + url, () -> send(as.request(), op.getKey(), url));
                        continue;
                    }
                    String type = body.fieldNames().next();
                    for (String payload : payloads(api, body.path(type).path("schema"), value)) {
                        check(op.getKey().toUpperCase() + " " + url + " " + abbreviate(payload),
                                () -> send(as.request().contentType(type), op.getKey(), url, payload));
                    }
                }
            }
        }
        assertTrue(operations >= 25, "operations: " + operations);
        assertNoFaults();
    }

    @Test
    @Order(3)
    void everyFormTakesHostileFieldsAndBrokenUploads() {
        for (Form form : forms.values()) {
            if (form.action().equals("/keluar")) {
                continue;
            }
            FormClient as = form.as().get();
            String token = as.get(form.page()).then().extract().asString();
            Matcher found = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(token);
            String csrf = found.find() ? found.group(1) : "";
            for (String value : HOSTILE) {
                RequestSpecification request = as.request();
                if (form.multipart()) {
                    request.multiPart("csrf-token", csrf);
                    form.fields().keySet().forEach(name -> request.multiPart(name, value));
                    form.files().forEach(name -> request.multiPart(name, "../../x.php",
                            ("GIF89a" + value).getBytes(StandardCharsets.UTF_8), "image/gif"));
                } else {
                    request.contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf);
                    form.fields().keySet().forEach(name -> request.formParam(name, value));
                }
                check(form.method() + " " + form.action() + " [" + abbreviate(value) + "]",
                        () -> form.method().equals("get") ? request.get(form.action()) : request.post(form.action()));
            }
            if (form.multipart()) {
                check("broken multipart " + form.action(), () -> as.request()
                        .contentType("multipart/form-data; boundary=xyz")
                        .body(("--xyz\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf
                                + "\r\n--xyz\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"a.jpg\"\r\n"
                                + "Content-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff").getBytes(StandardCharsets.UTF_8))
                        .post(form.action()));
            }
        }
        assertNoFaults();
    }

    @Test
    @Order(4)
    void everyFieldAloneTakesHostileTextWhileTheOthersStayAsShown() {
        for (Form form : forms.values()) {
            if (form.action().equals("/keluar") || form.method().equals("get") || form.fields().isEmpty()) {
                continue;
            }
            FormClient as = form.as().get();
            for (String field : form.fields().keySet()) {
                for (String value : ONE_FIELD) {
                    Matcher found = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                            .matcher(as.get(form.page()).asString());
                    String csrf = found.find() ? found.group(1) : "";
                    RequestSpecification request = as.request();
                    Map<String, String> values = new LinkedHashMap<>(form.fields());
                    values.put(field, value);
                    if (form.multipart()) {
                        request.multiPart("csrf-token", csrf);
                        values.forEach((name, text) -> request.multiPart(name, text));
                    } else {
                        request.contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf);
                        values.forEach(request::formParam);
                    }
                    check("POST " + form.action() + " " + field + "=[" + abbreviate(value) + "]",
                            () -> request.post(form.action()));
                }
            }
        }
        assertNoFaults();
    }

    @Test
    @Order(5)
    void theImportTakesHostileSpreadsheets() {
        Map<String, byte[]> files = new LinkedHashMap<>(HostileSheets.all());
        files.put("formulas.csv", ("nama;harga;sektor;satuan\n=HYPERLINK(\"https://evil.example\");1E2000000000;kuliner;"
                + "@SUM(1+1)\n+1+1;-1+1;kuliner;=cmd|' /C calc'!A0\n").getBytes(StandardCharsets.UTF_8));
        files.put("nul.csv", "nama,harga\nKopi\u0000,1\n".getBytes(StandardCharsets.UTF_8));
        for (String kind : List.of("anggota", "produk")) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Matcher found = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                        .matcher(admin.get("/admin/impor").asString());
                String csrf = found.find() ? found.group(1) : "";
                Response answer = check("POST /admin/impor/uji " + kind + " " + file.getKey(), () -> admin.request()
                        .multiPart("csrf-token", csrf).multiPart("jenis", kind)
                        .multiPart("berkas", file.getKey().endsWith(".csv") ? "hostile.csv" : "hostile.xlsx",
                                file.getValue())
                        .post("/admin/impor/uji"));
                if (answer != null && answer.statusCode() == 200 && file.getKey().endsWith("bomb")) {
                    faults.add("accepted: " + file.getKey());
                }
            }
        }
        check("GET /admin/impor after the spreadsheets", () -> admin.get("/admin/impor"));
        assertNoFaults();
    }

    @Test
    @Order(6)
    void everyPageTakesHostileQueryParameters() {
        fuzzPages(new FormClient(), publicPages);
        fuzzPages(member.browser(), memberPages);
        fuzzPages(admin, adminPages);
        assertNoFaults();
    }

    @Test
    @Order(7)
    void noPageShowsStoredMarkupUnescaped() {
        FormClient shopper = new FormClient();
        Set<String> seen = new TreeSet<>();
        List<String> sources = List.of("/", "/anggota/" + member.slug(), "/tentang", "/cari?q=fuzz");
        crawl(shopper, sources, seen, 80, () -> shopper);
        for (String page : seen) {
            unescaped(page, shopper.get(page));
        }
        for (String page : memberPages) {
            unescaped(page, member.browser().get(page));
        }
        for (String page : adminPages) {
            unescaped(page, admin.get(page));
        }
        assertNoFaults();
    }

    @Test
    @Order(8)
    void whatStoredValuesFeedStillOpensAndHoldsNoControlCharacters() {
        long id = member.memberId();
        for (String page : List.of("/akun", "/akun/laporan", "/akun/laporan/pdf", "/akun/profil")) {
            check("GET " + page + " as the member", () -> member.browser().get(page));
        }
        Response pdf = check("GET the member's monthly PDF as admin",
                () -> admin.get("/admin/laporan/anggota/pdf?member=" + id));
        if (pdf != null && !"application/pdf".equals(pdf.contentType())) {
            faults.add("the member's monthly PDF: " + pdf.statusCode() + " " + pdf.contentType());
        }
        Set<String> downloads = new TreeSet<>(List.of("/admin/laporan/anggota?member=" + id));
        for (String kind : List.of("anggota", "produk")) {
            for (String format : List.of("csv", "xlsx")) {
                downloads.add("/admin/impor/ekspor?jenis=" + kind + "&format=" + format);
            }
        }
        Matcher link = Pattern.compile("href=\"(/admin/laporan/unduh\\?[^\"]+)\"").matcher(admin.get("/admin/laporan")
                .asString());
        while (link.find()) {
            downloads.add(link.group(1).replace("&amp;", "&"));
        }
        for (String download : downloads) {
            check("GET " + download, () -> admin.get(download));
        }
        for (String page : List.of("/anggota/" + member.slug(), "/sitemap.xml", "/admin", "/admin/produk",
                "/admin/anggota", "/admin/kosakata", "/admin/audit")) {
            check("GET " + page, () -> (page.startsWith("/admin") ? admin : new FormClient()).get(page));
        }
        for (String column : List.of("member.owner_name", "member.business_name", "member.address", "product.name",
                "product.unit")) {
            String[] table = column.split("\\.");
            long stored = sql.count("select count(*) from " + table[0] + " where " + table[1]
                    + " regexp '[[:cntrl:]]'");
            if (stored > 0) {
                faults.add(stored + " rows hold a control character in " + column);
            }
        }
        assertNoFaults();
    }

    private void fuzzPages(FormClient as, Set<String> pages) {
        Set<String> shapes = new TreeSet<>();
        for (String page : pages) {
            String path = page.replaceAll("\\?.*", "");
            // One product, member, sector and district page stands for all of them.
            if (!shapes.add(path.replaceAll("^/(produk|anggota|kategori|wilayah)/.*", "/$1/*"))) {
                continue;
            }
            for (String value : HOSTILE) {
                StringBuilder query = new StringBuilder();
                for (String name : parameterNames) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                            .append(encode(query.isEmpty() || value.length() < 1000 ? value : "x"));
                }
                check("GET " + path + " [" + abbreviate(value) + "]",
                        () -> as.request().urlEncodingEnabled(false).get(path + query));
            }
        }
    }

    /** Visits pages breadth-first from the given ones, one per path, noting their forms and parameter names. */
    private void crawl(FormClient as, List<String> start, Set<String> pages, int limit, Supplier<FormClient> who) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> paths = new LinkedHashSet<>();
        while (!queue.isEmpty() && pages.size() < limit) {
            String page = queue.poll();
            String path = page.replaceAll("\\?.*", "");
            if (!paths.add(path) || path.startsWith("/foto/") || path.startsWith("/css/") || path.startsWith("/js/")
                    || path.endsWith("/whatsapp") || path.equals("/keluar")) {
                continue;
            }
            Response answer = check("GET " + page, () -> as.get(page));
            if (answer == null || answer.statusCode() != 200 || !String.valueOf(answer.contentType()).startsWith("text/html")) {
                continue;
            }
            pages.add(page);
            String html = answer.asString();
            Matcher link = LINK.matcher(html);
            while (link.find()) {
                String href = link.group(1).replace("&amp;", "&");
                if (!href.startsWith("//")) {
                    queue.add(href);
                    Matcher names = Pattern.compile("[?&]([a-z_]+)=").matcher(href);
                    while (names.find()) {
                        parameterNames.add(names.group(1));
                    }
                }
            }
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                note(page, form.group(1), form.group(2), who);
            }
        }
    }

    private static void note(String page, String attributes, String body, Supplier<FormClient> who) {
        String method = attribute(attributes, "method", "get").toLowerCase();
        String action = attribute(attributes, "action", page).replace("&amp;", "&").replaceAll("\\?.*", "");
        boolean multipart = attribute(attributes, "enctype", "").contains("multipart");
        Map<String, String> fields = new LinkedHashMap<>();
        Set<String> files = new TreeSet<>();
        Matcher field = FIELD.matcher(body);
        while (field.find()) {
            String name = attribute(field.group(2), "name", null);
            if (name == null || name.equals("csrf-token")) {
                continue;
            }
            if ("file".equals(attribute(field.group(2), "type", ""))) {
                files.add(name);
            } else if (field.group(1).equals("textarea")) {
                int end = body.indexOf("</textarea>", field.end());
                fields.put(name, end < 0 ? "" : body.substring(field.end(), end).replace("&amp;", "&"));
            } else if (field.group(1).equals("select")) {
                int end = body.indexOf("</select>", field.end());
                String options = end < 0 ? "" : body.substring(field.end(), end);
                Matcher chosen = Pattern.compile("<option[^>]*\\bselected[^>]*>").matcher(options);
                Matcher first = Pattern.compile("<option[^>]*>").matcher(options);
                String option = chosen.find() ? chosen.group() : first.find() ? first.group() : "";
                fields.put(name, attribute(option, "value", ""));
            } else if (!fields.containsKey(name) || !"radio".equals(attribute(field.group(2), "type", ""))) {
                fields.put(name, attribute(field.group(2), "value", "").replace("&amp;", "&"));
            }
            if (method.equals("get")) {
                parameterNames.add(name);
            }
        }
        forms.putIfAbsent(method + " " + action + " " + fields.keySet() + files,
                new Form(page, method, action, multipart, fields, files, who));
    }

    private static String attribute(String attributes, String name, String otherwise) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : otherwise;
    }

    /** A path with every path and query parameter set to the value. */
    private static String url(String template, JsonNode parameters, String value) {
        StringBuilder url = new StringBuilder(template.replaceAll("\\{[^}]+}", encode(value).replace("+", "%20")));
        String separator = "?";
        for (JsonNode parameter : parameters) {
            if ("query".equals(parameter.path("in").asText())) {
                url.append(separator).append(parameter.path("name").asText()).append('=')
                        .append(encode(separator.equals("?") || value.length() < 1000 ? value : "x"));
                separator = "&";
            }
        }
        return url.toString();
    }

    /** The schema's object with every property set to the value, then to a wrong type, then bodies that do not parse. */
    private static List<String> payloads(JsonNode api, JsonNode schema, String value) {
        ObjectMapper json = new ObjectMapper();
        JsonNode resolved = resolve(api, schema);
        ObjectNode asText = json.createObjectNode();
        ObjectNode wrongTypes = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
                properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            asText.put(property.getKey(), value);
            String type = resolve(api, property.getValue()).path("type").asText("string");
            if (type.equals("string")) {
                wrongTypes.putArray(property.getKey()).add(value).add(-1);
            } else {
                wrongTypes.putObject(property.getKey()).put("x", value);
            }
        }
        List<String> bodies = new ArrayList<>(List.of(asText.toString(), wrongTypes.toString()));
        if (value.equals(SCRIPT)) {
            bodies.addAll(List.of("", "{", "[]", "null", "\"x\"", "{\"a\": 1e99999999}", "[".repeat(5000),
                    "\u0000\u00ff\u00fe"));
        }
        return bodies;
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        if (schema.path("type").asText().equals("array")) {
            return resolve(api, schema.path("items"));
        }
        return schema;
    }

    private static Response send(RequestSpecification request, String method, String url) {
        return request.urlEncodingEnabled(false).request(method.toUpperCase(), url);
    }

    private static Response send(RequestSpecification request, String method, String url, String body) {
        return request.urlEncodingEnabled(false).body(body.getBytes(StandardCharsets.UTF_8))
                .request(method.toUpperCase(), url);
    }

    private static Response check(String request, Supplier<Response> send) {
        String what = request.length() > 160 ? request.substring(0, 160) + "…" : request;
        Response answer;
        try {
            answer = send.get();
        } catch (Exception e) {
            faults.add("no answer (" + e.getClass().getSimpleName() + ") " + what);
            return null;
        }
        String body = answer.asString();
        if (answer.statusCode() >= 500) {
            faults.add(answer.statusCode() + " " + what);
        }
        Matcher leak = LEAK.matcher(body);
        if (leak.find()) {
            faults.add("leak '" + leak.group() + "' " + what);
        }
        if (answer.statusCode() >= 400 && body.isBlank()) {
            faults.add("empty " + answer.statusCode() + " " + what);
        }
        String location = answer.header("Location");
        if (location != null && !location.matches("(https?://localhost:\\d+)?/([^/\\\\].*)?")) {
            faults.add("redirect to " + location + " " + what);
        }
        if (String.valueOf(answer.contentType()).startsWith("text/html")) {
            unescaped(what, answer);
        }
        return answer;
    }

    private static void unescaped(String what, Response answer) {
        String body = answer.asString();
        if (body.contains(SCRIPT) || body.contains("<img src=x onerror")) {
            faults.add("unescaped markup on " + what);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + value.length() + ")" : printable;
    }

    private static void assertNoFaults() {
        List<String> found = List.copyOf(new LinkedHashSet<>(faults));
        faults.clear();
        assertTrue(found.isEmpty(), found.size() + " faults:\n" + String.join("\n",
                found.subList(0, Math.min(60, found.size()))));
    }
}
