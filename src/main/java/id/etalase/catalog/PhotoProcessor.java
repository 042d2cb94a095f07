package id.etalase.catalog;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Turns a phone photo into what the portal stores: recognised by its content (JPEG, PNG or WebP), refused above
 * 15 MB or 40 megapixels before it is decoded, decoded only at the size it is stored at, turned upright by its EXIF
 * orientation, and re-encoded without any metadata (phones write GPS positions into photos) as progressive JPEGs in
 * three sizes.
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

    /** A photo as uploaded, in a file: only its first bytes and what the decoder asks for are read. */
    public static Processed process(Path upload) throws Rejected {
        return process(Source.of(upload));
    }

    public static Processed process(byte[] upload) throws Rejected {
        return process(Source.of(upload));
    }

    private static Processed process(Source upload) throws Rejected {
        BufferedImage largeImage = resize(decode(upload, LARGE, BufferedImage.TYPE_INT_RGB), LARGE);
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
        BufferedImage image = decode(Source.of(upload), LOGO, BufferedImage.TYPE_INT_ARGB);
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(resize(image, LOGO), "png", png);
            return new Logo(sha256(png.toByteArray()), png.toByteArray());
        } catch (IOException | RuntimeException e) {
            throw new Rejected("photo_unreadable");
        }
    }

    /** Where an upload's bytes are: a file in the uploads directory, or (an admin's logo, a test) memory. */
    interface Source {

        long length() throws IOException;

        ImageInputStream open() throws IOException;

        static Source of(Path file) {
            return new Source() {
                public long length() throws IOException {
                    return Files.size(file);
                }

                public ImageInputStream open() throws IOException {
                    return ImageIO.createImageInputStream(file.toFile());
                }
            };
        }

        static Source of(byte[] data) {
            return new Source() {
                public long length() {
                    return data == null ? 0 : data.length;
                }

                public ImageInputStream open() throws IOException {
                    return ImageIO.createImageInputStream(new ByteArrayInputStream(data));
                }
            };
        }
    }

    /**
     * Checks an upload (present, not too large, an image by content, at most 40 megapixels by its header) and decodes
     * it upright as an image of this type whose long side is at least {@code longSide} and less than twice that (or
     * the image's own size): the decoder skips rows and columns (source subsampling) instead of building the full
     * raster, so a 40-megapixel 16-bit PNG never takes the 240 MB its full size would.
     */
    static BufferedImage decode(Source upload, int longSide, int type) throws Rejected {
        long length;
        try {
            length = upload.length();
        } catch (IOException e) {
            throw new Rejected("photo_unreadable");
        }
        if (length == 0) {
            throw new Rejected("photo_empty");
        }
        if (length > MAX_BYTES) {
            throw new Rejected("photo_tooLarge", MAX_BYTES / (1024 * 1024));
        }
        try (ImageInputStream input = upload.open()) {
            byte[] head = new byte[12];
            input.mark();
            int read = Math.max(0, input.read(head));
            input.reset();
            String format = format(java.util.Arrays.copyOf(head, read));
            if (format == null) {
                throw new Rejected("photo_notAnImage");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new Rejected("photo_notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, false);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // The header alone: a small file claiming 30,000 × 30,000 pixels is refused before any decoding.
                if ((long) width * height > MAX_PIXELS) {
                    throw new Rejected("photo_tooManyPixels", MAX_PIXELS / 1_000_000);
                }
                if (width < 1 || height < 1) {
                    throw new Rejected("photo_unreadable");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height, longSide);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                Orientation orientation = "jpeg".equals(format) ? orientation(reader) : null;
                BufferedImage upright = orientation == null || orientation == Orientation.TOP_LEFT ? decoded
                        : ExifFilterUtils.getFilterForOrientation(orientation).apply(decoded);
                return convert(upright, type);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Rejected("photo_unreadable");
        }
    }

    /** Every n-th row and column, so that the long side stays at least {@code longSide}. */
    static int subsampling(int width, int height, int longSide) {
        return Math.max(1, Math.max(width, height) / longSide);
    }

    /** A phone's EXIF orientation; none when the metadata cannot be read (the photo is then kept as stored). */
    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage convert(BufferedImage image, int type) {
        if (image.getType() == type) {
            return image;
        }
        BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D graphics = converted.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return converted;
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
