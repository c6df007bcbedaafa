package org.kaowu.scheduling.roster;

import org.kaowu.shared.Messages;

import java.util.Locale;

/**
 * A post the solver could not fill, and why: the counts narrow down what is missing (people with the role, of those
 * available in the session, of those free of recusal and other bars, of those not already serving elsewhere then).
 *
 * @param place where, as shown: the site's code and, for a room's post, the room's number (language-neutral)
 */
public record UnfilledPost(RosterPost post, String place, Reason reason, int withRole, int available, int allowed) {

    public enum Reason {
        /** Nobody in the pool may take the role. */
        NO_ONE_WITH_ROLE,
        /** Some may take it, but none is available in the session. */
        NO_ONE_AVAILABLE,
        /** Some are available, but recusal, a registration for the exam or a bar excludes each of them. */
        ALL_EXCLUDED,
        /** Those allowed all serve elsewhere in the session already. */
        ALL_BUSY
    }

    /** The reason in words (bundle key {@code roster.unfilled.<reason>}). */
    public String explain(Locale locale) {
        return Messages.text(locale, "roster.unfilled." + reason.name().toLowerCase(Locale.ROOT),
                RosterCost.describe(locale, post, place), withRole, available, allowed);
    }
}
