package io.skyrack.app.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaybackViewModelTest {

    private static final Instant START = Instant.parse("2026-03-20T00:00:00Z");

    private static PlaybackViewModel window() {
        PlaybackViewModel vm = new PlaybackViewModel();
        vm.setWindow(START, 86_400);
        return vm;
    }

    @Test
    void nothingPlaysWithoutAWindow() {
        PlaybackViewModel vm = new PlaybackViewModel();
        vm.play();
        assertFalse(vm.playingProperty().get());
        vm.seek(100);
        assertEquals(0, vm.timeProperty().get());
        assertNull(vm.instant());
    }

    @Test
    void playingAdvancesBySpeedTimesRealTimeAndLoops() {
        PlaybackViewModel vm = window();
        vm.advance(1);
        assertEquals(0, vm.timeProperty().get(), "paused");
        vm.play();
        vm.setSpeed(1000);
        vm.advance(0.5);
        assertEquals(500, vm.timeProperty().get(), 1e-9);
        assertEquals("2026-03-20 00:08:20 UTC", vm.clockProperty().get());
        vm.seek(86_000);
        vm.advance(1);
        assertEquals(600, vm.timeProperty().get(), 1e-9, "loops to the window start");
        vm.setScrubbing(true);
        vm.advance(1);
        assertEquals(600, vm.timeProperty().get(), 1e-9, "the user holds the scrub bar");
        vm.setScrubbing(false);
        vm.pause();
        vm.advance(1);
        assertEquals(600, vm.timeProperty().get(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"-5, 0", "3600.5, 3600.5", "1e9, 86400"})
    void seekingStaysInTheWindow(double to, double expected) {
        PlaybackViewModel vm = window();
        vm.seek(to);
        assertEquals(expected, vm.timeProperty().get(), 1e-9);
        assertEquals(START.plusNanos(Math.round(expected * 1e9)), vm.instant());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 10_001, Double.NaN})
    void speedOutsideOneToTenThousandIsRefused(double s) {
        assertThrows(IllegalArgumentException.class, () -> window().setSpeed(s));
    }

    @Test
    void theSameWindowKeepsTheTimeAnotherStartsAgain() {
        PlaybackViewModel vm = window();
        vm.seek(1234);
        vm.setWindow(START, 86_400);
        assertEquals(1234, vm.timeProperty().get(), 1e-9);
        vm.clear();
        vm.setWindow(START, 86_400);
        assertEquals(1234, vm.timeProperty().get(), 1e-9, "back after the globe was cleared for an edit");
        vm.setWindow(START.plusSeconds(60), 86_400);
        assertEquals(0, vm.timeProperty().get(), 1e-9);
        vm.play();
        vm.clear();
        assertFalse(vm.availableProperty().get());
        assertFalse(vm.playingProperty().get());
        assertTrue(vm.clockProperty().get().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> vm.setWindow(START, -1));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "1.26, 1.3", "9.99, 10", "1234, 1200", "9876, 9900", "20000, 10000"})
    void speedsFromTheSliderAreRoundedToTwoFigures(double raw, double nice) {
        assertEquals(nice, TimeBarView.niceSpeed(raw), 1e-9);
    }
}
