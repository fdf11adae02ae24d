package io.skyrack.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart drawn as inline SVG, for self-contained HTML reports: axes with round-number ticks, labelled
 * units, a legend, and one polyline per series. No fonts or scripts are referenced outside the document.
 */
final class SvgChart {

    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<double[]> hLines = new ArrayList<>();
    private final List<String> hLineLabels = new ArrayList<>();

    private record Series(String name, double[] x, double[] y, boolean dashed) {
    }

    SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    SvgChart line(String name, double[] x, double[] y) {
        series.add(new Series(name, x, y, false));
        return this;
    }

    /** A horizontal reference line (for example a temperature limit). */
    SvgChart limit(String name, double y) {
        hLines.add(new double[] {y});
        hLineLabels.add(name);
        return this;
    }

    String render(int width, int height) {
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    xmin = Math.min(xmin, s.x()[i]);
                    xmax = Math.max(xmax, s.x()[i]);
                    ymin = Math.min(ymin, s.y()[i]);
                    ymax = Math.max(ymax, s.y()[i]);
                }
            }
        }
        for (double[] h : hLines) {
            ymin = Math.min(ymin, h[0]);
            ymax = Math.max(ymax, h[0]);
        }
        if (!(xmax > xmin)) {
            xmin = 0;
            xmax = 1;
        }
        if (!(ymax > ymin)) {
            ymin = Double.isFinite(ymin) ? ymin - 1 : 0;
            ymax = ymin + 2;
        }
        double[] yt = ticks(ymin, ymax, 6);
        double[] xt = ticks(xmin, xmax, 8);
        ymin = Math.min(ymin, yt[0]);
        ymax = Math.max(ymax, yt[yt.length - 1]);
        int left = 64;
        int right = 16;
        int top = 34;
        int bottom = 62;
        double pw = width - left - right;
        double ph = height - top - bottom;
        final double x0 = xmin;
        final double xs = pw / (xmax - xmin);
        final double y0 = ymin;
        final double ys = ph / (ymax - ymin);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\">",
                width, height, width, height, esc(title)));
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%s</text>",
                left, esc(title)));
        for (double t : yt) {
            double py = top + ph - (t - y0) * ys;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e7ec\"/>",
                    left, py, left + pw, py));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    left - 6, py + 4, fmt(t)));
        }
        for (double t : xt) {
            if (t < xmin - 1e-9 || t > xmax + 1e-9) {
                continue;
            }
            double px = left + (t - x0) * xs;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e7ec\"/>",
                    px, top, px, top + ph));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    px, top + ph + 14, fmt(t)));
        }
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
                + "stroke=\"#8a94a3\"/>", left, top, pw, ph));
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                left + pw / 2, top + ph + 30, esc(xLabel)));
        sb.append(String.format(Locale.ROOT, "<text transform=\"translate(14 %.1f) rotate(-90)\" "
                + "text-anchor=\"middle\">%s</text>", top + ph / 2, esc(yLabel)));
        int c = 0;
        List<String> legend = new ArrayList<>();
        for (Series s : series) {
            String color = COLORS[c++ % COLORS.length];
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + (s.x()[i] - x0) * xs,
                            top + ph - (s.y()[i] - y0) * ys));
                }
            }
            sb.append("<polyline fill=\"none\" stroke-width=\"1.6\" stroke=\"").append(color).append("\" points=\"")
                    .append(pts.toString().trim()).append("\"/>");
            legend.add(color + "|" + s.name());
        }
        for (int i = 0; i < hLines.size(); i++) {
            double py = top + ph - (hLines.get(i)[0] - y0) * ys;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#37474f\" "
                    + "stroke-dasharray=\"6 4\"/>", left, py, left + pw, py));
            legend.add("#37474f|" + hLineLabels.get(i));
        }
        double lx = left;
        for (String l : legend) {
            String[] parts = l.split("\\|", 2);
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/>",
                    lx, height - 14, parts[0]));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", lx + 16, height - 10,
                    esc(parts[1])));
            lx += 26 + 6.5 * parts[1].length();
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /** Round-number ticks covering [lo, hi]. */
    static double[] ticks(double lo, double hi, int target) {
        double span = hi - lo;
        double raw = span / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi / step) * step;
        int n = (int) Math.round((end - start) / step) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = start + i * step;
        }
        return t;
    }

    private static String fmt(double v) {
        if (Math.abs(v) >= 1000 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
