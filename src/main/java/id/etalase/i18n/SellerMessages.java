package id.etalase.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * More words of the sellers' side, theirs and the shoppers' ({seller:key} in templates): Indonesian in messages/seller.properties, English
 * in messages/seller_en.properties. A bundle of its own because msg reached the 300 messages Quarkus 3.33 can
 * generate one bundle class for (see ReportMessages).
 */
@MessageBundle(value = "seller", locale = "id")
public interface SellerMessages {

    @Message
    String listing_show();

    @Message
    String listing_hideConfirm();

    @Message
    String listing_hideYes();

    @Message
    String notice_listingShown();

    @Message
    String listing_notHidden(String name);

    @Message
    String whatsapp_chatSeller(String business, String url, String site);

    @Message
    String card_scan(String business);

    @Message
    String card_qrAlt(String business);

    @Message
    String card_print();

    @Message
    String notice_registeredAddProduct();

    @Message
    String member_whatsappSame();

    @Message
    String whatsapp_change_title();

    @Message
    String whatsapp_change_intro(String number);

    @Message
    String whatsapp_change_new();

    @Message
    String whatsapp_change_submit();

    @Message
    String whatsapp_change_pending(String number);

    @Message
    String whatsapp_change_cancel();

    @Message
    String notice_whatsappRequested();

    @Message
    String notice_whatsappCancelled();

    @Message
    String facet_papers();

    @Message
    String results_moreFromSeller(String seller);
}
