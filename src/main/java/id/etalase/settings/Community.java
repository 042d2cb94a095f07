package id.etalase.settings;

import java.util.List;

/**
 * The community as every page shows it. {@code version} changes with every saved change, so the theme's stylesheet
 * and the logo can be cached for a year under it.
 */
public record Community(String name, String taglineId, String taglineEn, String aboutId, String aboutEn,
        String brandColour, String accentColour, String contactWhatsapp, List<SocialLink> socialLinks,
        String logoHash, long version) {

    /** A profile of the community elsewhere: which network and its address. */
    public record SocialLink(String network, String url) {
    }

    public String tagline(String language) {
        return "en".equals(language) ? taglineEn : taglineId;
    }

    public String about(String language) {
        return "en".equals(language) ? aboutEn : aboutId;
    }

    /** The about text's paragraphs, split at blank lines. */
    public List<String> aboutParagraphs(String language) {
        return List.of(about(language).strip().split("\\R\\s*\\R"));
    }

    /** The logo's address (a PNG served under its content hash), or null while there is none. */
    public String logoUrl() {
        return logoHash == null ? null : "/logo-" + logoHash.substring(0, 16) + ".png";
    }

    static Community of(CommunitySettings s) {
        List<SocialLink> links = new java.util.ArrayList<>();
        if (s.instagram != null) {
            links.add(new SocialLink("instagram", "https://www.instagram.com/" + s.instagram));
        }
        if (s.facebookUrl != null) {
            links.add(new SocialLink("facebook", s.facebookUrl));
        }
        if (s.tiktok != null) {
            links.add(new SocialLink("tiktok", "https://www.tiktok.com/@" + s.tiktok));
        }
        if (s.websiteUrl != null) {
            links.add(new SocialLink("website", s.websiteUrl));
        }
        return new Community(s.name, s.taglineId, s.taglineEn, s.aboutId, s.aboutEn, s.brandColour, s.accentColour,
                s.contactWhatsapp, List.copyOf(links), s.logoHash, s.updatedAt.toEpochMilli());
    }
}
