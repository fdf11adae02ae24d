package io.skyrack.app.results;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Rectangle;

/**
 * A line chart with shaded bands along the x axis behind its lines (eclipses on the power and temperature
 * charts). Bands are given in the x axis' units.
 */
public final class BandedLineChart extends LineChart<Number, Number> {

    private final List<double[]> bands = new ArrayList<>();
    private final List<Rectangle> shapes = new ArrayList<>();

    /**
     * @param x x axis
     * @param y y axis
     */
    public BandedLineChart(NumberAxis x, NumberAxis y) {
        super(x, y);
    }

    /**
     * Replaces the bands.
     *
     * @param list {from, to} pairs in x-axis units
     */
    public void setBands(List<double[]> list) {
        bands.clear();
        bands.addAll(list);
        getPlotChildren().removeAll(shapes);
        shapes.clear();
        for (int i = 0; i < bands.size(); i++) {
            Rectangle r = new Rectangle();
            r.getStyleClass().add("chart-band");
            r.setStyle("-fx-fill: rgba(80, 90, 120, 0.16);");
            r.setMouseTransparent(true);
            shapes.add(r);
        }
        getPlotChildren().addAll(0, shapes);
        requestChartLayout();
    }

    /** @return the bands ({from, to} in x-axis units) */
    public List<double[]> bands() {
        return List.copyOf(bands);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double top = y.getDisplayPosition(y.getUpperBound());
        double bottom = y.getDisplayPosition(y.getLowerBound());
        for (int i = 0; i < shapes.size(); i++) {
            double a = x.getDisplayPosition(Math.max(bands.get(i)[0], x.getLowerBound()));
            double b = x.getDisplayPosition(Math.min(bands.get(i)[1], x.getUpperBound()));
            Rectangle r = shapes.get(i);
            r.setX(Math.min(a, b));
            r.setWidth(Math.max(0, Math.abs(b - a)));
            r.setY(Math.min(top, bottom));
            r.setHeight(Math.abs(bottom - top));
        }
    }
}
