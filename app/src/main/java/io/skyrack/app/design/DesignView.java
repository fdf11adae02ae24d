package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The area under the globe: one tab per design editor, then the analysis results. Starting an analysis shows
 * the Results tab.
 */
public final class DesignView extends TabPane {

    private final ConstellationsViewModel constellations;
    private final TileLayoutViewModel tiles;
    private final CrosslinksViewModel crosslinks;
    private final StationsViewModel stations;
    private final WorkloadsViewModel workloads;
    private final Tab results;

    /**
     * @param main the main view model
     * @param resultsView the results of the analysis
     */
    public DesignView(MainViewModel main, Node resultsView) {
        constellations = new ConstellationsViewModel(main);
        tiles = new TileLayoutViewModel(main, constellations);
        crosslinks = new CrosslinksViewModel(main);
        stations = new StationsViewModel(main);
        workloads = new WorkloadsViewModel(main);
        setId("design-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        results = tab("Results", "tab-results", resultsView);
        getTabs().setAll(
                tab("Constellations", "tab-constellations",
                        FormViews.scroll(new ConstellationsView(constellations, main))),
                tab("TILE layout", "tab-tiles", FormViews.scroll(new TileLayoutView(tiles))),
                tab("Crosslinks", "tab-crosslinks", FormViews.scroll(new CrosslinksView(crosslinks, main))),
                tab("Stations", "tab-stations", FormViews.scroll(new StationsView(stations, main))),
                tab("Workloads", "tab-workloads", new WorkloadsView(workloads)),
                results);
        // the results come to the front when an analysis finishes (the status bar shows its progress meanwhile):
        // laying out the results while the engines run would take the FX thread from the rest of the window
        main.analysis().analysisProperty().addListener((o, a, b) -> {
            if (b != null) {
                getSelectionModel().select(results);
            }
        });
    }

    private static Tab tab(String title, String id, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    /** @return the Constellations editor */
    public ConstellationsViewModel constellations() {
        return constellations;
    }

    /** @return the TILE layout editor */
    public TileLayoutViewModel tiles() {
        return tiles;
    }

    /** @return the Crosslinks editor */
    public CrosslinksViewModel crosslinks() {
        return crosslinks;
    }

    /** @return the Stations editor */
    public StationsViewModel stations() {
        return stations;
    }

    /** @return the Workloads editor */
    public WorkloadsViewModel workloads() {
        return workloads;
    }
}
