package id.etalase.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** All text the portal shows: Indonesian in messages/msg.properties, English in messages/msg_en.properties. */
@MessageBundle(value = "msg", locale = "id")
public interface AppMessages {

    @Message
    String problem_badRequest_title();

    @Message
    String problem_badRequest_detail();

    @Message
    String problem_notFound_title();

    @Message
    String problem_notFound_detail();

    @Message
    String problem_conflict_title();

    @Message
    String problem_conflict_detail();

    @Message
    String problem_generic_title();

    @Message
    String problem_server_title();

    @Message
    String problem_server_detail();

    @Message
    String problem_malformedBody();

    @Message
    String filter_unknownSector(String value);

    @Message
    String filter_unknownDistrict(String value);

    @Message
    String filter_unknownMember(String value);

    @Message
    String filter_priceRange();

    @Message
    String search_tooDeep(int maxPage);

    @Message
    String search_rejected();

    @Message
    String member_whatsappInvalid();

    @Message
    String member_unknownSector();

    @Message
    String member_unknownDistrict();

    /** The label of a member scale slug: mikro, kecil or menengah. */
    @Message
    String scale(String slug);

    @Message
    String price_below(String amount);

    @Message
    String price_between(String from, String to);

    @Message
    String price_above(String amount);

    @Message
    String nav_home();

    @Message
    String nav_search_label();

    @Message
    String nav_search_placeholder();

    @Message
    String nav_search_button();

    @Message
    String nav_language();

    @Message
    String footer_about(String site);

    @Message
    String home_description(String site);

    @Message
    String home_featured();

    @Message
    String home_newest_instead();

    @Message
    String home_newest();

    @Message
    String home_sectors();

    @Message
    String home_districts();

    @Message
    String count_products(long count);

    @Message
    String count_members(long count);

    @Message
    String price_negotiable();

    @Message
    String photo_placeholder();

    @Message
    String sector_title(String name, String site);

    @Message
    String sector_description(String name, String site);

    @Message
    String district_title(String name, String site);

    @Message
    String district_description(String name);

    @Message
    String search_all();

    @Message
    String search_heading(String query);

    @Message
    String results_count(long count);

    @Message
    String results_none();

    @Message
    String results_try();

    @Message
    String results_database();

    @Message
    String results_filters();

    @Message
    String facet_sector();

    @Message
    String facet_district();

    @Message
    String facet_scale();

    @Message
    String facet_price();

    @Message
    String sort_label();

    @Message
    String sort_relevance();

    @Message
    String sort_newest();

    @Message
    String sort_price_asc();

    @Message
    String sort_price_desc();

    @Message
    String sort_name();

    @Message
    String page_prev();

    @Message
    String page_next();

    @Message
    String pages_label();

    @Message
    String product_description(String name, String price, String seller, String district, String site);

    @Message
    String product_order_whatsapp();

    @Message
    String product_share();

    @Message
    String product_qr();

    @Message
    String product_seller();

    @Message
    String product_related();

    @Message
    String product_unit();

    @Message
    String product_sector();

    @Message
    String product_district();

    @Message
    String seller_visit();

    @Message
    String badge_nib();

    @Message
    String badge_pirt();

    @Message
    String badge_halal();

    @Message
    String badge_bpom();

    @Message
    String legal_label();

    @Message
    String links_label();

    @Message
    String link_instagram();

    @Message
    String link_tiktok();

    @Message
    String link_shopee();

    @Message
    String link_tokopedia();

    @Message
    String member_description(String name, String district, String site, long count);

    @Message
    String member_products();

    @Message
    String member_owner();

    @Message
    String member_address();

    @Message
    String member_qr();

    @Message
    String error_title_404();

    @Message
    String error_text_404();

    @Message
    String error_title_400();

    @Message
    String error_text_400();

    @Message
    String error_title_500();

    @Message
    String error_text_500();

    @Message
    String error_back();

    @Message
    String suggest_member();

    @Message
    String suggest_sector();

    /** The "Pesan via WhatsApp" text to a seller about one product. */
    @Message
    String whatsapp_chat(String business, String product, String price, String url, String site);

    /** The "Bagikan" text a shopper sends to anyone. */
    @Message
    String whatsapp_share(String product, String price, String url, String site);

    /** "harga nego" in the middle of a WhatsApp text. */
    @Message
    String whatsapp_negotiable();

    @Message
    String nav_account();

