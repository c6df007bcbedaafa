package org.kaowu.scheduling.roster;

import org.kaowu.shared.Messages;

import java.util.Locale;

/**
 * One hard rule broken by one assignment (only {@link RosterSolver#evaluate} of a roster made by hand, or pinned
 * assignments refused by {@link RosterException}, can report one).
 *
 * @param place where, as shown: the site's code and, for a room's post, the room's number (language-neutral)
 */
public record RosterViolation(RosterRule rule, RosterPost post, String place, long staffId) {

    /** The violation in words, in the reader's language (bundle key {@code roster.rule.<rule>}). */
    public String explain(Locale locale) {
        return Messages.text(locale, "roster.rule." + rule.name().toLowerCase(Locale.ROOT), staffId,
                RosterCost.describe(locale, post, place));
    }
}
