package id.etalase.admin;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a report table as an SVG chart (JFreeChart on JFreeSVG): a width, height and viewBox so it scales to a phone
 * and prints sharp, large type, no script. Column 0 of the table names the rows; the given columns are the series,
 * named by their headings.
 */
public final class Charts {

    static final int WIDTH = 460;
    private static final Color[] SERIES = { new Color(0x9b1c1c), new Color(0x1f5f8b), new Color(0x2e7d32),
        new Color(0xb26a00), new Color(0x5e35b1) };
    private static final Color GRID = new Color(0xd0d0d0);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    /** About as many characters as a line of the label column holds (45 % of the width, 15-px type). */
    private static final int ONE_LINE = 24;

    private Charts() {
    }

    /** Horizontal bars, one group per row: tall enough that every row's name stays readable. */
    public static String bars(Table table, String title, int... valueColumns) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Object> row : table.rows()) {
            // Two products of the same name stay two bars.
            String label = label(row.get(0));
            for (int n = 2; !seen.add(label); n++) {
                label = label(row.get(0)) + " (" + n + ")";
            }
            for (int column : valueColumns) {
                data.addValue(value(row.get(column)), table.header().get(column), label);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL,
                valueColumns.length > 1, false, false);
        theme(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setCategoryMargin(0.15);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < valueColumns.length; s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
        }
        int bars = Math.max(1, table.rows().size()) * valueColumns.length;
        // A name longer than a line of the label column takes two: its row is made tall enough for both.
        boolean twoLines = table.rows().stream().anyMatch(row -> label(row.get(0)).length() > ONE_LINE);
        int height = 90 + (valueColumns.length > 1 ? 30 : 0)
                + Math.max(bars * 16, table.rows().size() * (twoLines ? 48 : 28));
        return svg(chart, height);
    }

    /** Lines over time; column 0 holds each row's day (2026-10-05) or month (2026-10), drawn at its start. */
    public static String timeLines(Table table, String title, int... valueColumns) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (int column : valueColumns) {
            TimeSeries series = new TimeSeries(table.header().get(column));
            for (List<Object> row : table.rows()) {
                series.addOrUpdate(new Day(java.sql.Date.valueOf(start(label(row.get(0))))), value(row.get(column)));
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, null, data, valueColumns.length > 1,
                false, false);
        theme(chart);
        XYPlot plot = chart.getXYPlot();
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        // Numbers, not month names: the chart is the same in every language.
        ((DateAxis) plot.getDomainAxis()).setDateFormatOverride(new java.text.SimpleDateFormat(
                table.rows().size() > 62 ? "MM-yyyy" : "dd-MM"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, table.rows().size() <= 62);
        for (int s = 0; s < valueColumns.length; s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2.5f));
        }
        plot.setRenderer(renderer);
        return svg(chart, 320);
    }

    /** The chart as an image address for an img element: the page's own policy then cannot touch its styles. */
    public static String dataUrl(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static void theme(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(TITLE);
        theme.setLargeFont(TEXT);
        theme.setRegularFont(TEXT);
        theme.setSmallFont(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setItemLabelPaint(Color.BLACK);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    private static String svg(JFreeChart chart, int height) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        // A tenth of a pixel is finer than any screen or printer shows; full doubles would triple the size.
        g.setGeomDoubleConverter(Charts::tenths);
        g.setTransformDoubleConverter(Charts::tenths);
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        return g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, height), null, null);
    }

    static String tenths(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    private static LocalDate start(String key) {
        return key.length() == 7 ? YearMonth.parse(key).atDay(1) : LocalDate.parse(key);
    }

    private static String label(Object cell) {
        return cell == null ? "" : cell.toString();
    }

    private static double value(Object cell) {
        return cell instanceof Number number ? number.doubleValue() : 0;
    }
}
