package id.etalase.web;

import id.etalase.common.Sql;
import id.etalase.testing.Listings;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admins' reports: every number equals a count in SQL, the downloads hold the page's numbers. */
@QuarkusTest
class ReportPagesTest {

    static final String ACTIVE = "m.status = 'active' and m.created_at < ?";
    static final Pattern FIGURE = Pattern.compile("(?s)<figure class=\"report-table\" id=\"([a-z-]+)\">(.*?)</figure>");
    static final Pattern ROW = Pattern.compile("(?s)<tr>(.*?)</tr>");
    static final Pattern CELL = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>");
    static final Pattern CHART = Pattern.compile("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"");

    @Inject
    Sql sql;

    @Inject
    TestMembers testMembers;

    @Inject
    Listings listings;

    @Inject
    AgroalDataSource dataSource;


    @Test
    void theDemoCommunityIs227MembersOfWhich215MicroAnd12SmallIn11DistrictsFoodTheLargest() {
        // Members made by other tests joined now; the demo members all joined before 2026.
        String page = AdminPagesTest.admin().get("/admin/laporan?from=2025-12-01&to=2025-12-31").then()
                .statusCode(200).extract().asString();
        assertEquals(Map.of("Usaha mikro", "215", "Usaha kecil", "12", "Usaha menengah", "0"),
                asMap(tables(page).get("members-scale")));
        List<List<String>> districts = tables(page).get("members-district");
        assertEquals(11, districts.size());
        assertEquals(227, districts.stream().mapToLong(r -> Long.parseLong(r.get(1))).sum());
        assertEquals(sql.single("select name_id from sector where slug = 'kuliner'"),
                tables(page).get("members-sector").get(0).get(0));
        assertTrue(page.contains("227 anggota di 11 kabupaten/kota."), "the summary line");
        assertTrue(page.contains("Sektor terbesar: " + String.valueOf(sql.single("select name_id from sector"
                + " where slug = 'kuliner'")).replace("&", "&amp;")), "the largest sector named");
    }

    @Test
    void theProfileAndLegalPapersEqualSqlCountsOfActiveMembers() {
        testMembers.approved("Laporan Profil Uji");
        String page = AdminPagesTest.admin().get("/admin/laporan").then().statusCode(200).extract().asString();
        Map<String, List<List<String>>> tables = tables(page);
        Object end = LocalDate.now().plusDays(1).toString();
        assertEquals(sqlMap("select case scale when 'mikro' then 'Usaha mikro' when 'kecil' then 'Usaha kecil'"
                + " else 'Usaha menengah' end, count(*) from member m where " + ACTIVE + " group by scale", end),
                withoutZeros(asMap(tables.get("members-scale"))));
        assertEquals(sqlMap("select d.name, count(*) from member m join district d on d.id = m.district_id where "
                + ACTIVE + " group by d.name", end), asMap(tables.get("members-district")));
        assertEquals(sqlMap("select s.name_id, count(*) from member m join sector s on s.id = m.sector_id where "
                + ACTIVE + " group by s.name_id", end), withoutZeros(asMap(tables.get("members-sector"))));
        assertEquals(sqlMap("select date_format(created_at, '%Y-%m'), count(*) from member m where " + ACTIVE
                + " group by date_format(created_at, '%Y-%m')", end), withoutZeros(asMap(tables.get("members-joined"))));
        long active = sql.count("select count(*) from member m where " + ACTIVE, end);
        assertTrue(page.contains(active + " anggota di "), "the summary counts " + active);

        String papers = "count(*), sum(nib is not null and nib <> ''), sum(pirt is not null and pirt <> ''),"
                + " sum(halal_cert is not null and halal_cert <> ''), sum(bpom is not null and bpom <> '')";
        assertEquals(sqlRows("select d.name, " + papers + " from member m join district d on d.id = m.district_id"
                + " where " + ACTIVE + " group by d.name", end), asRows(tables.get("papers-district")));
        assertEquals(sqlRows("select s.name_id, " + papers + " from member m join sector s on s.id = m.sector_id"
                + " where " + ACTIVE + " group by s.name_id", end), withoutZeroRows(asRows(tables.get("papers-sector"))));
        List<Object> total = sql.row("select " + papers + " from member m where " + ACTIVE, end);
        assertTrue(page.contains("Dari %d anggota: %d punya NIB, %d PIRT, %d sertifikat halal, %d izin BPOM."
                .formatted(total.toArray())), "the legal papers summary " + total);
    }

    @Test
    void usageCountsSingleRowsAndDailyCountsPerDayWeekMonthSectorDistrictProductAndMember() {
        TestMembers.Owner owner = testMembers.approved("Laporan Pemakaian Uji");
        long first = product(owner.memberId(), "Keripik Laporan Uji", "kuliner");
        long second = product(owner.memberId(), "Tapis Laporan Uji", "fashion");
        // Single rows (as VisitRecorder writes them) on some days, folded daily counts on others.
        visits("product_view", first, owner.memberId(), "2024-03-04 10:00:00", 5);
        visits("enquiry", first, owner.memberId(), "2024-03-04 11:00:00", 2);
        visits("product_view", second, owner.memberId(), "2024-03-31 23:59:59", 3);
        visits("enquiry", second, owner.memberId(), "2024-04-01 00:00:00", 1);
        visits("product_view", first, owner.memberId(), "2024-04-02 08:00:00", 1);
        daily("2024-03-10", first, owner.memberId(), 40, 7);
        daily("2024-03-11", second, owner.memberId(), 9, 4);
        daily("2024-02-29", first, owner.memberId(), 100, 100);  // before the period
        visits("enquiry", first, owner.memberId(), "2024-04-03 00:00:00", 1);  // after it

        String query = "from=2024-03-01&to=2024-04-02";
        FormClient admin = AdminPagesTest.admin();
        String page = admin.get("/admin/laporan?" + query).then().statusCode(200).extract().asString();
        Map<String, List<List<String>>> tables = tables(page);

        String facts = "select date(created_at) day, product_id, member_id, 1 v, 0 e from product_view"
                + " where created_at >= '2024-03-01' and created_at < '2024-04-03'"
                + " union all select date(created_at), product_id, member_id, 0, 1 from enquiry"
                + " where created_at >= '2024-03-01' and created_at < '2024-04-03'"
                + " union all select day, product_id, member_id, views, enquiries from product_daily_count"
                + " where day between '2024-03-01' and '2024-04-02'";
        Map<String, List<String>> perDay = sqlUsage("select day, sum(v), sum(e) from (" + facts + ") t group by day");
        assertEquals(List.of("5", "2", "40"), perDay.get("2024-03-04"));
        assertEquals(perDay, withoutZeroUsage(tables.get("usage-day")));
        assertEquals(33, tables.get("usage-day").size(), "every day of the period, zero or not");
        assertEquals(sqlUsage("select date_format(day - interval weekday(day) day, '%Y-%m-%d'), sum(v), sum(e)"
                + " from (" + facts + ") t group by 1"), withoutZeroUsage(tables.get("usage-week")));
        assertEquals(sqlUsage("select date_format(day, '%Y-%m'), sum(v), sum(e) from (" + facts + ") t group by 1"),
                withoutZeroUsage(tables.get("usage-month")));
        assertEquals(sqlUsage("select s.name_id, sum(v), sum(e) from (" + facts + ") t join product p"
                + " on p.id = t.product_id join sector s on s.id = p.sector_id group by s.name_id"),
                usageMap(tables.get("usage-sector")));
        assertEquals(sqlUsage("select d.name, sum(v), sum(e) from (" + facts + ") t join member m"
                + " on m.id = t.member_id join district d on d.id = m.district_id group by d.name"),
                usageMap(tables.get("usage-district")));
        assertEquals(sqlUsageOrdered("select p.name, sum(v), sum(e) from (" + facts + ") t join product p"
                + " on p.id = t.product_id group by p.id, p.name order by sum(e) desc, sum(v) desc, p.name limit 10"),
                tables.get("usage-products"));
        assertEquals(sqlUsageOrdered("select m.business_name, sum(v), sum(e) from (" + facts + ") t join member m"
                + " on m.id = t.member_id group by m.id, m.business_name order by sum(e) desc, sum(v) desc,"
                + " m.business_name limit 10"), tables.get("usage-members"));
        assertTrue(tables.get("usage-products").contains(List.of("Keripik Laporan Uji", "46", "9", "19.6")));

        List<Object> total = sql.row("select sum(v), sum(e) from (" + facts + ") t");
        assertTrue(page.contains("produk dilihat %d kali, %d pesan WhatsApp".formatted(total.toArray())), total.toString());

        for (Map.Entry<String, List<List<String>>> table : tables.entrySet()) {
            assertEquals(table.getValue(), csv(admin.get("/admin/laporan/unduh?table=" + table.getKey()
                    + "&format=csv&" + query)), "CSV of " + table.getKey());
            assertEquals(table.getValue(), xlsx(admin.get("/admin/laporan/unduh?table=" + table.getKey()
                    + "&format=xlsx&" + query)), "xlsx of " + table.getKey());
        }
    }

    @Test
    void chartsAreScalableSvgImagesWithoutScript() {
        String page = AdminPagesTest.admin().get("/admin/laporan?lang=en").then().statusCode(200)
                .body(containsString("Community profile")).extract().asString();
        Matcher chart = CHART.matcher(page);
        int charts = 0;
        while (chart.find()) {
            String svg = new String(Base64.getDecoder().decode(chart.group(1)), StandardCharsets.UTF_8);
            assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
            assertTrue(svg.matches("(?s)<svg[^>]* width='\\d+(\\.0)?' height='\\d+(\\.0)?' viewBox='[^']+'.*"),
                    svg.substring(0, 300));
            assertFalse(svg.toLowerCase().contains("<script"), "no script");
            assertFalse(svg.matches("(?s).*\\son[a-z]+=.*"), "no event handlers");
            assertTrue(svg.contains("font-size: 15px") || svg.contains("font-size: 18px"), "large type");
            charts++;
            save("report-chart-" + charts + ".svg", svg);
        }
        assertTrue(charts >= 8, charts + " charts");
        assertTrue(page.contains("name=\"q\" type=\"search\" value=\"\""), "the search box stays empty");
        save("laporan.html", page);
    }

    @Test
    void aPeriodThatCannotBeReadIsExplainedNeverAServerError() {
        FormClient admin = AdminPagesTest.admin();
        admin.get("/admin/laporan?from=kemarin").then().statusCode(400)
                .body(containsString("Tanggal tidak terbaca")).body(containsString("id=\"members-scale\""));
        admin.get("/admin/laporan?from=2026-05-02&to=2026-05-01").then().statusCode(400)
                .body(containsString("Tanggal awal harus sebelum atau sama dengan tanggal akhir."));
        admin.get("/admin/laporan?from=2024-01-01&to=2025-06-30").then().statusCode(400)
                .body(containsString("Periode paling panjang 366 hari"));
        admin.get("/admin/laporan?from=2026-02-30").then().statusCode(400);
        admin.get("/admin/laporan?to=99999-01-01&lang=en").then().statusCode(400)
                .body(containsString("The date cannot be read"));
        admin.get("/admin/laporan/unduh?table=members-scale&format=csv&from=2026-13-01").then().statusCode(400);
        admin.get("/admin/laporan/unduh?table=tidak-ada&format=csv").then().statusCode(404);
        admin.get("/admin/laporan/unduh?table=members-scale&format=pdf").then().statusCode(404);
        admin.get("/admin/laporan?from=2024-01-01&to=2024-12-31").then().statusCode(200);
    }

    @Test
    void onlyAdminsSeeTheReports() {
        TestMembers.Owner member = testMembers.approved("Laporan Bukan Admin Uji");
        for (String path : List.of("/admin/laporan", "/admin/laporan/unduh?table=members-scale&format=csv")) {
            new FormClient().get(path).then().statusCode(303).header("Location", containsString("/masuk"));
            member.browser().get(path).then().statusCode(403);
        }
    }

    /** Charts are kept under target/ to look at. */
    static void save(String name, String content) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "reports");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    long product(long member, String name, String sector) {
        return listings.published(member, name, "Dibuat untuk laporan uji.", 5000L, null, sector).id();
    }

