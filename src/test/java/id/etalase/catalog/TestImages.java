package id.etalase.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real images made in the tests: phone photos with EXIF, big PNGs, WebP, and the broken files members send. */
public final class TestImages {

    private TestImages() {
    }

    /** A landscape picture, red in its top-left quarter, blue elsewhere. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A phone's JPEG: stored landscape, with EXIF saying "rotate 90° clockwise to view" (orientation 6) and a GPS
     * position, as phones write them.
     */
    public static byte[] phoneJpeg(int width, int height) {
        byte[] jpeg = encode(picture(width, height), "jpeg");
        byte[] exif = exif();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2); // SOI
        out.put((byte) 0xff).put((byte) 0xe1).putShort((short) (exif.length + 2)).put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** "Exif\0\0", then a big-endian TIFF: IFD0 with Orientation=6 and a GPS IFD holding a latitude. */
    static byte[] exif() {
        ByteBuffer tiff = ByteBuffer.allocate(80);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);                                                  // IFD0 at 8: two entries
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);    // GPS IFD at 38
        tiff.putInt(0);                                                            // no next IFD
        tiff.putShort((short) 2);                                                  // GPS IFD: two entries
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put("S\0\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put("E\0\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.putInt(0);
        byte[] body = new byte[tiff.position()];
        tiff.flip();
        tiff.get(body);
        ByteBuffer exif = ByteBuffer.allocate(6 + body.length);
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
        return exif.array();
    }

    /** A tiny PNG whose header claims the given size: a decompression bomb's first bytes. */
    public static byte[] pngClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a });
        png.put(chunk("IHDR", ihdr.array()));
        png.put(chunk("IEND", new byte[0]));
        return png.array();
    }

    /**
     * A 16-bit RGB PNG of this size written straight to a file, dark above and light below: a 40-megapixel one is a
     * few hundred kilobytes on disk and 240 MB as a decoded raster.
     */
    public static java.nio.file.Path png16(java.nio.file.Path file, int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        try (java.util.zip.DeflaterOutputStream rows = new java.util.zip.DeflaterOutputStream(idat, deflater, 1 << 16)) {
            byte[] row = new byte[1 + width * 6];
            for (int y = 0; y < height; y++) {
                java.util.Arrays.fill(row, 1, row.length, y < height / 2 ? (byte) 0x20 : (byte) 0xe0);
                rows.write(row);
            }
        } finally {
            deflater.end();
        }
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 16).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a });
            out.write(chunk("IHDR", ihdr.array()));
            out.write(chunk("IDAT", idat.toByteArray()));
            out.write(chunk("IEND", new byte[0]));
        }
        return file;
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    public static byte[] noise(int bytes) {
        byte[] data = new byte[bytes];
        new Random(7).nextBytes(data);
        return data;
    }

    public static byte[] webp(int width, int height) {
        try {
            return com.sksamuel.scrimage.ImmutableImage.fromAwt(picture(width, height))
                    .bytes(com.sksamuel.scrimage.webp.WebpWriter.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This many bytes that begin like a JPEG, made as they are read: the test's own heap never holds them. */
    public static java.io.InputStream jpegStart(long size) {
        return new java.io.InputStream() {
            private long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0x5a);
                for (int i = 0; i < n && position + i < 3; i++) {
                    buffer[offset + i] = (byte) (position + i == 1 ? 0xd8 : 0xff);
                }
                position += n;
                return n;
            }
        };
    }
}
