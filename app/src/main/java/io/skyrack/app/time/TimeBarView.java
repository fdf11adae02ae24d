package io.skyrack.app.time;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A bar of time controls bound to a {@link PlaybackViewModel}: a scrub bar over the whole window on top, and below
 * it play/pause, the shown UTC time and a logarithmic speed slider from 1× to 10,000×. Views that draw the time add
 * their own controls at the end of the lower row with {@link #addTrailing}.
 */
public final class TimeBarView extends VBox {

    private final PlaybackViewModel vm;
    private final Button play = new Button();
    private final Label clock = new Label();
    private final Label hint = new Label("Analyze (F5) to animate");
    private final Slider scrub = new Slider(0, 1, 0);
    private final Slider speed = new Slider(0, 4, 3);
    private final Label speedText = new Label();
    private final HBox trailing = new HBox(4);
    private boolean updating;

    /** @param vm the playback state */
    public TimeBarView(PlaybackViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    /**
     * Adds controls at the end of the bar.
     *
     * @param nodes controls
     */
    public void addTrailing(Node... nodes) {
        trailing.getChildren().addAll(nodes);
    }

    private void createView() {
        setId("time-bar");
        setSpacing(2);
        setPadding(new Insets(3, 8, 4, 8));
        setStyle("-fx-background-color: #11151f; -fx-border-color: #232a3a; -fx-border-width: 1 0 0 0;");

        play.setId("time-play");
        // wide enough for either label, so that the bar does not shift when it changes
        play.setMinWidth(104);
        play.setPrefWidth(104);
        play.setFocusTraversable(false);
        play.setTooltip(new Tooltip("Play or pause the animation (the window loops)"));

        clock.setId("time-clock");
        clock.setMinWidth(Label.USE_PREF_SIZE);
        clock.setStyle("-fx-text-fill: #e8ecf4; -fx-font-family: monospace; -fx-font-size: 12px;");
        hint.setId("time-hint");
        hint.setStyle("-fx-text-fill: #9aa4b8;");
        hint.setMinWidth(Label.USE_PREF_SIZE);

        scrub.setId("time-scrub");
        scrub.setMaxWidth(Double.MAX_VALUE);
        scrub.setFocusTraversable(false);
        scrub.setTooltip(new Tooltip("Drag to move through the analysis window"));

        speed.setId("time-speed");
        speed.setPrefWidth(110);
        speed.setMinWidth(60);
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setFocusTraversable(false);
        speed.setTooltip(new Tooltip("Speed: 1× (real time) to 10,000×"));
        speedText.setId("time-speed-label");
        speedText.setMinWidth(Label.USE_PREF_SIZE);
        speedText.setPrefWidth(54);
        speedText.setStyle("-fx-text-fill: #e8ecf4;");
        trailing.setAlignment(Pos.CENTER_LEFT);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(6, play, clock, hint, speed, speedText, gap, trailing);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(scrub, controls);
    }

    private void initListeners() {
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then("❚❚ Pause").otherwise("▶ Play"));
        play.setOnAction(e -> vm.togglePlay());
        clock.textProperty().bind(vm.clockProperty());
        for (Node n : new Node[] {play, scrub, speed, speedText}) {
            n.disableProperty().bind(vm.availableProperty().not());
        }
        clock.visibleProperty().bind(vm.availableProperty());
        clock.managedProperty().bind(vm.availableProperty());
        hint.visibleProperty().bind(vm.availableProperty().not());
        hint.managedProperty().bind(vm.availableProperty().not());

        scrub.maxProperty().bind(Bindings.max(1, vm.durationProperty()));
        vm.timeProperty().addListener((o, a, t) -> {
            if (!scrub.isValueChanging()) {
                updating = true;
                scrub.setValue(t.doubleValue());
                updating = false;
            }
        });
        scrub.valueProperty().addListener((o, a, v) -> {
            if (!updating) {
                vm.seek(v.doubleValue());
            }
        });
        scrub.valueChangingProperty().addListener((o, a, dragging) -> vm.setScrubbing(dragging));

        speed.setValue(Math.log10(vm.speedProperty().get()));
        speedText.setText(speedLabel(vm.speedProperty().get()));
        speed.valueProperty().addListener((o, a, v) -> vm.setSpeed(niceSpeed(Math.pow(10, v.doubleValue()))));
        vm.speedProperty().addListener((o, a, s) -> {
            speedText.setText(speedLabel(s.doubleValue()));
            if (Math.abs(Math.log10(s.doubleValue()) - speed.getValue()) > 0.02) {
                speed.setValue(Math.log10(s.doubleValue()));
            }
        });
    }

    /**
     * @param s a speed
     * @return the speed rounded to two significant figures, within 1×–10,000×
     */
    static double niceSpeed(double s) {
        double clamped = Math.max(PlaybackViewModel.MIN_SPEED, Math.min(PlaybackViewModel.MAX_SPEED, s));
        double scale = Math.pow(10, Math.floor(Math.log10(clamped)) - 1);
        return Math.max(PlaybackViewModel.MIN_SPEED, Math.min(PlaybackViewModel.MAX_SPEED,
                Math.round(clamped / scale) * scale));
    }

    private static String speedLabel(double s) {
        return String.format(Locale.ROOT, "%,.0f×", s);
    }
}
