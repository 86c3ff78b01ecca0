package org.canvasboard.model;

import java.util.List;
import java.util.function.UnaryOperator;

/** The customer side of a value proposition: jobs, pains and gains, each list in rank order. */
public record CustomerProfile(List<ProfileItem> jobs, List<ProfileItem> pains, List<ProfileItem> gains) {
    public static final CustomerProfile EMPTY = new CustomerProfile(List.of(), List.of(), List.of());

    public CustomerProfile {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        pains = pains == null ? List.of() : List.copyOf(pains);
        gains = gains == null ? List.of() : List.copyOf(gains);
    }

    public List<ProfileItem> items(ProfileArea area) {
        return switch (area) {
            case JOBS -> jobs;
            case PAINS -> pains;
            case GAINS -> gains;
        };
    }

    public CustomerProfile with(ProfileArea area, List<ProfileItem> items) {
        return new CustomerProfile(area == ProfileArea.JOBS ? items : jobs,
                area == ProfileArea.PAINS ? items : pains, area == ProfileArea.GAINS ? items : gains);
    }

    public CustomerProfile map(ProfileArea area, UnaryOperator<List<ProfileItem>> change) {
        return with(area, change.apply(items(area)));
    }

    public boolean isEmpty() {
        return jobs.isEmpty() && pains.isEmpty() && gains.isEmpty();
    }
}
