package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.SatelliteTemplate.AttitudeMode;
import io.skyrack.core.plan.SatelliteTemplate.Battery;
import java.util.List;
import java.util.Optional;

/**
 * The satellite around the TILE array of the selected constellation: bus mass, attitude and battery. Live, like
 * the constellation forms: every valid change is an edit.
 */
public final class SatelliteForm extends PlanForm {

    /** Attitude modes as the form shows them, in {@link AttitudeMode} order. */
    public static final List<String> ATTITUDES = List.of("sun-tracking", "nadir-pointing", "inertial-fixed");
    /** Efficiencies given to a battery added in the form (a Li-ion round trip of about 90 %). */
    static final double DEFAULT_EFFICIENCY = 0.95;
    private static final double JOULES_PER_WH = 3600.0;

    private final FormField busMass = add("busMass", "Bus mass", "kg", FormField.Type.DECIMAL, "busMassKg");
    private final FormField attitude = add("attitude", "Attitude", "", FormField.Type.TEXT, "attitude");
    private final FormField battery = add("battery", "Battery (0: none)", "Wh", FormField.Type.DECIMAL,
            "battery/capacityWh");
    private final FormField depth = add("depth", "Depth of discharge", "%", FormField.Type.DECIMAL,
            "battery/depthOfDischargeLimit");
    private int index = -1;
    private Constellation spec;

    SatelliteForm(MainViewModel main) {
        super(main, true);
    }

    void show(int i, Constellation c) {
        index = i;
        spec = c;
        load(() -> {
            if (c != null) {
                SatelliteTemplate t = c.template();
                busMass.show(FormField.format(t.busMass()));
                attitude.show(ATTITUDES.get(t.attitude().ordinal()));
                battery.show(FormField.format(t.battery().map(b -> b.capacity() / JOULES_PER_WH).orElse(0.0)));
                depth.show(FormField.format(100 * t.battery().map(Battery::depthOfDischargeLimit).orElse(0.8)));
            }
        });
    }

    @Override
    protected String pointer() {
        return spec == null ? null : "/constellations/" + index + "/template";
    }

    @Override
    protected String subject() {
        return spec.id();
    }

    @Override
    protected Plan build(Plan current) throws FormField.Invalid {
        int a = ATTITUDES.indexOf(attitude.string());
        if (a < 0) {
            throw new FormField.Invalid(attitude, "choose " + String.join(", ", ATTITUDES));
        }
        SatelliteTemplate t = spec.template();
        double wh = battery.decimal();
        if (wh < 0) {
            throw new FormField.Invalid(battery, "a capacity cannot be negative (0 for no battery)");
        }
        Optional<Battery> b = wh == 0 ? Optional.empty() : Optional.of(new Battery(wh * JOULES_PER_WH,
                depth.decimal() / 100.0,
                t.battery().map(Battery::chargeEfficiency).orElse(DEFAULT_EFFICIENCY),
                t.battery().map(Battery::dischargeEfficiency).orElse(DEFAULT_EFFICIENCY)));
        SatelliteTemplate changed = new SatelliteTemplate(t.busName(), busMass.decimal(), t.tileArray(),
                AttitudeMode.values()[a], t.terminals(), b);
        return ConstellationsViewModel.replace(index, spec.withTemplate(changed)).apply(current);
    }
}
