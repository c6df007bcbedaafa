package org.kaowu.catalogue;

/** IN_FORCE entries may be examined; REMOVED rows record what an earlier edition had, so a refusal can say so. */
public enum EntryStatus {
    IN_FORCE, REMOVED
}
