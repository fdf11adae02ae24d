package io.skyrack.app.results;

import io.skyrack.core.analysis.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The Placement tab: a table of every replica (where it runs, or why it does not) and a utilisation map of every
 * GPU grouped by satellite, drawn on one canvas so that walker-1584's 3,168 GPUs cost one node.
 */
public final class PlacementView extends SplitPane {

    /** Up to this many satellites the map names each one; above it draws compact blocks. */
    static final int NAMED_LIMIT = 60;
    private static final double NAME_WIDTH = 104;
    private static final Color IDLE = Color.web("#d9dde3");
    private static final Color LOW = Color.web("#a6cee3");
    private static final Color HIGH = Color.web("#08306b");

    private final TableView<PlacementData.Row> table = new TableView<>();
    private final Canvas canvas = new Canvas(10, 10);
    private final Label hover = new Label("Point at a GPU for its use");
    private final ScrollPane scroll = new ScrollPane(canvas);
    private List<PlacementData.SatelliteGpus> groups = List.of();
    /** Hit boxes of the last drawing: x, y, size, satellite index, GPU index. */
    private final List<double[]> boxes = new ArrayList<>();

    PlacementView() {
        setId("results-placement");
        table.setId("results-placement-table");
        table.setPlaceholder(new Label("No workloads in the plan"));
        table.getColumns().add(column("Workload", PlacementData.Row::workload, 130));
        table.getColumns().add(column("Replica", r -> Integer.toString(r.replica()), 60));
        table.getColumns().add(column("Satellite", PlacementData.Row::satellite, 110));
        table.getColumns().add(column("TILE", PlacementData.Row::tile, 50));
        table.getColumns().add(column("GPU", r -> r.gpu() < 0 ? "" : Integer.toString(r.gpu()), 40));
        table.getColumns().add(column("Mode", PlacementData.Row::powerMode, 70));
        table.getColumns().add(column("TOPS", r -> fmt(r.tops(), 1), 60));
        table.getColumns().add(column("Memory (GB)", r -> fmt(r.memoryGb(), 1), 85));
        table.getColumns().add(column("Status", PlacementData.Row::status, 220));

        canvas.setId("results-gpu-map");
        scroll.setFitToWidth(true);
        scroll.widthProperty().addListener((o, a, b) -> draw());
        canvas.setOnMouseMoved(e -> describe(e.getX(), e.getY()));
        hover.setId("results-gpu-map-hover");
        hover.setPadding(new Insets(4, 8, 4, 8));
        Label legend = new Label("GPU use by satellite: grey idle, light to dark blue 0–100 % of compute or memory, "
                + "whichever is higher");
        legend.setWrapText(true);
        legend.setPadding(new Insets(4, 8, 4, 8));
        legend.setStyle("-fx-font-size: 11px; -fx-text-fill: -color-fg-muted;");
        BorderPane map = new BorderPane(scroll, legend, null, hover, null);
        setOrientation(Orientation.HORIZONTAL);
        getItems().addAll(table, map);
        setDividerPositions(0.55);
    }

    /** @param a the analysis to show, or null */
    void show(Analysis a) {
        if (a == null) {
            table.getItems().clear();
            groups = List.of();
        } else {
            table.setItems(FXCollections.observableArrayList(PlacementData.rows(a)));
            groups = PlacementData.bySatellite(a);
        }
        draw();
    }

    /** @return the table (tests) */
    public TableView<PlacementData.Row> table() {
        return table;
    }

    /** @return GPU cells drawn in the map (tests) */
    public int cellsDrawn() {
        return boxes.size();
    }

    private void draw() {
        boxes.clear();
        double width = Math.max(200, scroll.getWidth() - 16);
        boolean named = groups.size() <= NAMED_LIMIT;
        double cell = named ? 14 : 7;
        double gap = named ? 6 : 3;
        int mostGpus = groups.stream().mapToInt(g -> g.gpus().size()).max().orElse(1);
        double blockWidth = (named ? NAME_WIDTH : 0) + mostGpus * (cell + 1) + gap;
        int perRow = Math.max(1, (int) ((width - 8) / blockWidth));
        int rows = (groups.size() + perRow - 1) / perRow;
        double rowHeight = cell + gap;
        canvas.setWidth(width);
        canvas.setHeight(Math.max(40, 8 + rows * rowHeight));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFont(Font.font(11));
        for (int s = 0; s < groups.size(); s++) {
            double x0 = 4 + (s % perRow) * blockWidth;
            double y0 = 4 + (s / perRow) * rowHeight;
            PlacementData.SatelliteGpus sat = groups.get(s);
            double x = x0;
            if (named) {
                g.setFill(Color.web("#5b6472"));
                g.fillText(shorten(sat.satellite()), x0, y0 + cell - 2, NAME_WIDTH - 6);
                x += NAME_WIDTH;
            }
            for (int i = 0; i < sat.gpus().size(); i++) {
                PlacementData.GpuCell c = sat.gpus().get(i);
                g.setFill(colour(c));
                g.fillRect(x, y0, cell, cell);
                boxes.add(new double[] {x, y0, cell, s, i});
                x += cell + 1;
            }
        }
    }

    private static String shorten(String name) {
        return name.length() > 16 ? name.substring(0, 15) + "…" : name;
    }

    /** Grey when idle, else from light to dark blue with the GPU's larger share of compute or memory. */
    static Color colour(PlacementData.GpuCell c) {
        if (c.replicas() == 0) {
            return IDLE;
        }
        return LOW.interpolate(HIGH, Math.max(0, Math.min(1, c.utilisation())));
    }

    private void describe(double x, double y) {
        for (double[] b : boxes) {
            if (x >= b[0] && x < b[0] + b[2] + 1 && y >= b[1] && y < b[1] + b[2] + 1) {
                PlacementData.SatelliteGpus sat = groups.get((int) b[3]);
                PlacementData.GpuCell c = sat.gpus().get((int) b[4]);
                hover.setText(c.replicas() == 0 ? sat.satellite() + " · " + c.gpuId() + ": idle"
                        : String.format(Locale.ROOT, "%s · %s: %d replica%s, compute %s, memory %.0f %%",
                        sat.satellite(), c.gpuId(), c.replicas(), c.replicas() == 1 ? "" : "s",
                        Double.isFinite(c.computeShare()) ? String.format(Locale.ROOT, "%.0f %%",
                                100 * c.computeShare()) : "—", 100 * c.memoryShare()));
                return;
            }
        }
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> f,
                                                      double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "—";
    }
}
