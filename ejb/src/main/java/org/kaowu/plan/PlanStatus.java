package org.kaowu.plan;

/** A plan is drafted, then published (its calendar runs), then archived when its year is over. */
public enum PlanStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
