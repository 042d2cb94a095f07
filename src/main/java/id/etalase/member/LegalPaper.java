package id.etalase.member;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The legal papers a seller can hold, in the order shoppers of food ask about them: halal first. */
public enum LegalPaper {
    HALAL("m.halalCert"), BPOM("m.bpom"), PIRT("m.pirt"), NIB("m.nib");

    public static final String PATTERN = "halal|bpom|pirt|nib";

    /** The member's column holding this paper's number, as HQL over a member aliased {@code m}. */
    public final String column;

    LegalPaper(String column) {
        this.column = column;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean heldBy(Member member) {
        String number = switch (this) {
            case HALAL -> member.halalCert;
            case BPOM -> member.bpom;
            case PIRT -> member.pirt;
            case NIB -> member.nib;
        };
        return number != null && !number.isBlank();
    }

    /** The slugs of the papers this member holds, in this enum's order. */
    public static List<String> heldSlugs(Member member) {
        return Arrays.stream(values()).filter(paper -> paper.heldBy(member)).map(LegalPaper::slug).toList();
    }

    public static Optional<LegalPaper> fromSlug(String slug) {
        return Arrays.stream(values()).filter(paper -> paper.slug().equals(slug)).findFirst();
    }
}
