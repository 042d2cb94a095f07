package id.etalase.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the admins' reports ({report:key} in templates): Indonesian in messages/report.properties, English in
 * messages/report_en.properties. A bundle of their own because Quarkus 3.33 generates a broken class for a bundle of
 * more than 300 messages (its resolve method is split in chunks of 300 and the chained call fails verification).
 */
@MessageBundle(value = "report", locale = "id")
public interface ReportMessages {

    @Message
    String title();

    @Message
    String period();

    @Message
    String from();

    @Message
    String to();

    @Message
    String show();

    @Message
    String print();

    @Message
    String profile();

    @Message
    String profile_who(String to);

    @Message
    String profile_summary(long members, long districts);

    @Message
    String largestSector(String sector);

    @Message
    String papers();

    @Message
    String papers_summary(long members, long nib, long pirt, long halal, long bpom);

    @Message
    String usage();

    @Message
    String usage_summary(String from, String to, long views, long enquiries);

    @Message
    String usage_rate(String rate);

    @Message
    String usage_how();

    @Message
    String download_csv();

    @Message
    String download_xlsx();

    @Message
    String chart_alt(String title);

    @Message
    String empty();

    @Message
    String byScale();

    @Message
    String byDistrict();

    @Message
    String bySector();

    @Message
    String joins();

    @Message
    String papersByDistrict();

    @Message
    String papersBySector();

    @Message
    String usageByDay();

    @Message
    String usageByWeek();

    @Message
    String usageByMonth();

    @Message
    String usageBySector();

    @Message
    String usageByDistrict();

    @Message
    String topProducts();

    @Message
    String topMembers();

    @Message
    String scale_heading();

    @Message
    String district();

    @Message
    String sector();

    @Message
    String month();

    @Message
    String day();

    @Message
    String week();

    @Message
    String members();

    @Message
    String joined();

    @Message
    String product();

    @Message
    String member();

    @Message
    String nib();

    @Message
    String pirt();

    @Message
    String halal();

    @Message
    String bpom();

    @Message
    String views();

    @Message
    String enquiries();

    @Message
    String per100();

    @Message
    String monthly_title(String business, String month);

    @Message
    String monthly_owner(String owner);

    @Message
    String monthly_reports();

    @Message
    String monthly_month();

    @Message
    String monthly_show();

    @Message
    String monthly_recent();

    @Message
    String monthly_change();

    @Message
    String monthly_products();

    @Message
    String monthly_noProducts();

    @Message
    String monthly_pdf();

    @Message
    String monthly_send();

    @Message
    String monthly_print();

    @Message
    String monthly_how();

    @Message
    String monthly_forAdmin();
}
