package io.skyrack.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.plan.Workload;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Plans built in code are checked the same way as files. */
class PlanValidatorTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    private static Plan walker() {
        return PlanFiles.parse(SamplePlans.text("walker-1584"), CATALOG).plan().orElseThrow();
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).map(f -> f.path() + " " + f.code()).collect(Collectors.toList());
    }

    @Test
    void everySampleIsValid() {
        for (String s : SamplePlans.NAMES) {
            Plan p = PlanFiles.parse(SamplePlans.text(s), CATALOG).plan().orElseThrow();
            assertEquals(List.of(), keys(PlanValidator.validate(p, CATALOG)), s);
        }
    }

    @Test
    void codeBuiltPlanGetsRangeFindingsWithFilePointers() {
        Plan p = walker();
        WalkerConstellationSpec w = (WalkerConstellationSpec) p.constellations().get(0);
        WalkerConstellationSpec low = new WalkerConstellationSpec(w.id(), w.name(), w.pattern(), w.planes(),
                w.satellitesPerPlane(), w.phasing(), 90_000, Math.toRadians(200), w.raanOffset(), w.template());
        List<Finding> f = PlanValidator.validate(p.withConstellations(List.of(low)), CATALOG);
        List<String> k = keys(f);
        assertTrue(k.contains("/constellations/0/altitudeKm range.min"), k.toString());
        assertTrue(k.contains("/constellations/0/inclinationDeg range.max"), k.toString());
    }

    @Test
    void nanInACodeBuiltPlanIsAFinding() {
        Plan p = walker();
        Plan bad = p.withWindow(new io.skyrack.core.plan.AnalysisWindow(p.window().start(), Double.NaN, 30));
        assertTrue(keys(PlanValidator.validate(bad, CATALOG)).contains("/analysis/durationHours type.finite"));
    }

    @Test
    void emptyTileArrayAndUnknownPinnedSatellite() {
        Plan p = walker();
        SatelliteTemplate t = p.constellations().get(0).template().withTileArray(new TileArray(2, 2, List.of()));
        Workload w = p.workloads().get(0);
        Workload pinned = new Workload(w.name(), w.model(), w.image(), w.memory(), w.compute(), 1, w.latencySlo(),
                w.source(), w.inputDataRate(), w.priority(), Optional.of("nowhere-1"), List.of());
        List<Finding> f = PlanValidator.validate(p.withConstellations(List.of(p.constellations().get(0).withTemplate(t)))
                .withWorkloads(List.of(pinned)), CATALOG);
        assertTrue(f.stream().anyMatch(x -> x.code().equals("tiles.empty") && !x.isError()), f.toString());
        assertTrue(keys(f).contains("/workloads/0/pinnedSatellite ref.satellite"), f.toString());
    }

    @Test
    void lowOrbitAndOldTleGetWarnings() throws Exception {
        Plan p = walker();
        WalkerConstellationSpec w = (WalkerConstellationSpec) p.constellations().get(0);
        WalkerConstellationSpec low = new WalkerConstellationSpec(w.id(), w.name(), w.pattern(), w.planes(),
                w.satellitesPerPlane(), w.phasing(), 200_000, w.inclination(), w.raanOffset(), w.template());
        List<Finding> f = PlanValidator.validate(p.withConstellations(List.of(low)), CATALOG);
        assertTrue(f.stream().anyMatch(x -> x.code().equals("orbit.drag") && !x.isError()
                && x.path().equals("/constellations/0/altitudeKm")), f.toString());
        // the fixture's TLE has its epoch in March 2026, the window starts in June
        var tle = io.skyrack.core.persistence.PlanFiles.load(java.nio.file.Path.of(getClass()
                .getResource("/bad-plans/tle-bad-checksum.skyrack.json").toURI()), CATALOG);
        assertTrue(tle.findings().stream().anyMatch(x -> x.code().equals("tle.age")
                && x.path().equals("/constellations/0/satellites/0/line1")), tle.findings().toString());
    }

    @Test
    void messageForUnknownSatelliteSuggestsRealNames() {
        Plan p = walker();
        Workload w = p.workloads().get(0);
        Workload bad = new Workload(w.name(), w.model(), w.image(), w.memory(), w.compute(), 1, w.latencySlo(),
                Workload.DataSource.satellite("shell-P99-S01"), w.inputDataRate(), w.priority(), Optional.empty(),
                List.of());
        Finding f = PlanValidator.validate(p.withWorkloads(List.of(bad)), CATALOG).stream()
                .filter(x -> x.code().equals("ref.satellite")).findFirst().orElseThrow();
        assertTrue(f.message().contains("shell-P01-S01"), f.message());
    }
}
