package id.etalase.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoProcessorTest {

    static BufferedImage read(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    static boolean contains(byte[] data, String text) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aPhonePhotoIsTurnedUprightAndLosesItsGpsAndAllMetadata() throws Exception {
        byte[] upload = TestImages.phoneJpeg(400, 300);
        assertTrue(contains(upload, "Exif"), "the test photo carries EXIF");
        PhotoProcessor.Processed photo = PhotoProcessor.process(upload);
        assertEquals(300, photo.width(), "orientation 6: the landscape pixels are shown as a portrait");
        assertEquals(400, photo.height());
        BufferedImage upright = read(photo.large());
        assertEquals(300, upright.getWidth());
        // Rotated 90° clockwise, the red top-left quarter is now the top-right one.
        assertTrue(isRed(upright.getRGB(250, 50)), "top right is red");
        assertFalse(isRed(upright.getRGB(50, 50)), "top left is not");
        for (byte[] rendition : new byte[][] { photo.large(), photo.medium(), photo.small() }) {
            assertFalse(contains(rendition, "Exif"), "no EXIF left");
            assertFalse(contains(rendition, "MM\0*"), "no TIFF block left");
        }
    }

    static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xff) > 200 && (rgb & 0xff) < 80;
    }

    @Test
    void aLargePngBecomesThreeJpegSizesNeverEnlarged() throws Exception {
        PhotoProcessor.Processed photo = PhotoProcessor.process(TestImages.encode(TestImages.picture(3000, 2000),
                "png"));
        assertEquals(1200, read(photo.large()).getWidth());
        assertEquals(800, read(photo.large()).getHeight());
        assertEquals(640, read(photo.medium()).getWidth());
        assertEquals(320, read(photo.small()).getWidth());
        assertEquals(0xff, photo.large()[0] & 0xff, "JPEG");
        PhotoProcessor.Processed small = PhotoProcessor.process(TestImages.encode(TestImages.picture(200, 100),
                "png"));
        assertEquals(200, small.width(), "a small picture stays its size");
        assertEquals(200, read(small.medium()).getWidth());
    }

    @Test
    void webpIsRead() throws Exception {
        PhotoProcessor.Processed photo = PhotoProcessor.process(TestImages.webp(800, 600));
        assertEquals(800, photo.width());
        assertTrue(isRed(read(photo.large()).getRGB(100, 100)));
    }

    /**
     * A 40-megapixel 16-bit PNG (240 MB as a full raster, and as much again as RGB) is decoded with source
     * subsampling: the decoder builds an image just above the large size, and the whole processing allocates a
     * fraction of what the full raster would take.
     */
    @Test
    void aFortyMegapixelSixteenBitPngIsDecodedAtTheSizeItIsStoredAt(@TempDir Path directory) throws Exception {
        Path png = TestImages.png16(directory.resolve("big.png"), 8000, 5000);

        BufferedImage decoded = PhotoProcessor.decode(PhotoProcessor.Source.of(png), PhotoProcessor.LARGE,
                BufferedImage.TYPE_INT_RGB);
        assertEquals(1334, decoded.getWidth());
        assertEquals(834, decoded.getHeight());

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)
                java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        PhotoProcessor.Processed photo = PhotoProcessor.process(java.nio.file.Files.readAllBytes(png));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(PhotoProcessor.LARGE, photo.width());
        assertEquals(750, photo.height());
        BufferedImage large = read(photo.large());
        assertTrue((large.getRGB(600, 100) & 0xff) < 0x40, "the dark half stays dark");
        assertTrue((large.getRGB(600, 700) & 0xff) > 0xc0, "the light half stays light");
        assertTrue(allocated < 100L * 1024 * 1024, "allocated " + allocated / (1024 * 1024) + " MB");
    }

    /** A file above the limit (a sparse 100 MB file here) is refused by its size: none of it is read. */
    @Test
    void aFileAboveTheLimitIsRefusedWithoutBeingRead(@TempDir Path directory) throws Exception {
        Path huge = directory.resolve("besar.jpg");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(100_000_000L);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)
                java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertEquals("photo_tooLarge", assertThrows(PhotoProcessor.Rejected.class,
                () -> PhotoProcessor.process(huge)).code());
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 1024 * 1024, "allocated " + allocated + " bytes");
    }

    @Test
    void badFilesAreRefusedWithTheReason() {
        assertEquals("photo_notAnImage", refused("ini bukan foto, hanya teks".getBytes(StandardCharsets.UTF_8)));
        byte[] jpeg = TestImages.encode(TestImages.picture(800, 600), "jpeg");
        assertEquals("photo_unreadable", refused(Arrays.copyOf(jpeg, 200)));
        assertEquals("photo_tooManyPixels", refused(TestImages.pngClaiming(30_000, 30_000)));
        assertEquals("photo_tooLarge", refused(TestImages.noise(20 * 1024 * 1024)));
        assertEquals("photo_empty", refused(new byte[0]));
    }

    static String refused(byte[] upload) {
        return assertThrows(PhotoProcessor.Rejected.class, () -> PhotoProcessor.process(upload)).code();
    }
}
