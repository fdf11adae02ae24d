package io.skyrack.core.bundle;

import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orekit.OrekitContext;
import org.orekit.files.ccsds.ndm.ParserBuilder;

/** Orekit's CCSDS parsers on the bundle's data context, for tests of other packages that read CCSDS files. */
public final class CcsdsTestParsers {

    private CcsdsTestParsers() {
    }

    /**
     * @param orekit Skyrack's data context
     * @return a parser builder that resolves {@code CENTER_NAME = EARTH} without JPL ephemerides
     */
    public static ParserBuilder parsers(OrekitContext orekit) {
        return new ParserBuilder(new CcsdsDataContext(orekit)).withMu(EarthConstants.MU);
    }
}