    void visits(String table, long product, long member, String at, int count) {
        for (int i = 0; i < count; i++) {
            sql.update("insert into " + table + " (product_id, member_id, client_hash, source_page, created_at)"
                    + " values (?, ?, ?, '/produk/x', ?)", product, member, "%064d".formatted(System.nanoTime()), at);
        }
    }

    void daily(String day, long product, long member, int views, int enquiries) {
        sql.update("insert into product_daily_count (day, product_id, member_id, views, enquiries)"
                + " values (?, ?, ?, ?, ?)", day, product, member, views, enquiries);
    }

    /** Each report table of the page by its id: rows of cell texts, the heading row left out. */
    static Map<String, List<List<String>>> tables(String page) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        Matcher figure = FIGURE.matcher(page);
        while (figure.find()) {
            List<List<String>> rows = new ArrayList<>();
            Matcher row = ROW.matcher(figure.group(2));
            boolean heading = true;
            while (row.find()) {
                if (heading) {
                    heading = false;
                    continue;
                }
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(row.group(1));
                while (cell.find()) {
                    cells.add(normal(cell.group(1).replace("&amp;", "&").replace("&#39;", "'")
                            .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")));
                }
                rows.add(cells);
            }
            tables.put(figure.group(1), rows);
        }
        return tables;
    }

    /** One way to write a cell: numbers without trailing zeros, an empty cell as empty. */
    static String normal(String cell) {
        if (cell == null || cell.equals("–")) {
            return "";
        }
        try {
            return new BigDecimal(cell).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    static List<List<String>> csv(Response download) {
        download.then().statusCode(200).contentType(containsString("text/csv"));
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(download.asByteArray()), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(in).getRecords();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                rows.add(record.stream().map(ReportPagesTest::normal).toList());
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<List<String>> xlsx(Response download) {
        download.then().statusCode(200).contentType(containsString("spreadsheetml"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download.asByteArray()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            int width = sheet.get(0).getCellCount();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.subList(1, sheet.size())) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
                    cells.add(cell == null ? "" : normal(cell.getRawValue()));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> asMap(List<List<String>> rows) {
        Map<String, String> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.get(0), r.get(1)));
        return map;
    }

    static Map<String, String> withoutZeros(Map<String, String> map) {
        Map<String, String> kept = new LinkedHashMap<>(map);
        kept.values().removeIf("0"::equals);
        return kept;
    }

    static Map<String, List<String>> asRows(List<List<String>> rows) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.get(0), r.subList(1, r.size())));
        return map;
    }

    static Map<String, List<String>> withoutZeroRows(Map<String, List<String>> map) {
        Map<String, List<String>> kept = new LinkedHashMap<>(map);
        kept.values().removeIf(r -> r.get(0).equals("0"));
        return kept;
    }

    static Map<String, List<String>> usageMap(List<List<String>> rows) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.get(0), r.subList(1, r.size())));
        return map;
    }

    static Map<String, List<String>> withoutZeroUsage(List<List<String>> rows) {
        Map<String, List<String>> map = usageMap(rows);
        map.values().removeIf(r -> r.get(0).equals("0") && r.get(1).equals("0"));
        return map;
    }

    Map<String, String> sqlMap(String query, Object... params) {
        Map<String, List<String>> rows = sqlRows(query, params);
        Map<String, String> map = new LinkedHashMap<>();
        rows.forEach((k, v) -> map.put(k, v.get(0)));
        return map;
    }

    /** Rows keyed by their first column, the others as text; compared as maps, so order does not matter. */
    Map<String, List<String>> sqlRows(String query, Object... params) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (List<Object> row : rows(query, params)) {
            map.put(String.valueOf(row.get(0)), row.subList(1, row.size()).stream().map(v -> normal(String.valueOf(v))).toList());
        }
        return map;
    }

    /** key, views, enquiries → views, enquiries, enquiries per 100 views (one decimal). */
    Map<String, List<String>> sqlUsage(String query) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (List<String> row : sqlUsageOrdered(query)) {
            map.put(row.get(0), row.subList(1, row.size()));
        }
        return map;
    }

    List<List<String>> sqlUsageOrdered(String query) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : rows(query)) {
            long views = ((Number) row.get(1)).longValue();
            long enquiries = ((Number) row.get(2)).longValue();
            rows.add(List.of(String.valueOf(row.get(0)), String.valueOf(views), String.valueOf(enquiries),
                    views == 0 ? "" : normal(BigDecimal.valueOf(enquiries * 100).divide(BigDecimal.valueOf(views), 1,
                            java.math.RoundingMode.HALF_UP).toPlainString())));
        }
        return rows;
    }

    /** Every row of a query, each as its columns. */
    List<List<Object>> rows(String query, Object... params) {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (java.sql.ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
