package org.kaowu.scheduling.roster;

/**
 * The weights of the soft constraints (cost per unit; 0 switches one off). See {@link RosterConstraint} for units.
 */
public record RosterWeights(int load, int experience, int mixedSex, int rotation, int distance, int moved) {

    public static final RosterWeights DEFAULT = new RosterWeights(1, 20, 5, 3, 2, 50);

    public RosterWeights {
        if (load < 0 || experience < 0 || mixedSex < 0 || rotation < 0 || distance < 0 || moved < 0) {
            throw new IllegalArgumentException("weights must not be negative");
        }
    }
}