    /** The header's way in for a visitor who might sell: to the registration. */
    @Message
    String nav_sell();

    @Message
    String form_choose();

    @Message
    String form_fix();

    @Message
    String register_title();

    @Message
    String register_intro();

    @Message
    String register_businessName();

    @Message
    String register_ownerName();

    @Message
    String register_whatsapp();

    @Message
    String register_whatsapp_hint();

    @Message
    String register_sector();

    @Message
    String register_district();

    @Message
    String register_password();

    @Message
    String register_password_hint();

    @Message
    String register_submit();

    @Message
    String register_haveAccount();

    @Message
    String login_title();

    @Message
    String login_intro();

    @Message
    String login_whatsapp();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_invalid();

    @Message
    String login_throttled_seconds(long seconds);

    @Message
    String login_throttled_minutes(long minutes);

    @Message
    String login_noAccount();

    @Message
    String login_forgot();

    @Message
    String login_forgotButton();

    @Message
    String login_forgotChat(String site);

    @Message
    String account_title();

    @Message
    String account_pending();

    @Message
    String account_suspended();

    @Message
    String account_active();

    @Message
    String account_storefront();

    @Message
    String account_admin();

    @Message
    String account_logout();

    @Message
    String account_logoutEverywhere();

    @Message
    String account_logoutEverywhereHint();

    @Message
    String account_passwordShort(int min);

    @Message
    String account_passwordLong(int max);

    @Message
    String account_phoneTaken();

    @Message
    String account_currentWrong();

    @Message
    String password_title();

    @Message
    String password_current();

    @Message
    String password_new();

    @Message
    String password_submit();

    @Message
    String reset_title();

    @Message
    String reset_invalid();

    @Message
    String notice_registered();

    @Message
    String notice_passwordChanged();

    @Message
    String notice_loggedOut();

    @Message
    String notice_loggedOutEverywhere();

    @Message
    String password_advice_common();

    @Message
    String password_advice_word();

    @Message
    String password_advice_keyboard();

    @Message
    String password_advice_repeat();

    @Message
    String password_advice_sequence();

    @Message
    String password_advice_date();

    @Message
    String password_advice_longer();

    @Message
    String problem_unauthorized_title();

    @Message
    String problem_unauthorized_detail();

    @Message
    String problem_forbidden_title();

    @Message
    String problem_forbidden_detail();

    @Message
    String problem_crossSite_detail();

    @Message
    String problem_formExpired_title();

    @Message
    String problem_formExpired_detail();

    @Message
    String member_status(String status);

    @Message
    String audit_action(String action);

    @Message
    String whatsapp_reset(String business, String link, String site);

    @Message
    String account_rejected();

    @Message
    String account_resubmit();

    @Message
    String account_suspended_reason();

    @Message
    String notice_resubmitted();

    @Message
    String profile_title();

    @Message
    String profile_intro();

    @Message
    String profile_description();

    @Message
    String profile_description_hint();

    @Message
    String profile_address();

    @Message
    String profile_scale();

    @Message
    String profile_scale_hint();

    @Message
    String profile_links();

    @Message
    String profile_instagram();

    @Message
    String profile_tiktok();

    @Message
    String profile_shopee();

    @Message
    String profile_linkHint(String field);

    @Message
    String profile_tokopedia();

    @Message
    String profile_legal();

    @Message
    String profile_legal_hint();

    @Message
    String profile_nib();

    @Message
    String profile_pirt();

    @Message
    String profile_halal();

    @Message
    String profile_bpom();

    @Message
    String profile_save();

    @Message
    String notice_profileSaved();

    @Message
    String member_unknownScale();

    @Message
    String account_editProfile();

    @Message
    String dashboard_products();

    @Message
    String dashboard_totals(long views, long enquiries);

    @Message
    String dashboard_noProducts();

    @Message
    String dashboard_search();

    @Message
    String dashboard_searchButton();

    @Message
    String dashboard_noMatch(String query);

    @Message
    String dashboard_showing(long from, long to, long total);

    @Message
    String dashboard_counts(long views, long enquiries);

    @Message
    String listing_new();

    @Message
    String listing_edit();

    @Message
    String listing_status(String status);

    @Message
    String listing_rejectedBecause();

    @Message
    String listing_revisionWaiting();

    @Message
    String listing_revisionRejected();

    @Message
    String listing_view();

