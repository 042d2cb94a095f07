package id.etalase.web;

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

    /** {link:query('/admin/anggota', 'q', "Toko Dua")} → "/admin/anggota?q=Toko+Dua", encoded as every link is. */
    @TemplateExtension(namespace = "link")
    static String query(String path, String name, String value) {
        return new QueryUrl(path, java.util.Map.of(name, value == null ? "" : value)).toString();
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

    /** The community's contact chat, nothing typed in. */
    static String contactLink(Community community) {
        return WhatsAppLinks.open(community.contactWhatsapp());
    }
}
