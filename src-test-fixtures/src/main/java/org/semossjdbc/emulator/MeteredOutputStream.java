package org.semossjdbc.emulator;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Charges a response's bytes to its {@link CostMeter} before they leave, at the cost model's price per KiB. */
final class MeteredOutputStream extends FilterOutputStream {

    private final ServerCosts costs;
    private final CostMeter meter;

    MeteredOutputStream(OutputStream out, ServerCosts costs, CostMeter meter) {
        super(out);
        this.costs = costs;
        this.meter = meter;
    }

    @Override
    public void write(int b) throws IOException {
        meter.charge(costs.responseCost(1));
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        meter.charge(costs.responseCost(length));
        out.write(bytes, offset, length);
    }
}
