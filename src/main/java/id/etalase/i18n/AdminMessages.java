package id.etalase.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The admins' area and the errors only admins meet: Indonesian in messages/adm.properties, English in
 * messages/adm_en.properties. A bundle of its own because Quarkus splits a bundle of more than 300 messages into
 * methods that do not verify (3.33.2); MessageBundlesTest keeps each under that.
 */
@MessageBundle(value = "adm", locale = "id")
public interface AdminMessages {

    @Message
    String admin_title();

    @Message
    String admin_queue();

    @Message
    String admin_members_title();

    @Message
    String admin_audit_title();

    @Message
    String admin_pending_members(int count);

    @Message
    String admin_queue_empty();

    @Message
    String admin_approve();

    @Message
    String admin_reject();

    @Message
    String admin_reject_reason();

    @Message
    String admin_members_search();

    @Message
    String admin_suspend_reason();

    @Message
    String admin_suspend();

    @Message
    String admin_reactivate();

    @Message
    String admin_reset_button();

    @Message
    String admin_reset_title();

    @Message
    String admin_reset_intro(String business);

    @Message
    String admin_reset_send();

    @Message
    String admin_reset_once();

    @Message
    String admin_audit_empty();

    @Message
    String admin_notice_approved();

    @Message
    String admin_notice_rejected();

    @Message
    String admin_notice_suspended();

    @Message
    String admin_notice_reactivated();

    @Message
    String moderation_reasonRequired();

    @Message
    String moderation_reasonLong(int max);

    @Message
    String moderation_memberMoved(String name, String status);

    @Message
    String moderation_memberChangedSinceShown(String name);

    @Message
    String admin_whatsapp(String number);

    @Message
    String admin_notice_limitsSaved();

    @Message
    String admin_limits_link();

    @Message
    String admin_limits_title(String business);

    @Message
    String admin_limits_products(long held, int cap);

    @Message
    String admin_limits_stagedPhotos(long held, int cap);

    @Message
    String admin_limits_maxProducts();

    @Message
    String admin_limits_maxStagedPhotos();

    @Message
    String admin_limits_default(int value);

    @Message
    String admin_limits_save();

    @Message
    String admin_products_title();

    @Message
    String admin_pending_products(int count);

    @Message
    String admin_pending_revisions(int count);

    @Message
    String admin_diff_field();

    @Message
    String admin_diff_before();

    @Message
    String admin_diff_after();

    @Message
    String admin_diff_name(String field);

    @Message
    String admin_photo(int number, String name);

    @Message
    String admin_photos_proposed();

    @Message
    String admin_photo_change(String change);

    @Message
    String admin_notice_productApproved();

    @Message
    String admin_notice_productRejected();

    @Message
    String admin_notice_revisionApproved();

    @Message
    String admin_notice_revisionRejected();

    @Message
    String curation_title();

    @Message
    String curation_intro();

    @Message
    String curation_search();

    @Message
    String curation_kind_product();

    @Message
    String curation_kind_member();

    @Message
    String curation_already();

    @Message
    String curation_add();

    @Message
    String curation_none_found();

    @Message
    String curation_products();

    @Message
    String curation_members();

    @Message
    String curation_state(String state);

    @Message
    String curation_position();

    @Message
    String curation_startsOn();

    @Message
    String curation_endsOn();

    @Message
    String curation_save();

    @Message
    String curation_remove();

    @Message
    String curation_empty();

    @Message
    String curation_notice_added();

    @Message
    String curation_notice_scheduled();

    @Message
    String curation_notice_removed();

    @Message
    String curation_notPublic();

    @Message
    String curation_endsBeforeStart();

    @Message
    String curation_badPosition();

    @Message
    String curation_date();

    @Message
    String community_title();

    @Message
    String community_intro();

    @Message
    String community_logo();

    @Message
    String community_logo_upload();

    @Message
    String community_name();

    @Message
    String community_name_hint();

    @Message
    String community_taglineId();

    @Message
    String community_taglineEn();

    @Message
    String community_aboutId();

    @Message
    String community_aboutEn();

    @Message
    String community_brandColour();

    @Message
    String community_brandColour_hint();

    @Message
    String community_accentColour();

    @Message
    String community_accentColour_hint();

    @Message
    String community_contactMissing();

    @Message
    String community_contactWhatsapp();

    @Message
    String community_facebook();

    @Message
    String community_website();

    @Message
    String community_save();

    @Message
    String community_notice_saved();

    @Message
    String community_notice_logo();

    @Message
    String community_notice_logoRemoved();

    @Message
    String settings_whatsapp();

    @Message
    String settings_colour();

    @Message
    String settings_contrast(String ratio);

    @Message
    String admin_reports_title();

    @Message
    String admin_reports_intro(int count);

    @Message
    String admin_reports_memberNotActive();

    @Message
    String admin_reports_count(int count);

    @Message
    String admin_reports_reason();

    @Message
    String admin_reports_hide();

    @Message
    String admin_reports_suspend();

    @Message
    String admin_reports_dismiss();

    @Message
    String admin_reports_hidden();

    @Message
    String admin_reports_suspended();

    @Message
    String admin_reports_dismissed();

    @Message
    String import_nav();

    @Message
    String import_title();

    @Message
    String import_intro();

    @Message
    String import_expired();

    @Message
    String import_kind(String kind);

    @Message
    String import_template();

    @Message
    String import_export();

    @Message
    String import_format(String format);

    @Message
    String import_upload();

    @Message
    String import_file_hint();

    @Message
    String import_dryRun();

    @Message
    String import_report_title();

    @Message
    String import_report_intro();

    @Message
    String import_apply();

    @Message
    String import_nothingApplicable(int count);

