package id.etalase.web;

import id.etalase.common.QueryUrl;
import id.etalase.common.Rupiah;
import id.etalase.enquiry.WhatsAppLinks;
import id.etalase.settings.Community;
import io.quarkus.qute.TemplateExtension;

/** View-only values for the templates, written once. */
@TemplateExtension
public class ViewExtensions {

    /** 25000 → "Rp25.000"; the template shows "Harga nego" when there is no price. */
    static String rupiah(Long price) {
        return price == null ? "" : Rupiah.format(price);
    }

    /** An instant for a time element's datetime attribute: to the second (HTML allows at most milliseconds). */
    static String datetime(java.time.Instant at) {
        return at == null ? "" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** The first letter, shown large where a product has no photo yet. */
    static String initial(String name) {
        return name == null || name.isBlank() ? "" : name.strip().substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    }

    /** A short excerpt for cards and meta descriptions, cut at a word. */
    static String excerpt(String text, int length) {
        if (text == null || text.length() <= length) {
            return text == null ? "" : text;
        }
        String cut = text.substring(0, length);
        int space = cut.lastIndexOf(' ');
        return (space > length / 2 ? cut.substring(0, space) : cut) + "…";
    }

    /**
     * A link with its query encoded, for templates: {href:to('/admin/anggota', 'q', p.member)}. Every link with a
     * query is built this way (or by QueryUrl in Java), never by writing a value after "?name=".
     */
    @TemplateExtension(namespace = "href")
    static String to(String path, Object... namesAndValues) {
        return QueryUrl.link(path, namesAndValues);
    }

    /** A chat with this number, nothing typed in: {wa:open(m.whatsapp)}; empty without a number. */
    @TemplateExtension(namespace = "wa")
    static String open(String digits) {
        return digits == null || digits.replaceAll("\\D", "").isEmpty() ? "" : WhatsAppLinks.open(digits);
    }

    /** A number as Indonesians write it: {wa:local(m.whatsapp)} → 0812-3456-7890. */
    @TemplateExtension(namespace = "wa")
    static String local(String digits) {
        return digits == null ? "" : id.etalase.common.PhoneNumbers.local(digits);
    }

    /** The community's contact chat, nothing typed in. */
    static String contactLink(Community community) {
        return WhatsAppLinks.open(community.contactWhatsapp());
    }
}
