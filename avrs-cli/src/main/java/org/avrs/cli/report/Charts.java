package org.avrs.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** PNG charts drawn with Java2D (headless): a confusion-matrix heat map and a horizontal bar chart. */
public final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /**
     * A confusion matrix as a heat map: rows are true classes, columns predicted; each cell shows the
     * count and is shaded by its share of the row (recall for the diagonal).
     */
    public static byte[] confusionMatrix(List<String> labels, int[][] counts, String title) {
        int n = labels.size();
        int cell = 64;
        int left = 110;
        int top = 70;
        int width = left + n * cell + 20;
        int height = top + n * cell + 60;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(img);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, 10, 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("predicted →", left, top - 30);
        for (int i = 0; i < n; i++) {
            int rowSum = 0;
            for (int c : counts[i]) {
                rowSum += c;
            }
            g.setColor(Color.BLACK);
            g.drawString(shorten(labels.get(i)), 8, top + i * cell + cell / 2 + 4);
            drawCentered(g, shorten(labels.get(i)), left + i * cell + cell / 2, top - 8);
            for (int j = 0; j < n; j++) {
                double share = rowSum == 0 ? 0 : counts[i][j] / (double) rowSum;
                int shade = (int) Math.round(255 * (1 - share));
                g.setColor(i == j ? new Color(shade, shade, 255) : new Color(255, shade, shade));
                g.fillRect(left + j * cell, top + i * cell, cell, cell);
                g.setColor(Color.GRAY);
                g.drawRect(left + j * cell, top + i * cell, cell, cell);
                g.setColor(share > 0.6 ? Color.WHITE : Color.BLACK);
                drawCentered(g, Integer.toString(counts[i][j]), left + j * cell + cell / 2, top + i * cell + cell / 2 + 4);
            }
        }
        g.setColor(Color.BLACK);
        g.drawString("rows: true class; shade: share of the row", left, top + n * cell + 30);
        return png(img);
    }

    /** Horizontal bars with their values printed, e.g. per-class recall or per-fold UAR. */
    public static byte[] bars(List<String> names, double[] values, double max, String title) {
        int barH = 22;
        int left = 160;
        int plot = 400;
        int height = 50 + names.size() * (barH + 6) + 20;
        BufferedImage img = new BufferedImage(left + plot + 80, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(img);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, 10, 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < names.size(); i++) {
            int y = 40 + i * (barH + 6);
            g.setColor(Color.BLACK);
            g.drawString(shorten(names.get(i)), 10, y + barH - 6);
            int w = max > 0 && Double.isFinite(values[i]) ? (int) Math.round(plot * Math.max(0, values[i]) / max) : 0;
            g.setColor(new Color(70, 110, 200));
            g.fillRect(left, y, w, barH);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%.3f", values[i]), left + w + 6, y + barH - 6);
        }
        return png(img);
    }

    private static Graphics2D canvas(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        return g;
    }

    private static void drawCentered(Graphics2D g, String s, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, x - fm.stringWidth(s) / 2, y);
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 19) + "…" : s;
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