    @Message
    String import_nothing();

    @Message
    String import_counts(int created, int updated, int unchanged, int rejected);

    @Message
    String import_row(int row);

    @Message
    String import_outcome(String outcome);

    @Message
    String import_changed();

    @Message
    String import_applied_title();

    @Message
    String import_applied_intro();

    @Message
    String import_links_title();

    @Message
    String import_links_intro();

    @Message
    String import_file(String problem, String detail);

    @Message
    String import_problem(String problem, String value, String choices);

    @Message
    String vocabulary_title();

    @Message
    String vocabulary_intro();

    @Message
    String vocabulary_applied();

    @Message
    String vocabulary_pending();

    @Message
    String vocabulary_unreachable();

    @Message
    String vocabulary_rebuild();

    @Message
    String vocabulary_misses();

    @Message
    String vocabulary_misses_intro();

    @Message
    String vocabulary_misses_none();

    @Message
    String vocabulary_miss_count(long searches, String day);

    @Message
    String vocabulary_variant_of(String query);

    @Message
    String vocabulary_variant_add();

    @Message
    String vocabulary_rules();

    @Message
    String vocabulary_add_label();

    @Message
    String vocabulary_add_hint();

    @Message
    String vocabulary_add();

    @Message
    String vocabulary_remove();

    @Message
    String vocabulary_notice_added();

    @Message
    String vocabulary_notice_removed();

    @Message
    String vocabulary_notice_applied();

    @Message
    String vocabulary_notice_failed();

    @Message
    String vocabulary_exists();

    @Message
    String vocabulary_term(String term);

    @Message
    String vocabulary_count(int max);

    // Sectors and districts (admin reference data)

    @Message
    String sectors_title();

    @Message
    String sectors_intro();

    @Message
    String sectors_add();

    @Message
    String sectors_nameId();

    @Message
    String sectors_nameEn();

    @Message
    String sectors_slug_made();

    @Message
    String sectors_add_button();

    @Message
    String sectors_list();

    @Message
    String sectors_counts(long products, long members);

    @Message
    String sectors_oldSlugs();

    @Message
    String sectors_slug();

    @Message
    String sectors_slug_hint();

    @Message
    String sectors_position();

    @Message
    String sectors_save();

    @Message
    String sectors_merge_into();

    @Message
    String sectors_merge_choose();

    @Message
    String sectors_merge_hint();

    @Message
    String sectors_merge_button();

    @Message
    String sectors_notice_added();

    @Message
    String sectors_notice_saved();

    @Message
    String sectors_notice_merged();

    @Message
    String districts_title();

    @Message
    String districts_intro();

    @Message
    String districts_file();

    @Message
    String districts_file_hint();

    @Message
    String districts_upload();

    @Message
    String districts_report();

    @Message
    String districts_summary(long added, long updated, long unchanged, long rejected);

    @Message
    String districts_row();

    @Message
    String districts_code();

    @Message
    String districts_name();

    @Message
    String districts_kind();

    @Message
    String districts_result();

    @Message
    String districts_members();

    @Message
    String districts_outcome(String outcome);

    @Message
    String sector_nameRequired();

    @Message
    String reference_nameTooLong(String max);

    @Message
    String sector_slugTaken(String slug);

    @Message
    String sector_slugFormat();

    @Message
    String sector_badPosition();

    @Message
    String sector_mergeTarget();

    @Message
    String sector_mergeSelf();

    @Message
    String district_fileEmpty();

    @Message
    String district_fileTooLarge();

    @Message
    String district_fileUnreadable();

    @Message
    String district_notUtf8();

    @Message
    String district_columns(String columns);

    @Message
    String district_badCode(String code);

    @Message
    String district_badProvince(String code);

    @Message
    String district_notInProvince(String code, String province);

    @Message
    String district_nameRequired();

    @Message
    String district_unknownKind(String kind);

    @Message
    String district_kindConflict(String kind, String name);

    @Message
    String district_duplicate(String code, String row);

    @Message
    String district_provinceUnknown(String code);

    @Message
    String admin_reject_send();

    @Message
    String admin_kabari(String name);

    @Message
    String admin_kabari_button();

    @Message
    String admin_profile_more();

    @Message
    String admin_member_products(int count);

    @Message
    String admin_waiting_for_member();

    @Message
    String admin_whatsapp_memberApproved(String owner, String business, String site, String url);

    @Message
    String admin_whatsapp_memberRejected(String owner, String business, String site, String reason, String url);

    @Message
    String admin_whatsapp_productApproved(String owner, String business, String product, String site, String link);

    @Message
    String admin_whatsapp_productApprovedWaiting(String owner, String business, String product, String site);

    @Message
    String admin_whatsapp_productRejected(String owner, String business, String product, String site, String reason,
            String url);

    @Message
    String admin_whatsapp_revisionApproved(String owner, String business, String product, String site, String link);

    @Message
    String admin_whatsapp_revisionRejected(String owner, String business, String product, String site, String reason,
            String url);

    @Message
    String moderation_whatsappMoved(String name);

    @Message
    String moderation_whatsappTaken(String name);

    @Message
    String admin_whatsappRequests_title(int count);

    @Message
    String admin_whatsappRequest_current();

    @Message
    String admin_whatsappRequest_new();

    @Message
    String admin_whatsappRequest_hint();

    @Message
    String admin_whatsapp_numberCheck(String business, String site);

    @Message
    String admin_whatsapp_numberApproved(String owner, String business, String site, String url);

    @Message
    String admin_whatsapp_numberRejected(String owner, String business, String site);

    @Message
    String admin_notice_numberChanged();

    @Message
    String admin_notice_numberRefused();
}
