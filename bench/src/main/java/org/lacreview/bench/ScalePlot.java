package org.lacreview.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import javax.imageio.ImageIO;

/**
 * Draws the scale benchmark with java.awt, headless: corpus size (×1 … ×1,000) on a log x
 * axis; build time in seconds (left axis) and answer p99 in milliseconds (right axis),
 * both log scale; the ×100 target (p99 under 5 ms) dashed. A size that did not finish is
 * marked on the x axis.
 */
final class ScalePlot {

	private static final int WIDTH = 900;

	private static final int HEIGHT = 560;

	private static final int LEFT = 90;

	private static final int RIGHT = 90;

	private static final int TOP = 60;

	private static final int BOTTOM = 90;

	private static final Color BUILD = new Color(0x1f, 0x77, 0xb4);

	private static final Color P99 = new Color(0xd6, 0x27, 0x28);

	private ScalePlot() {
	}

	static void draw(List<ScaleBenchmark.Row> rows, Path png) throws IOException {
		System.setProperty("java.awt.headless", "true");
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		int plotW = WIDTH - LEFT - RIGHT;
		int plotH = HEIGHT - TOP - BOTTOM;

		int maxFactor = rows.stream().mapToInt(ScaleBenchmark.Row::factor).max().orElse(1000);
		double xDecades = Math.max(1, Math.ceil(Math.log10(maxFactor)));
		DoubleUnaryOperator x = f -> LEFT + plotW * Math.log10(f) / xDecades;

		List<double[]> build = points(rows, "build_ms", 1000);
		List<double[]> p99 = points(rows, "p99_us", 1000);
		double[] buildRange = decades(build, 0.1, 100);
		double[] p99Range = decades(p99, 0.1, 100);
		// Always show 1 to 10 ms, so the 5 ms target is on the chart (the ranges are
		// decades: log10 bounds).
		p99Range[0] = Math.min(p99Range[0], 0);
		p99Range[1] = Math.max(p99Range[1], 1);
		DoubleUnaryOperator yBuild = v -> TOP
				+ plotH * (1 - (Math.log10(v) - buildRange[0]) / (buildRange[1] - buildRange[0]));
		DoubleUnaryOperator yP99 = v -> TOP + plotH * (1 - (Math.log10(v) - p99Range[0]) / (p99Range[1] - p99Range[0]));

		// Grid and axes.
		Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		Font label = new Font(Font.SANS_SERIF, Font.BOLD, 13);
		g.setFont(small);
		g.setColor(new Color(0xe6, 0xe6, 0xe6));
		for (int d = 0; d <= xDecades; d++) {
			int px = (int) x.applyAsDouble(Math.pow(10, d));
			g.drawLine(px, TOP, px, TOP + plotH);
		}
		for (double d = buildRange[0]; d <= buildRange[1]; d++) {
			int py = (int) yBuild.applyAsDouble(Math.pow(10, d));
			g.drawLine(LEFT, py, LEFT + plotW, py);
		}
		g.setColor(Color.DARK_GRAY);
		g.drawRect(LEFT, TOP, plotW, plotH);
		for (int d = 0; d <= xDecades; d++) {
			double f = Math.pow(10, d);
			int px = (int) x.applyAsDouble(f);
			g.drawLine(px, TOP + plotH, px, TOP + plotH + 5);
			String text = String.format(Locale.ROOT, "×%,d", (long) f);
			g.drawString(text, px - g.getFontMetrics().stringWidth(text) / 2, TOP + plotH + 20);
		}
		g.setColor(BUILD);
		for (double d = buildRange[0]; d <= buildRange[1]; d++) {
			int py = (int) yBuild.applyAsDouble(Math.pow(10, d));
			String text = number(Math.pow(10, d));
			g.drawLine(LEFT - 5, py, LEFT, py);
			g.drawString(text, LEFT - 8 - g.getFontMetrics().stringWidth(text), py + 4);
		}
		g.setColor(P99);
		for (double d = p99Range[0]; d <= p99Range[1]; d++) {
			for (int m : new int[] { 1, 2, 5 }) {
				double v = m * Math.pow(10, d);
				if (Math.log10(v) > p99Range[1] + 1e-9) {
					break;
				}
				int py = (int) yP99.applyAsDouble(v);
				g.drawLine(LEFT + plotW, py, LEFT + plotW + (m == 1 ? 5 : 3), py);
				g.drawString(number(v), LEFT + plotW + 8, py + 4);
			}
		}

		// Target: ×100 answers with p99 under 5 ms.
		Stroke solid = g.getStroke();
		g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 5 }, 0));
		int target = (int) yP99.applyAsDouble(5);
		g.drawLine(LEFT, target, LEFT + plotW, target);
		g.drawString("target: p99 < 5 ms at ×100", LEFT + 8, target - 6);
		g.setStroke(solid);

		series(g, build, x, yBuild, BUILD, true);
		series(g, p99, x, yP99, P99, false);

		// Sizes that did not finish: a cross on the x axis, and a line each under the
		// axis title.
		g.setColor(Color.BLACK);
		int line = 0;
		for (ScaleBenchmark.Row row : rows) {
			if (!row.status().startsWith("ok")) {
				int px = (int) x.applyAsDouble(row.factor());
				g.drawString("✕", px - 4, TOP + plotH - 6);
				String text = "✕ ×" + String.format(Locale.ROOT, "%,d", row.factor()) + ": "
						+ shortStatus(row.status());
				g.drawString(text, LEFT + plotW - 330, TOP + plotH - 30 - 16 * (countFailed(rows) - 1 - line));
				line++;
			}
		}

		// Titles and legend.
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		g.drawString("Answer engine vs corpus size (real corpus ×N, synthetic sections and intents)", LEFT, 28);
		g.setFont(label);
		String xLabel = "corpus size (log scale)";
		g.drawString(xLabel, LEFT + plotW / 2 - g.getFontMetrics().stringWidth(xLabel) / 2, HEIGHT - 22);
		g.setColor(BUILD);
		vertical(g, "engine build time, s (log)", 24, TOP + plotH / 2);
		g.setColor(P99);
		vertical(g, "answer latency p99, ms (log)", WIDTH - 16, TOP + plotH / 2);
		g.setFont(small);
		int lx = LEFT + 12;
		int ly = TOP + 18;
		g.setColor(Color.WHITE);
		g.fillRect(lx - 6, ly - 14, 230, 44);
		g.setColor(BUILD);
		g.fillRect(lx, ly - 8, 14, 4);
		g.drawString("build time (index + training), s", lx + 20, ly);
		g.setColor(P99);
		g.fillOval(lx + 3, ly + 10, 8, 8);
		g.drawString("answer p99, ms", lx + 20, ly + 18);
		g.dispose();
		ImageIO.write(image, "png", png.toFile());
	}

	private static long countFailed(List<ScaleBenchmark.Row> rows) {
		return rows.stream().filter(r -> !r.status().startsWith("ok")).count();
	}

	private static String shortStatus(String status) {
		if (status.startsWith("out of memory")) {
			return "out of memory (" + status.substring(status.indexOf('(') + 1, status.indexOf(')')) + ")";
		}
		if (status.startsWith("not run")) {
			return "not run (a smaller size already failed)";
		}
		int paren = status.indexOf(" (");
		return paren > 0 ? status.substring(0, paren) : status;
	}

	private static void vertical(Graphics2D g, String text, int x, int centreY) {
		AffineTransform saved = g.getTransform();
		g.rotate(-Math.PI / 2, x, centreY);
		g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, centreY);
		g.setTransform(saved);
	}

	private static String number(double v) {
		return v >= 1 ? String.format(Locale.ROOT, "%,d", Math.round(v)) : String.format(Locale.ROOT, "%s", v);
	}

	private static List<double[]> points(List<ScaleBenchmark.Row> rows, String key, double divide) {
		List<double[]> points = new ArrayList<>();
		for (ScaleBenchmark.Row row : rows) {
			Optional<Double> value = row.number(key);
			value.filter(v -> v > 0).ifPresent(v -> points.add(new double[] { row.factor(), v / divide }));
		}
		return points;
	}

	/**
	 * The decades (log10 bounds) that hold the values, or the defaults when there are
	 * none.
	 */
	private static double[] decades(List<double[]> points, double low, double high) {
		double min = points.stream().mapToDouble(p -> p[1]).min().orElse(low);
		double max = points.stream().mapToDouble(p -> p[1]).max().orElse(high);
		double lo = Math.floor(Math.log10(min));
		double hi = Math.ceil(Math.log10(max));
		return new double[] { lo, hi == lo ? lo + 1 : hi };
	}

	private static void series(Graphics2D g, List<double[]> points, DoubleUnaryOperator x, DoubleUnaryOperator y,
			Color color, boolean squares) {
		g.setColor(color);
		Stroke saved = g.getStroke();
		g.setStroke(new BasicStroke(2.2f));
		for (int i = 1; i < points.size(); i++) {
			g.drawLine((int) x.applyAsDouble(points.get(i - 1)[0]), (int) y.applyAsDouble(points.get(i - 1)[1]),
					(int) x.applyAsDouble(points.get(i)[0]), (int) y.applyAsDouble(points.get(i)[1]));
		}
		g.setStroke(saved);
		for (double[] p : points) {
			int px = (int) x.applyAsDouble(p[0]);
			int py = (int) y.applyAsDouble(p[1]);
			if (squares) {
				g.fillRect(px - 5, py - 5, 10, 10);
			}
			else {
				g.fillOval(px - 5, py - 5, 10, 10);
			}
			String text = p[1] >= 10 ? String.format(Locale.ROOT, "%.0f", p[1])
					: String.format(Locale.ROOT, "%.2g", p[1]);
			g.drawString(text, px + 8, py + (squares ? -8 : 16));
		}
	}

}
