import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the portal's icon, a storefront with a striped awning in the brand colours of css/etalase.css, from one list
 * of shapes on a 32-unit grid, and writes it as favicon.svg, favicon.ico (a 32x32 PNG inside an ICO), the 180x180
 * apple-touch-icon and the 192/512 manifest icons. Run from the repository root after changing the drawing:
 *   java scripts/MakeIcons.java
 */
public class MakeIcons {

    static final String BRAND = "#9b1c1c";
    static final String GOLD = "#c9962b";
    static final String WHITE = "#ffffff";
    static final Path OUT = Path.of("src/main/resources/META-INF/resources");

    record Part(String kind, double[] v, String colour) {
        Shape shape() {
            return switch (kind) {
                case "rect" -> new Rectangle2D.Double(v[0], v[1], v[2], v[3]);
                case "circle" -> new Ellipse2D.Double(v[0] - v[2], v[1] - v[2], 2 * v[2], 2 * v[2]);
                default -> throw new IllegalArgumentException(kind);
            };
        }

        String svg() {
            return switch (kind) {
                case "rect" -> "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>"
                        .formatted(n(v[0]), n(v[1]), n(v[2]), n(v[3]), colour);
                case "circle" -> "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"/>"
                        .formatted(n(v[0]), n(v[1]), n(v[2]), colour);
                default -> throw new IllegalArgumentException(kind);
            };
        }
    }

    static String n(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }

    /** The storefront on the 32-unit grid, drawn over the red ground in this order. */
    static List<Part> glyph() {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("rect", new double[] {7, 15, 18, 11}, WHITE));        // shop front
        parts.add(new Part("rect", new double[] {10, 18, 5, 8}, BRAND));         // door
        parts.add(new Part("rect", new double[] {17, 18, 5, 4}, GOLD));          // shop window
        double stripe = 5.5;
        for (int i = 0; i < 4; i++) {                                           // awning: four scalloped stripes
            String colour = i % 2 == 0 ? GOLD : WHITE;
            double x = 5 + i * stripe;
            parts.add(new Part("rect", new double[] {x, 6, stripe, 5}, colour));
            parts.add(new Part("circle", new double[] {x + stripe / 2, 11, stripe / 2}, colour));
        }
        return parts;
    }

    static String svg() {
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">");
        s.append("<rect width=\"32\" height=\"32\" rx=\"6\" fill=\"").append(BRAND).append("\"/>");
        for (Part part : glyph()) s.append(part.svg());
        return s.append("</svg>\n").toString();
    }

    /** rounded: the favicon's and the manifest's rounded square; otherwise a full square (iOS rounds it itself). */
    static BufferedImage raster(int size, boolean rounded) {
        BufferedImage image = new BufferedImage(size, size, rounded ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.decode(BRAND));
        g.fill(rounded ? new RoundRectangle2D.Double(0, 0, size, size, size * 12 / 32.0, size * 12 / 32.0)
                : new Rectangle2D.Double(0, 0, size, size));
        AffineTransform scale = AffineTransform.getScaleInstance(size / 32.0, size / 32.0);
        for (Part part : glyph()) {
            g.setColor(Color.decode(part.colour()));
            g.fill(scale.createTransformedShape(part.shape()));
        }
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO holding one PNG-compressed image (read by every current browser). */
    static byte[] ico(byte[] png, int size) {
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1);        // reserved, type icon, one image
        ico.put((byte) size).put((byte) size).put((byte) 0).put((byte) 0);      // width, height, no palette, reserved
        ico.putShort((short) 1).putShort((short) 32);                           // colour planes, bits per pixel
        ico.putInt(png.length).putInt(6 + 16);                                  // image size, image offset
        return ico.put(png).array();
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.writeString(OUT.resolve("favicon.svg"), svg(), StandardCharsets.UTF_8);
        Files.write(OUT.resolve("favicon.ico"), ico(png(raster(32, true)), 32));
        Files.write(OUT.resolve("apple-touch-icon.png"), png(raster(180, false)));
        Files.createDirectories(OUT.resolve("img"));
        Files.write(OUT.resolve("img/icon-192.png"), png(raster(192, true)));
        Files.write(OUT.resolve("img/icon-512.png"), png(raster(512, true)));
        for (String file : List.of("favicon.svg", "favicon.ico", "apple-touch-icon.png", "img/icon-192.png", "img/icon-512.png")) {
            System.out.printf("%-24s %6d bytes%n", file, Files.size(OUT.resolve(file)));
        }
    }
}
