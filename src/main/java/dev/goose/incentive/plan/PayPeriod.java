package dev.goose.incentive.plan;

/** How often a plan pays, and so how many pay periods its year has. */
public enum PayPeriod {
    MONTH(12), QUARTER(4);

    private final int perYear;

    PayPeriod(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
