package org.kaowu.scheduling;

/**
 * The office's settings for a run.
 *
 * @param reserveShare the share of each site's usable seats that stays empty as reserve (0 to 0.5), rounded up per site
 */
public record SeatingPolicy(double reserveShare) {
    public SeatingPolicy {
        if (!(reserveShare >= 0 && reserveShare <= 0.5)) {
            throw new IllegalArgumentException("reserveShare must be between 0 and 0.5");
        }
    }
}
