package id.etalase.settings;

import id.etalase.common.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The one row that says whose portal this is: name, taglines, about text, colours, contacts, logo. */
@PlainText
@Entity
@Table(name = "community_settings")
public class CommunitySettings extends PanacheEntityBase {

    static final byte THE_ROW = 1;

    @Id
    public Byte id;

    @NotBlank
    @Size(max = 60)
    public String name;

    @NotBlank
    @Size(max = 120)
    @Column(name = "tagline_id")
    public String taglineId;

    @NotBlank
    @Size(max = 120)
    @Column(name = "tagline_en")
    public String taglineEn;

    @NotBlank
    @Size(max = 5000)
    @Column(name = "about_id")
    @PlainText.MultiLine
    public String aboutId;

    @NotBlank
    @Size(max = 5000)
    @Column(name = "about_en")
    @PlainText.MultiLine
    public String aboutEn;

    @Column(name = "brand_colour")
    public String brandColour;

    @Column(name = "accent_colour")
    public String accentColour;

    /** Normalised international digits without '+', e.g. 6281234567890. */
    @Column(name = "contact_whatsapp")
    public String contactWhatsapp;

    @Pattern(regexp = "[A-Za-z0-9._]{1,30}", message = "{etalase.member.instagram}")
    public String instagram;

    @Pattern(regexp = "[A-Za-z0-9._]{2,24}", message = "{etalase.member.tiktok}")
    public String tiktok;

    @Size(max = 200)
    @Pattern(regexp = "https://(www\\.|m\\.)?facebook\\.com/[^\\s]+", message = "{etalase.settings.facebook}")
    @Column(name = "facebook_url")
    public String facebookUrl;

    @Size(max = 200)
    @Pattern(regexp = "https?://[^\\s/]+\\.[^\\s]+", message = "{etalase.settings.website}")
    @Column(name = "website_url")
    public String websiteUrl;

    /** A PNG of at most 512 pixels a side, made from the uploaded logo. */
    public byte[] logo;

    @Column(name = "logo_hash")
    public String logoHash;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
