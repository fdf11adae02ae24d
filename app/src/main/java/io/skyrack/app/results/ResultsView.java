package io.skyrack.app.results;

import io.skyrack.app.outline.OutlineNode;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.LinkWindowRow;
import io.skyrack.core.contacts.Contact;
import io.skyrack.core.lighting.EclipseInterval;
import io.skyrack.core.power.PowerThermal;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.thermal.GpuGroup;
import io.skyrack.thermal.TileThermalResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Results of the latest analysis: capacity figures, power, battery and temperatures of the selected satellite
 * over its orbit, its beta angle and eclipses over the window, and the crosslink and contact tables.
 */
public final class ResultsView extends BorderPane {

    private final AnalysisRunModel run;
    private final GpuCatalog catalog;
    private final ReadOnlyObjectProperty<OutlineNode> selection;
    private final Label header = new Label();
    private final FlowPane capacity = new FlowPane(12, 12);
    private final BandedLineChart powerChart = chart("Minutes into the orbit", "W", "results-power-chart");
    private final BandedLineChart batteryChart = chart("Minutes into the orbit", "Wh", "results-battery-chart");
    private final BandedLineChart modeChart = chart("Minutes into the orbit", "power mode", "results-mode-chart");
    private final BandedLineChart thermalChart = chart("Minutes into the orbit", "°C", "results-thermal-chart");
    private final LineChart<Number, Number> betaChart = chart("Hours into the window", "β (°)", "results-beta-chart");
    private final TableView<EclipseInterval> eclipses = new TableView<>();
    private final TableView<LinkWindowRow> links = new TableView<>();
    private final TableView<Contact> contacts = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final PlacementView placement = new PlacementView();

