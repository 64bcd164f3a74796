package io.orgbridge.aws;

import java.util.List;

/** Steps of a discovery probe in the order they ran; the probe stops at the first failed step. */
public record ProbeReport(List<ProbeStep> steps) {

    public ProbeReport {
        steps = List.copyOf(steps);
    }

    /** Returns whether every step ran and succeeded. */
    public boolean ok() {
        return !steps.isEmpty() && steps.stream().allMatch(ProbeStep::ok);
    }
}