    @Message
    String listing_submit();

    @Message
    String listing_archive();

    @Message
    String listing_publishedEditHint();

    @Message
    String listing_name();

    @Message
    String listing_description();

    @Message
    String listing_price();

    @Message
    String listing_price_hint();

    @Message
    String listing_unit();

    @Message
    String listing_unit_hint();

    @Message
    String listing_saveChanges();

    @Message
    String listing_saveAndSubmit();

    @Message
    String listing_saveDraft();

    @Message
    String notice_listingSaved();

    @Message
    String notice_listingSubmitted();

    @Message
    String listing_next(String status, boolean withApplication);

    @Message
    String notice_listingWaitsForMember();

    @Message
    String notice_listingLive();

    @Message
    String notice_listingRevision();

    @Message
    String notice_listingArchived();

    @Message
    String listing_priceInvalid();

    @Message
    String listing_archived(String name);

    @Message
    String listing_notDraft(String name);

    @Message
    String listing_moved(String name, String status);

    @Message
    String listing_changedSinceShown(String name);

    @Message
    String moderation_versionRequired();

    @Message
    String problem_bodyRequired();

    @Message
    String listing_photos();

    @Message
    String listing_photos_add();

    @Message
    String listing_photos_hint(int max);

    @Message
    String listing_photo_remove();

    @Message
    String listing_photo_cover();

    @Message
    String listing_photo_alt(int number);

    @Message
    String photo_empty();

    @Message
    String photo_tooLarge(int mb);

    @Message
    String photo_notAnImage();

    @Message
    String photo_tooManyPixels(long megapixels);

    @Message
    String photo_unreadable();

    @Message
    String photo_tooMany(int max);

    @Message
    String photo_quotaReached(int max);

    @Message
    String listing_tooManyProducts(int max);

    @Message
    String member_limitInvalid(int max);

    @Message
    String member_suspendedChanges();

    @Message
    String product_photo_alt(String product, String member);

    @Message
    String profile_logo();

    @Message
    String profile_logo_add();

    @Message
    String profile_logo_change();

    @Message
    String profile_logo_remove();

    @Message
    String profile_logo_of(String name);

    @Message
    String home_featured_members();

    @Message
    String footer_about_link(String site);

    @Message
    String footer_contact();

    @Message
    String footer_software();

    @Message
    String social_network(String network);

    @Message
    String about_title(String site);

    // Shoppers' reports (Laporkan) and the admins' queue of them

    @Message
    String product_report();

    @Message
    String report_title(String name);

    @Message
    String report_intro();

    @Message
    String report_reason_label();

    @Message
    String report_reason(String reason);

    @Message
    String report_details();

    @Message
    String report_details_hint(int max);

    @Message
    String report_submit();

    @Message
    String report_back(String name);

    @Message
    String report_home();

    @Message
    String report_thanks_title();

    @Message
    String report_thanks_text();

    @Message
    String report_throttled(long minutes);

    @Message
    String report_reasonRequired();

    @Message
    String report_detailsLong(int max);

    @Message
    String report_resolved(String name);

    // Spreadsheet import and export (issue 9). Mind Quarkus 3.33's limit: a bundle of over 300 messages

    // fails at start (VerifyError in the generated AppMessages_Bundle); problems share one code each.

    // Reports (/admin/laporan), issue 9: the errors; the pages' words are ReportMessages

    @Message
    String report_date_invalid();

    @Message
    String report_period_reversed();

    @Message
    String report_period_tooLong(int days);

    @Message
    String report_month_invalid();

    @Message
    String whatsapp_monthlyReport(String business, String month, long views, long enquiries, String link, String site);

    // issue 10: rate limits
    @Message
    String problem_tooMany_title();

    @Message
    String problem_tooMany_seconds(long seconds);

    @Message
    String problem_tooMany_minutes(long minutes);

    @Message
    String problem_malformedForm();

    // issue 10: faults

    @Message
    String problem_unavailable_title();

    @Message
    String problem_unavailable_detail();

    @Message
    String problem_uriTooLong();

    @Message
    String problem_headersTooLarge();

    @Message
    String problem_bodyTooLarge();

    @Message
    String problem_unsupportedType();

    @Message
    String problem_methodNotAllowed();

    @Message
    String problem_notAcceptable();

    /** Stored text with a control character, where no entity's own check names the field (common.TypedText). */
    @Message
    String text_control();
}
