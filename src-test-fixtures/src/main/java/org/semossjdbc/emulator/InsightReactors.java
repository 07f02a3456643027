package org.semossjdbc.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code MyOpenInsights}, {@code DropInsight} and {@code Version}. */
final class InsightReactors {

    private final PixelContext context;

    InsightReactors(PixelContext context) {
        this.context = context;
    }

    /** The session's insight ids; a Java Set reaches the client wrapped in one more array (024). */
    Object myOpenInsights() {
        List<Object> ids = new ArrayList<>(context.session().insightIds());
        return ReactorResult.of(List.of(ids), "OPERATION");
    }

    Object dropInsight() {
        context.runtime().dropInsight(context.insight().id());
        return ReactorResult.of(true, "DROP_INSIGHT");
    }

    Object version() {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("version", EmulatorRuntime.SERVER_VERSION);
        output.put("datetime", EmulatorRuntime.SERVER_BUILD_TIME);
        return ReactorResult.of(output, "OPERATION");
    }
}
