package id.etalase.admin;

import id.etalase.common.FieldError;
import id.etalase.common.InvalidInputException;
import id.etalase.common.PortalClock;
import id.etalase.enquiry.EnquiryService;
import id.etalase.member.MemberScale;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admins' reports: the community's profile and legal papers (active members, as the public portal shows them,
 * who joined by the period's last day) and the portal's usage over a period. Views and enquiries are counted from
 * both places they live: the single rows still kept and the daily counts older rows were folded into. Numbers only:
 * the page puts them into words and charts.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    PortalClock clock;

    /** Views and enquiries are written in batches: what this replica took is written before a report reads them. */
    @Inject
    EnquiryService enquiries;

    /** Today where the community lives: the default period and month end here. */
    public LocalDate today() {
        return clock.today();
    }

    /** The longest period a usage report covers: a year, leap day included. */
    public static final int MAX_DAYS = 366;
    /** The period shown when none is chosen: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;
    public static final int TOP = 10;

    public record Period(LocalDate from, LocalDate to) {
    }

    /** One row of a breakdown: a key (slug, code, date), its label as stored (names are data) and a count. */
    public record Count(String key, String label, long count) {
    }

    /** Members holding each legal paper, among {@code members}. */
    public record Papers(String key, String label, long members, long nib, long pirt, long halal, long bpom) {
    }

    /** Views and enquiries of one day, week, month, sector, district, product or member. */
    public record Usage(String key, String label, long views, long enquiries) {

        /** Enquiries per 100 views, one decimal; null without views. */
        public Double enquiriesPer100Views() {
            return views == 0 ? null : Math.round(enquiries * 1000.0 / views) / 10.0;
        }

        Usage plus(long moreViews, long moreEnquiries) {
            return new Usage(key, label, views + moreViews, enquiries + moreEnquiries);
        }
    }

    public record Profile(long members, long districts, List<Count> byScale, List<Count> byDistrict,
            List<Count> bySector, List<Count> joinsByMonth) {
    }

    public record LegalPapers(Papers total, List<Papers> byDistrict, List<Papers> bySector) {
    }

    public record UsageReport(Period period, Usage total, List<Usage> byDay, List<Usage> byWeek, List<Usage> byMonth,
            List<Usage> bySector, List<Usage> byDistrict, List<Usage> topProducts, List<Usage> topMembers) {
    }

    /**
     * The period from the query's from/to (ISO dates, as a date input sends them): by default the last 30 days up to
     * today; from after to, a period longer than a year or an unreadable date is an invalid input.
     */
    public Period period(String from, String to, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate end = date("to", to, errors);
        LocalDate start = date("from", from, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (end == null) {
            end = start == null ? today : start.plusDays(DEFAULT_DAYS - 1);
        }
        if (start == null) {
            start = end.minusDays(DEFAULT_DAYS - 1);
        }
        if (start.isAfter(end)) {
            throw new InvalidInputException(FieldError.of("from", "report_period_reversed"));
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new InvalidInputException(FieldError.of("from", "report_period_tooLong", MAX_DAYS));
        }
        return new Period(start, end);
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                errors.add(FieldError.of(field, "report_date_invalid"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "report_date_invalid"));
            return null;
        }
    }

    /** Active members who joined by the given day: how many, by scale (all three), district, sector and month. */
    @Transactional
    public Profile profile(LocalDate until) {
        Object end = until.plusDays(1).atStartOfDay();
        Map<String, Long> scales = new LinkedHashMap<>();
        for (MemberScale scale : MemberScale.values()) {
            scales.put(scale.slug(), 0L);
        }
        for (Object[] row : rows("select scale, count(*) from member where status = 'active' and created_at < ?1"
                + " group by scale", end)) {
            scales.merge((String) row[0], number(row[1]), Long::sum);
        }
        List<Count> byScale = scales.entrySet().stream().map(e -> new Count(e.getKey(), e.getKey(), e.getValue()))
                .toList();
        List<Count> byDistrict = counts("select d.code, d.name, count(*) from member m join district d"
                + " on d.id = m.district_id where m.status = 'active' and m.created_at < ?1 group by d.code, d.name"
                + " order by count(*) desc, d.name", end);
        List<Count> bySector = counts("select s.slug, s.name_id, count(m.id) from sector s left join member m"
                + " on m.sector_id = s.id and m.status = 'active' and m.created_at < ?1 group by s.slug, s.name_id,"
                + " s.position order by count(m.id) desc, s.position", end);
        List<Count> joined = counts("select date_format(created_at, '%Y-%m') month, date_format(created_at, '%Y-%m'),"
                + " count(*) from member where status = 'active' and created_at < ?1 group by month order by month",
                end);
        long total = byScale.stream().mapToLong(Count::count).sum();
        return new Profile(total, byDistrict.size(), byScale, byDistrict, bySector, everyMonth(joined));
    }

    /** The months from the first join to the last, those without joins as zero rows. */
    private static List<Count> everyMonth(List<Count> joined) {
        if (joined.isEmpty()) {
            return joined;
        }
        Map<String, Long> byMonth = new LinkedHashMap<>();
        joined.forEach(c -> byMonth.put(c.key(), c.count()));
        List<Count> months = new ArrayList<>();
        YearMonth last = YearMonth.parse(joined.get(joined.size() - 1).key());
        for (YearMonth m = YearMonth.parse(joined.get(0).key()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(new Count(m.toString(), m.toString(), byMonth.getOrDefault(m.toString(), 0L)));
        }
        return months;
    }

    /** How many of the same members hold an NIB, PIRT, halal certificate or BPOM registration. */
    @Transactional
    public LegalPapers legalPapers(LocalDate until) {
        Object end = until.plusDays(1).atStartOfDay();
        String papers = "count(m.id), " + held("nib") + ", " + held("pirt") + ", " + held("halal_cert") + ", "
                + held("bpom");
        String active = "m.status = 'active' and m.created_at < ?1";
        List<Papers> total = papers("select 'all', 'all', " + papers + " from member m where " + active, end);
        List<Papers> byDistrict = papers("select d.code, d.name, " + papers + " from member m join district d"
                + " on d.id = m.district_id where " + active + " group by d.code, d.name order by count(m.id) desc,"
                + " d.name", end);
        List<Papers> bySector = papers("select s.slug, s.name_id, " + papers + " from sector s left join member m"
                + " on m.sector_id = s.id and " + active + " group by s.slug, s.name_id, s.position"
                + " order by count(m.id) desc, s.position", end);
        return new LegalPapers(total.get(0), byDistrict, bySector);
    }

    private static String held(String column) {
        return "coalesce(sum(m." + column + " is not null and trim(m." + column + ") <> ''), 0)";
    }

    /**
     * Product views and WhatsApp enquiries in the period, per day, ISO week (keyed by its Monday) and month (every
     * one of them, zero or not), per sector (the product's) and district (the seller's), and the products and
     * members with the most enquiries.
     */
    @Transactional
    public UsageReport usage(Period period) {
        enquiries.writeVisits();
        Object start = period.from().atStartOfDay();
        Object end = period.to().plusDays(1).atStartOfDay();
        List<Object[]> facts = Panache.getEntityManager().createNativeQuery("select t.day, p.id, p.name, m.id,"
                + " m.business_name, s.slug, s.name_id, d.code, d.name, sum(t.v), sum(t.e) from ("
                + " select date(created_at) day, product_id, member_id, count(*) v, 0 e from product_view"
                + "   where created_at >= ?1 and created_at < ?2 group by date(created_at), product_id, member_id"
                + " union all select date(created_at), product_id, member_id, 0, count(*) from enquiry"
                + "   where created_at >= ?1 and created_at < ?2 group by date(created_at), product_id, member_id"
                + " union all select day, product_id, member_id, views, enquiries from product_daily_count"
                + "   where day >= ?3 and day <= ?4) t"
                + " join product p on p.id = t.product_id join member m on m.id = t.member_id"
                + " join sector s on s.id = p.sector_id join district d on d.id = m.district_id"
                + " group by t.day, p.id, p.name, m.id, m.business_name, s.slug, s.name_id, d.code, d.name",
                Object[].class)
                .setParameter(1, start).setParameter(2, end)
                .setParameter(3, period.from()).setParameter(4, period.to())
                .getResultList();
        Map<String, Usage> days = new LinkedHashMap<>();
        Map<String, Usage> weeks = new LinkedHashMap<>();
        Map<String, Usage> months = new LinkedHashMap<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            days.put(day.toString(), new Usage(day.toString(), day.toString(), 0, 0));
            String week = monday(day).toString();
            weeks.putIfAbsent(week, new Usage(week, week, 0, 0));
            String month = YearMonth.from(day).toString();
            months.putIfAbsent(month, new Usage(month, month, 0, 0));
        }
        Map<String, Usage> sectors = new LinkedHashMap<>();
        Map<String, Usage> districts = new LinkedHashMap<>();
        Map<String, Usage> products = new LinkedHashMap<>();
        Map<String, Usage> members = new LinkedHashMap<>();
        long views = 0;
        long enquiries = 0;
        for (Object[] row : facts) {
            LocalDate day = row[0] instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) row[0];
            long v = number(row[9]);
            long e = number(row[10]);
            views += v;
            enquiries += e;
            days.computeIfPresent(day.toString(), (k, u) -> u.plus(v, e));
            weeks.computeIfPresent(monday(day).toString(), (k, u) -> u.plus(v, e));
            months.computeIfPresent(YearMonth.from(day).toString(), (k, u) -> u.plus(v, e));
            add(products, String.valueOf(number(row[1])), (String) row[2], v, e);
            add(members, String.valueOf(number(row[3])), (String) row[4], v, e);
            add(sectors, (String) row[5], (String) row[6], v, e);
            add(districts, (String) row[7], (String) row[8], v, e);
        }
        return new UsageReport(period, new Usage("all", "all", views, enquiries), List.copyOf(days.values()),
                List.copyOf(weeks.values()), List.copyOf(months.values()), ranked(sectors, Integer.MAX_VALUE),
                ranked(districts, Integer.MAX_VALUE), ranked(products, TOP), ranked(members, TOP));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static void add(Map<String, Usage> into, String key, String label, long views, long enquiries) {
        into.merge(key, new Usage(key, label, views, enquiries), (a, b) -> a.plus(b.views(), b.enquiries()));
    }

    /** Most enquiries first, then most views, then by name. */
    private static List<Usage> ranked(Map<String, Usage> usage, int limit) {
        return usage.values().stream().sorted(Comparator.comparingLong(Usage::enquiries).reversed()
                .thenComparing(Comparator.comparingLong(Usage::views).reversed())
                .thenComparing(Usage::label, String.CASE_INSENSITIVE_ORDER)).limit(limit).toList();
    }

    private static List<Count> counts(String sql, Object end) {
        return rows(sql, end).stream().map(r -> new Count((String) r[0], (String) r[1], number(r[2]))).toList();
    }

    private static List<Papers> papers(String sql, Object end) {
        return rows(sql, end).stream().map(r -> new Papers((String) r[0], (String) r[1], number(r[2]), number(r[3]),
                number(r[4]), number(r[5]), number(r[6]))).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(String sql, Object... params) {
        var query = Panache.getEntityManager().createNativeQuery(sql, Object[].class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The month from the query ("2026-10"); by default this month so far. */
    public YearMonth month(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            // The month so far: a member who joined this month sees their first numbers at once.
            return YearMonth.from(today);
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() >= 2000 && month.getYear() <= 2100) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new InvalidInputException(FieldError.of("month", "report_month_invalid"));
    }

    /** One member's monthly report, its products with the most enquiries first; empty for an unknown member. */
    @Transactional
    public Optional<MonthlyReport> monthly(long memberId, YearMonth month) {
        enquiries.writeVisits();
        List<Object[]> member = rows("select business_name, owner_name, whatsapp from member where id = ?1",
                memberId);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        YearMonth before = month.minusMonths(1);
        List<Object[]> facts = Panache.getEntityManager().createNativeQuery("select p.id, p.name,"
                + " sum(case when t.day >= ?3 then t.v else 0 end), sum(case when t.day >= ?3 then t.e else 0 end),"
                + " sum(case when t.day < ?3 then t.v else 0 end), sum(case when t.day < ?3 then t.e else 0 end)"
                + " from (select date(created_at) day, product_id, count(*) v, 0 e from product_view"
                + "   where member_id = ?1 and created_at >= ?2 and created_at < ?4"
                + "   group by date(created_at), product_id"
                + " union all select date(created_at), product_id, 0, count(*) from enquiry"
                + "   where member_id = ?1 and created_at >= ?2 and created_at < ?4"
                + "   group by date(created_at), product_id"
                + " union all select day, product_id, views, enquiries from product_daily_count"
                + "   where member_id = ?1 and day >= ?5 and day < ?6) t"
                + " join product p on p.id = t.product_id group by p.id, p.name", Object[].class)
                .setParameter(1, memberId)
                .setParameter(2, before.atDay(1).atStartOfDay())
                .setParameter(3, month.atDay(1))
                .setParameter(4, month.plusMonths(1).atDay(1).atStartOfDay())
                .setParameter(5, before.atDay(1))
                .setParameter(6, month.plusMonths(1).atDay(1))
                .getResultList();
        List<MonthlyReport.ProductCounts> products = facts.stream().map(r -> new MonthlyReport.ProductCounts(
                number(r[0]), (String) r[1], number(r[2]), number(r[3]), number(r[4]), number(r[5])))
                .filter(p -> p.views() + p.enquiries() > 0)
                .sorted(Comparator.comparingLong(MonthlyReport.ProductCounts::enquiries).reversed()
                        .thenComparing(Comparator.comparingLong(MonthlyReport.ProductCounts::views).reversed())
                        .thenComparing(MonthlyReport.ProductCounts::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        MonthlyReport.Totals current = new MonthlyReport.Totals(
                facts.stream().mapToLong(r -> number(r[2])).sum(), facts.stream().mapToLong(r -> number(r[3])).sum());
        MonthlyReport.Totals previous = new MonthlyReport.Totals(
                facts.stream().mapToLong(r -> number(r[4])).sum(), facts.stream().mapToLong(r -> number(r[5])).sum());
        Object[] m = member.get(0);
        return Optional.of(new MonthlyReport(memberId, (String) m[0], (String) m[1], (String) m[2], month, current,
                previous, products.subList(0, Math.min(TOP, products.size()))));
    }
}
