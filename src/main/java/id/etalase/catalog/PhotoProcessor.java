package id.etalase.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Turns a phone photo into what the portal stores: recognised by its content (JPEG, PNG or WebP), refused above
 * 15 MB or 40 megapixels before it is decoded, turned upright by its EXIF orientation, and re-encoded without any
 * metadata (phones write GPS positions into photos) as progressive JPEGs in three sizes.
 */
public final class PhotoProcessor {

    public static final int MAX_BYTES = 15 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    /** Long sides: the product page, the cards on a phone's double-density screen, the small cards. */
    public static final int LARGE = 1200;
    public static final int MEDIUM = 640;
    public static final int SMALL = 320;
    static final float QUALITY = 0.82f;

    /** Why a file is refused: a code of the message bundle with its arguments. */
    public static class Rejected extends Exception {
        private final String code;
        private final transient Object[] args;

        Rejected(String code, Object... args) {
            super(code);
            this.code = code;
            this.args = args;
        }

        public String code() {
            return code;
        }

        public Object[] args() {
            return args;
        }
    }

    /** The stored renditions of one photo and the size of the largest. */
    public record Processed(String hash, int width, int height, byte[] large, byte[] medium, byte[] small) {
    }

    static {
        // The TwelveMonkeys readers (WebP, a sturdier JPEG) register through ServiceLoader on the class path.
        ImageIO.scanForPlugins();
    }

    private PhotoProcessor() {
    }

    public static Processed process(byte[] upload) throws Rejected {
        check(upload);
        BufferedImage upright;
        try {
            // Thumbnailator applies the EXIF orientation of a JPEG while reading it.
            upright = Thumbnails.of(new ByteArrayInputStream(upload)).scale(1.0).useExifOrientation(true)
                    .imageType(BufferedImage.TYPE_INT_RGB).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw new Rejected("photo_unreadable");
        }
        BufferedImage largeImage = resize(upright, LARGE);
        byte[] large = jpeg(largeImage);
        return new Processed(sha256(large), largeImage.getWidth(), largeImage.getHeight(), large,
                jpeg(resize(largeImage, MEDIUM)), jpeg(resize(largeImage, SMALL)));
    }

    /** A logo: at most 512 pixels a side; a PNG, so that transparency survives. */
    public record Logo(String hash, byte[] png) {
    }

    public static final int LOGO = 512;

    /** Checks an uploaded logo as strictly as a photo, then keeps it small and as a PNG without metadata. */
    public static Logo logo(byte[] upload) throws Rejected {
        check(upload);
        try {
            BufferedImage image = Thumbnails.of(new ByteArrayInputStream(upload)).scale(1.0)
                    .useExifOrientation(true).imageType(BufferedImage.TYPE_INT_ARGB).asBufferedImage();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(resize(image, LOGO), "png", png);
            return new Logo(sha256(png.toByteArray()), png.toByteArray());
        } catch (IOException | RuntimeException e) {
            throw new Rejected("photo_unreadable");
        }
    }

    /** What every upload must pass before it is decoded: present, not too large, an image by content and size. */
    private static void check(byte[] upload) throws Rejected {
        if (upload == null || upload.length == 0) {
            throw new Rejected("photo_empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new Rejected("photo_tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String format = format(upload);
        if (format == null) {
            throw new Rejected("photo_notAnImage");
        }
        checkDimensions(upload, format);
    }

    /** The format by the file's first bytes, whatever its name or declared type says. */
    static String format(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        if (data.length >= 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G'
                && data[4] == 0x0d && data[5] == 0x0a && data[6] == 0x1a && data[7] == 0x0a) {
            return "png";
        }
        if (data.length >= 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
                && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
            return "webp";
        }
        return null;
    }

    /** Reads only the header: a small file claiming 30,000 × 30,000 pixels is refused before anything is decoded. */
    private static void checkDimensions(byte[] data, String format) throws Rejected {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new Rejected("photo_notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Rejected("photo_tooManyPixels", MAX_PIXELS / 1_000_000);
                }
                if (reader.getWidth(0) < 1 || reader.getHeight(0) < 1) {
                    throw new Rejected("photo_unreadable");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Rejected("photo_unreadable");
        }
    }

    /** No larger than the long side; never enlarged. */
    private static BufferedImage resize(BufferedImage image, int longSide) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= longSide) {
            return image;
        }
        try {
            return Thumbnails.of(image).size(longSide, longSide).keepAspectRatio(true).asBufferedImage();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A progressive JPEG with no metadata at all (ImageIO writes none unless given). */
    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
