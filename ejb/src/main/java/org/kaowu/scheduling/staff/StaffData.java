package org.kaowu.scheduling.staff;

import org.kaowu.scheduling.roster.StaffRole;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A staff member's particulars as typed or read from a staff file, before {@link StaffRules} checks them: identity
 * number, name, employer, sex (null: from the identity number), sittings served, home area and district, the roles
 * they can take, declared relatives (identity numbers, in clear only on the way in: stored as digests), the sessions
 * they are available in ({@code 2026-05-23}, {@code 2026-05-23 AM} or {@code PM}; none: every session) and the
 * SUPERVISOR account they sign in with (optional).
 */
public record StaffData(String idNumber, String name, String employer, Character sex, int sittings, String area,
                        String district, Set<StaffRole> roles, List<String> relatives, List<String> availability,
                        String account) implements Serializable {

    public StaffData {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        relatives = relatives == null ? List.of() : List.copyOf(relatives);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    /** The same particulars with the relatives left out (an edit that keeps the stored ones). */
    public StaffData withoutRelatives() {
        return new StaffData(idNumber, name, employer, sex, sittings, area, district, roles, List.of(), availability,
                account);
    }

    @Override
    public String toString() {
        // Never the identity numbers: this may end up in a log line or an audit record.
        return "StaffData[name=" + name + ", employer=" + employer + ", sex=" + sex + ", sittings=" + sittings
                + ", area=" + area + ", district=" + district + ", roles=" + roles + ", relatives=" + relatives.size()
                + ", availability=" + availability + ", account=" + account + "]";
    }
}
