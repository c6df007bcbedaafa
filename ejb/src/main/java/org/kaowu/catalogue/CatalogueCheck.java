package org.kaowu.catalogue;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;

/**
 * The rule above all: only qualifications in the catalogue in force may be examined or certified. Every capability
 * that names a qualification asks here first and stores the edition it was answered from.
 */
@Stateless
public class CatalogueCheck {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    @EJB
    private CatalogueEditions editions;

    /** Checks against the edition in force today (Beijing time). */
    public CatalogueSnapshot.Match check(String name, String subItem, String level) {
        return check(name, subItem, level, clock.today());
    }

    /**
     * The entry in force on {@code date} that {@code name} (name, alias, sub-item name or code) stands for, with the
     * sub-item and level asked for.
     *
     * @throws DomainException with type {@code not-in-catalogue} (and the closest names as {@code suggestions}),
     *                         {@code no-such-level}, {@code no-such-sub-item}, {@code name-required} or
     *                         {@code no-edition-in-force}
     */
    public CatalogueSnapshot.Match check(String name, String subItem, String level, LocalDate date) {
        CatalogueSnapshot snapshot = editions.snapshotOn(date == null ? clock.today() : date);
        CatalogueSnapshot.Outcome outcome = snapshot.check(name, subItem, level);
        if (outcome instanceof CatalogueSnapshot.Match match) {
            return match;
        }
        CatalogueSnapshot.Refusal refusal = (CatalogueSnapshot.Refusal) outcome;
        DomainException e = DomainException.unprocessable(refusal.type(), refusal.field(), refusal.key(),
                refusal.args().toArray());
        if (refusal.type().equals("name-required")) {
            e = DomainException.badInput(refusal.type(), refusal.field(), refusal.key());
        }
        e.with("edition", snapshot.edition().code());
        if (refusal.type().equals("not-in-catalogue")) {
            e.with("suggestions", new ArrayList<>(refusal.suggestions())).with("removed", refusal.removed());
        }
        throw e;
    }
}
