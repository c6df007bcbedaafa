package org.kaowu.scheduling.roster;

import org.kaowu.shared.Messages;

import java.util.List;
import java.util.Locale;

/**
 * One soft cost, explained: which constraint, how much (weight included), where (the post, or null for a person's
 * load), who (one person, or a pair), and the figures for the words.
 *
 * @param place where, as shown: the site's code and, for a room's post, the room's number (null with no post)
 * @param args the message arguments after the cost and the post's description ({0} and {1}), per constraint
 *             (bundle key {@code roster.cost.<constraint>}): LOAD: staff id, posts, fair share; EXPERIENCE: most
 *             sittings served among the room's invigilators, the threshold; MIXED_SEX: the one sex (localized);
 *             ROTATION: staff id, the room or the partner (localized), sessions, day; DISTANCE: staff id, home
 *             (area/district), the site's area/district; MOVED: the previous staff id, the new one ("—" for nobody)
 */
public record RosterCost(RosterConstraint constraint, long cost, RosterPost post, String place, List<Long> staffIds,
                         List<Object> args) {

    public RosterCost {
        staffIds = List.copyOf(staffIds);
        args = List.copyOf(args);
    }

    /** The cost in words, in the reader's language. */
    public String explain(Locale locale) {
        Object[] all = new Object[args.size() + 2];
        all[0] = cost;
        all[1] = post == null ? "" : describe(locale, post, place);
        for (int i = 0; i < args.size(); i++) {
            all[i + 2] = args.get(i);
        }
        return Messages.text(locale, "roster.cost." + constraint.name().toLowerCase(Locale.ROOT), all);
    }

    /**
     * A post in words: place, session, role (a reserve named as such) and slot (bundle keys {@code roster.post},
     * {@code roster.role.<role>}, {@code roster.role.reserve}).
     */
    static String describe(Locale locale, RosterPost post, String place) {
        String role = Messages.text(locale, post.reserve() ? "roster.role.reserve"
                : "roster.role." + post.role().name().toLowerCase(Locale.ROOT));
        return Messages.text(locale, "roster.post", place == null ? String.valueOf(post.siteId()) : place,
                post.session(), role, post.slot() + 1);
    }
}
