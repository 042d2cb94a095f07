package id.etalase.enquiry;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageConfig;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.etalase.catalog.CatalogService;
import id.etalase.common.PublicUrls;
import id.etalase.member.MemberRepository;
import id.etalase.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** QR codes of public pages, printed and stuck on market stalls and packaging, in the community's colour. */
@ApplicationScoped
public class QrCodes {

    /** Large enough to print sharp at 5 cm. */
    static final int SIZE = 600;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 2,
            EncodeHintType.CHARACTER_SET, "UTF-8");

    @Inject
    CatalogService catalog;

    @Inject
    MemberRepository members;

    @Inject
    PublicUrls urls;

    @Inject
    SettingsService settings;

    /** A PNG of the product page's URL; empty for an unknown or unpublished product. */
    public Optional<byte[]> productPage(String slug) {
        return catalog.findSeller(slug).map(product -> png(urls.product(product.slug()), colour()));
    }

    /** A PNG of the member page's URL; empty unless the member is active. */
    @Transactional
    public Optional<byte[]> memberPage(String slug) {
        return members.findActiveBySlug(slug).map(member -> png(urls.member(member.slug), colour()));
    }

    /** The brand colour, which settings keep readable on white: dark enough to scan. */
    private int colour() {
        return 0xFF000000 | Integer.parseInt(settings.current().brandColour().substring(1), 16);
    }

    static byte[] png(String text, int darkColour) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE, SIZE, HINTS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out, new MatrixToImageConfig(darkColour, 0xFFFFFFFF));
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text.length() + " characters in a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
