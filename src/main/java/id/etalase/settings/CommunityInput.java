package id.etalase.settings;

/** The community settings form as typed; checked and normalised by {@link SettingsService}. */
public record CommunityInput(String name, String taglineId, String taglineEn, String aboutId, String aboutEn,
        String brandColour, String accentColour, String contactWhatsapp, String instagram, String facebookUrl,
        String tiktok, String websiteUrl) {

    static CommunityInput of(CommunitySettings s) {
        return new CommunityInput(s.name, s.taglineId, s.taglineEn, s.aboutId, s.aboutEn, s.brandColour,
                s.accentColour, s.contactWhatsapp == null ? null : "+" + s.contactWhatsapp, s.instagram, s.facebookUrl,
                s.tiktok, s.websiteUrl);
    }
}
