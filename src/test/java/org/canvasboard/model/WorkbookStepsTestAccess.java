package org.canvasboard.model;

/** Lets tests of other packages use the assignment projects of {@link WorkbookStepsTest}. */
public final class WorkbookStepsTestAccess {
    private WorkbookStepsTestAccess() {
    }

    public static Project complete() {
        return WorkbookStepsTest.upTo(8);
    }

    /** The assignment project built up to (and including) a step, 0 to 8. */
    public static Project upTo(int step) {
        return WorkbookStepsTest.upTo(step);
    }
}
