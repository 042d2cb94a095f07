package id.etalase.enquiry;

import id.etalase.common.Rupiah;
import id.etalase.i18n.AppMessages;
import id.etalase.i18n.SellerMessages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place that builds wa.me links: a chat with a seller ({@code https://wa.me/<digits>?text=…}) and a share
 * into any chat ({@code https://wa.me/?text=…}), with their prefilled Indonesian or English texts.
 */
public final class WhatsAppLinks {

    private static final String BASE = "https://wa.me/";

    private WhatsAppLinks() {
    }

    /** A chat with the given number (international digits, e.g. 6281234567890) with the text typed in. */
    public static String chat(String digits, String text) {
        String number = digits == null ? "" : digits.replaceAll("\\D", "");
        if (number.isEmpty()) {
            throw new IllegalArgumentException("a WhatsApp chat needs a phone number");
        }
        return BASE + number + "?text=" + encode(text);
    }

    /** A chat with the given number, nothing typed in: a contact link. */
    public static String open(String digits) {
        String number = digits == null ? "" : digits.replaceAll("\\D", "");
        if (number.isEmpty()) {
            throw new IllegalArgumentException("a WhatsApp chat needs a phone number");
        }
        return BASE + number;
    }

    /** WhatsApp's own "send to…" screen with the text typed in: the shopper chooses the chat or group. */
    public static String share(String text) {
        return BASE + "?text=" + encode(text);
    }

    /** The "Pesan via WhatsApp" chat: asks the seller about one product, naming its price and page. */
    public static String chatProduct(String whatsapp, String businessName, String productName, Long price,
            String productUrl, String site, AppMessages msg) {
        return chat(whatsapp, msg.whatsapp_chat(businessName, productName, price(price, msg), productUrl, site));
    }

    /** A chat with a seller from their page: asks about their products, naming the page. */
    public static String chatSeller(String whatsapp, String businessName, String memberUrl, String site,
            SellerMessages msg) {
        return chat(whatsapp, msg.whatsapp_chatSeller(businessName, memberUrl, site));
    }

    /** The "Bagikan" link: the product, its price and its page, for the shopper to send to anyone. */
    public static String shareProduct(String productName, Long price, String productUrl, String site,
            AppMessages msg) {
        return share(msg.whatsapp_share(productName, price(price, msg), productUrl, site));
    }

    /** The admin's message to a member with their monthly report's numbers and its page (behind their login). */
    public static String chatMonthlyReport(String whatsapp, String businessName, String month, long views,
            long enquiries, String reportUrl, String site, AppMessages msg) {
        return chat(whatsapp, msg.whatsapp_monthlyReport(businessName, month, views, enquiries, reportUrl, site));
    }

    /** Rp25.000, or the words for a price agreed in the chat. */
    static String price(Long price, AppMessages msg) {
        return price == null ? msg.whatsapp_negotiable() : Rupiah.format(price);
    }

    /** Form encoding with %20 for spaces, as WhatsApp's own examples write them ('+' is a space only in forms). */
    static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
