package org.kaowu.scheduling.roster;

/** Told by the solver as it goes, for a progress bar: parts (sites) solved so far of all. Called from the solving thread. */
@FunctionalInterface
public interface RosterProgress {
    void update(int partsDone, int partsTotal);

    RosterProgress NONE = (done, total) -> { };
}