    /**
     * @param run the analysis run
     * @param catalog GPU profiles
     * @param selection the outline selection: a satellite selects whose charts are shown
     */
    public ResultsView(AnalysisRunModel run, GpuCatalog catalog, ReadOnlyObjectProperty<OutlineNode> selection) {
        this.run = run;
        this.catalog = catalog;
        this.selection = selection;
        setId("results");
        header.setId("results-header");
        header.textProperty().bind(run.messageProperty());
        header.setPadding(new Insets(4, 8, 4, 8));
        setTop(header);
        capacity.setId("results-capacity");
        capacity.setPadding(new Insets(10));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("Capacity", capacity, "tab-capacity"),
                tab("Power", new HBox(8, grow(powerChart), grow(batteryChart), grow(modeChart)), "tab-power"),
                tab("Thermal", thermalChart, "tab-thermal"),
                tab("Beta & eclipses", new HBox(8, grow(betaChart), eclipses), "tab-beta"),
                tab("Links", links, "tab-links"),
                tab("Contacts", contacts, "tab-contacts"),
                tab("Placement", placement, "tab-placement"));
        setCenter(tabs);
        // only the tab in view is in the scene graph: TabPane lays out hidden tabs too, and a chart's layout
        // (its axes measure every tick label) costs tens of milliseconds of the FX thread
        for (Tab t : tabs.getTabs()) {
            t.setUserData(t.getContent());
            if (t != tabs.getSelectionModel().getSelectedItem()) {
                t.setContent(null);
            }
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.setContent(null);
            }
            if (now != null) {
                now.setContent((javafx.scene.Node) now.getUserData());
            }
        });
        buildTables();
        run.analysisProperty().addListener((o, a, b) -> refresh());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> refreshSatellite());
        selection.addListener((o, a, b) -> refreshSatellite());
        header.styleProperty().bind(javafx.beans.binding.Bindings.when(run.staleProperty())
                .then("-fx-text-fill: #8d6e00;").otherwise(""));
        refresh();
    }

    /** @return the Placement tab's view (tests) */
    public PlacementView placementView() {
        return placement;
    }

    /** @return the tabs (for tests) */
    public TabPane tabs() {
        return tabs;
    }

    private static Tab tab(String title, javafx.scene.Node content, String id) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private static <T extends javafx.scene.Node> T grow(T n) {
        HBox.setHgrow(n, Priority.ALWAYS);
        return n;
    }

    private static BandedLineChart chart(String x, String y, String id) {
        NumberAxis xa = new NumberAxis();
        xa.setLabel(x);
        xa.setForceZeroInRange(false);
        NumberAxis ya = new NumberAxis();
        ya.setLabel(y);
        ya.setForceZeroInRange(false);
        BandedLineChart c = new BandedLineChart(xa, ya);
        c.setId(id);
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setMinHeight(160);
        return c;
    }

    private void refresh() {
        Analysis a = run.analysisProperty().get();
        capacity.getChildren().clear();
        placement.show(a);
        if (a == null) {
            links.getItems().clear();
            contacts.getItems().clear();
            clearCharts();
            return;
        }
        ResultsData.Capacity c = ResultsData.capacity(a, catalog);
        capacity.getChildren().addAll(
                card("Satellites", String.format(Locale.ROOT, "%,d", c.satellites())),
                card("TILEs", String.format(Locale.ROOT, "%,d", c.tiles())),
                card("GPUs", String.format(Locale.ROOT, "%,d", c.gpus())),
                card("Sustained INT8", String.format(Locale.ROOT, "%,.0f TOPS", c.sustainedTops()),
                        "dense, held all orbit (" + c.sustainedGpus() + " of " + c.gpus() + " GPUs)"),
                card("Peak INT8", String.format(Locale.ROOT, "%,.0f TOPS", c.peakTops()), "sparse, commanded modes"),
                card("Compute power", power(c.averageComputeKw()), "orbit average"),
                card("Generated", power(c.averageGeneratedKw()), "orbit average"),
                card("Reaches compute", String.format(Locale.ROOT, "%.1f %%", 100 * c.computeShare()),
                        "of the energy drawn"),
                card("Peak junction", Double.isNaN(c.peakJunctionC()) ? "—"
                        : String.format(Locale.ROOT, "%.1f °C", c.peakJunctionC()),
                        Double.isNaN(c.junctionMarginK()) ? "" : String.format(Locale.ROOT, "%.1f K margin",
                                c.junctionMarginK())),
                card("Throttling", c.throttledSatellites() + " satellites", "below commanded mode"),
                card("Radiator margin", Double.isFinite(c.radiatorMarginM2())
                        ? String.format(Locale.ROOT, "%.2f m²", c.radiatorMarginM2()) : "insufficient", "hot case"),
                card("Eclipse", String.format(Locale.ROOT, "%.0f %%", 100 * c.eclipseFractionMax()),
                        "of the orbit at most"));
        links.setItems(FXCollections.observableArrayList(a.linkWindows()));
        contacts.setItems(FXCollections.observableArrayList(a.contacts().passes()));
        refreshSatellite();
    }

    private static String power(double kw) {
        return kw < 10 ? String.format(Locale.ROOT, "%,.0f W", kw * 1000) : String.format(Locale.ROOT, "%,.1f kW", kw);
    }

    private static VBox card(String title, String value) {
        return card(title, value, "");
    }

    private static VBox card(String title, String value, String note) {
        Label t = new Label(title);
        t.setStyle("-fx-text-fill: -color-fg-muted; -fx-font-size: 11px;");
        Label v = new Label(value);
        v.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label n = new Label(note);
        n.setStyle("-fx-text-fill: -color-fg-muted; -fx-font-size: 10px;");
        VBox box = new VBox(2, t, v, n);
        box.setPadding(new Insets(8, 12, 8, 12));
        box.setMinWidth(150);
        box.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 6; "
                + "-fx-border-color: -color-border-default; -fx-border-radius: 6;");
        box.getStyleClass().add("capacity-card");
        return box;
    }

    /** The satellite whose charts are shown: the selected one, or the first with TILEs. */
    private Optional<String> chosenSatellite(Analysis a) {
        OutlineNode n = selection.get();
        if (n != null && n.kind() == OutlineNode.Kind.SATELLITE && n.payload() instanceof String s
                && a.grid().names().contains(s)) {
            return Optional.of(s);
        }
        if (!a.power().satellites().isEmpty()) {
            return Optional.of(a.power().satellites().get(0).name());
        }
        return a.grid().names().isEmpty() ? Optional.empty() : Optional.of(a.grid().names().get(0));
    }

    private void clearCharts() {
        for (LineChart<Number, Number> c : List.of(powerChart, batteryChart, modeChart, thermalChart, betaChart)) {
            if (!c.getData().isEmpty()) {
                c.getData().clear();
            }
        }
        for (BandedLineChart c : List.of(powerChart, batteryChart, modeChart, thermalChart)) {
            if (!c.bands().isEmpty()) {
                c.setBands(List.of());
            }
        }
        if (!eclipses.getItems().isEmpty()) {
            eclipses.getItems().clear();
        }
    }

    private void refreshSatellite() {
        Analysis a = run.analysisProperty().get();
        clearCharts();
        if (a == null) {
            return;
        }
        Optional<String> chosen = chosenSatellite(a);
        if (chosen.isEmpty()) {
            return;
        }
        String name = chosen.get();
        String suffix = " — " + name;
        // only the charts of the tab in view are touched: laying out a chart (its axes measure every tick
        // label) takes tens of milliseconds of the FX thread, and TabPane lays out hidden tabs too
        String tab = tabs.getSelectionModel().getSelectedItem() == null ? ""
                : tabs.getSelectionModel().getSelectedItem().getId();
        boolean powerTab = "tab-power".equals(tab);
        boolean thermalTab = "tab-thermal".equals(tab);
        boolean betaTab = "tab-beta".equals(tab);
        if (powerTab) {
            powerChart.setTitle("Generated and compute power" + suffix);
            batteryChart.setTitle("Battery" + suffix);
            modeChart.setTitle("GPU power mode, first TILE" + suffix);
        } else if (thermalTab) {
            thermalChart.setTitle("Temperatures, first TILE" + suffix);
        } else if (betaTab) {
            betaChart.setTitle("Beta angle" + suffix);
        }
        ResultsData.power(a, name).filter(p -> powerTab || thermalTab).ifPresent(p -> {
            int n = p.tiles().isEmpty() ? 0 : p.tiles().get(0).result().samples();
            if (n == 0) {
                return;
            }
            double[] t = p.tiles().get(0).result().time();
            TileThermalResult r0 = p.tiles().get(0).result();
            // eclipses shaded behind the lines
            List<double[]> bands = ResultsData.eclipseBands(a, ResultsData.index(a, name), t[n - 1] + (t[n - 1] - t[0])
                    / Math.max(1, n - 1));
            if (powerTab) {
                powerChart.getData().add(series("Generated", t, k -> sum(p, r -> r.generatedW(k)), n));
                powerChart.getData().add(series("Compute", t, k -> sum(p, r -> r.computeW(k)), n));
                batteryChart.getData().add(series("Charge", t, k -> sum(p, r -> r.batteryChargeJ(k)) / 3600.0, n));
                List<String> names = p.tiles().get(0).modeNames().isEmpty() ? List.of()
                        : p.tiles().get(0).modeNames().get(0);
                for (int g = 0; g < r0.groups(); g++) {
                    int group = g;
                    modeChart.getData().add(series("GPU group " + (g + 1), t, k -> r0.powerMode(group, k), n));
                }
                NumberAxis modes = (NumberAxis) modeChart.getYAxis();
                modes.setAutoRanging(false);
                // whole-number bounds put the ticks on the levels; one spare level above the highest mode
                modes.setLowerBound(GpuGroup.MODE_OFF);
                modes.setUpperBound(Math.max(0, names.size() - 1) + 1);
                modes.setTickUnit(1);
                modes.setMinorTickVisible(false);
                modes.setTickLabelFormatter(ResultsData.modeLabels(names));
                for (BandedLineChart c : List.of(powerChart, batteryChart, modeChart)) {
                    c.setBands(bands);
                }
                return;
            }
            thermalChart.setBands(bands);
            thermalChart.getData().add(series("Solar face", t, k -> r0.solarFaceK(k) - 273.15, n));
            thermalChart.getData().add(series("Board", t, k -> r0.boardK(k) - 273.15, n));
            thermalChart.getData().add(series("Junction (max)", t, k -> r0.junctionMaxK(k) - 273.15, n));
            thermalChart.getData().add(series("Radiator", t, k -> r0.radiatorK(k) - 273.15, n));
            if (Double.isFinite(r0.summary().junctionMarginK())) {
                double limit = r0.summary().peakJunctionK() + r0.summary().junctionMarginK() - 273.15;
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName("Throttle limit");
                s.getData().add(new XYChart.Data<>(0, limit));
                s.getData().add(new XYChart.Data<>(t[n - 1] / 60, limit));
                thermalChart.getData().add(s);
            }
        });
        int index = ResultsData.index(a, name);
        if (index >= 0 && betaTab) {
            double[][] b = ResultsData.beta(a, index, 600);
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName("β");
            for (int i = 0; i < b[0].length; i++) {
                s.getData().add(new XYChart.Data<>(b[0][i], b[1][i]));
            }
            betaChart.getData().add(s);
            List<EclipseInterval> mine = a.lighting().intervals().stream().filter(e -> e.satellite() == index).toList();
            eclipses.setItems(FXCollections.observableArrayList(mine));
        }
    }

    private static double sum(PowerThermal.SatellitePower p, java.util.function.ToDoubleFunction<TileThermalResult> f) {
        double s = 0;
        for (PowerThermal.TilePower tp : p.tiles()) {
            if (tp.result().solved()) {
                s += f.applyAsDouble(tp.result());
            }
        }
        return s;
    }

    private static XYChart.Series<Number, Number> series(String name, double[] t,
                                                         java.util.function.IntToDoubleFunction y, int n) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int k = 0; k < n; k++) {
            s.getData().add(new XYChart.Data<>(t[k] / 60.0, y.applyAsDouble(k)));
        }
        return s;
    }

    private void buildTables() {
        links.setId("results-links");
        links.setPlaceholder(new Label("No crosslink windows"));
        links.getColumns().add(column("Satellite A", LinkWindowRow::satelliteA));
        links.getColumns().add(column("Satellite B", LinkWindowRow::satelliteB));
        links.getColumns().add(column("Start (UTC)", r -> time(r.start())));
        links.getColumns().add(column("End (UTC)", r -> time(r.end())));
        links.getColumns().add(column("Min range (km)", r -> fmt(r.minRange() / 1000, 1)));
        links.getColumns().add(column("Max range (km)", r -> fmt(r.maxRange() / 1000, 1)));
        links.getColumns().add(column("Rate (Gbps)", r -> fmt(r.rate() / 1e9, 2)));
        links.getColumns().add(column("Margin (dB)", r -> fmt(r.marginDb(), 1)));
        contacts.setId("results-contacts");
        contacts.setPlaceholder(new Label("No ground contacts"));
        contacts.getColumns().add(column("Satellite", Contact::satelliteName));
        contacts.getColumns().add(column("Station", Contact::stationName));
        contacts.getColumns().add(column("Rise (UTC)", c -> time(c.start())));
        contacts.getColumns().add(column("Set (UTC)", c -> time(c.end())));
        contacts.getColumns().add(column("Max elevation (°)", c -> fmt(Math.toDegrees(c.maxElevation()), 1)));
        contacts.getColumns().add(column("Volume (Gbit)", c -> fmt(c.volume() / 1e9, 1)));
        eclipses.setId("results-eclipses");
        eclipses.setPlaceholder(new Label("No eclipses"));
        eclipses.setPrefWidth(330);
        eclipses.getColumns().add(column("Start (UTC)", e -> time(e.start())));
        eclipses.getColumns().add(column("Minutes", e -> fmt(e.duration() / 60, 1)));
        eclipses.getColumns().add(column("Kind", e -> e.kind().name().toLowerCase(Locale.ROOT)));
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(120);
        return c;
    }

    private static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", "");
    }

    private static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "—";
    }

}
