package org.kaowu.scheduling.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One roster to solve: the sessions, the sites with their rooms in use, the staff pool, the policy, and the seed
 * (recorded by the caller: the same problem, previous roster, seed and time limit give the same roster when the solver
 * finishes before its limit).
 */
public record RosterProblem(List<RosterSession> sessions, List<RosterSite> sites, List<RosterStaff> staff,
                            RosterPolicy policy, long seed) {

    public RosterProblem {
        sessions = List.copyOf(sessions);
        sites = List.copyOf(sites);
        staff = List.copyOf(staff);
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * Every post the policy asks for, in a stable order (site, session, role, room, slot): per room in use its
     * invigilators; per site and session in which it has rooms its chief examiners, site heads, ceil(rooms / N)
     * inspectors and its reserves.
     */
    public List<RosterPost> posts() {
        List<RosterPost> out = new ArrayList<>();
        List<RosterSite> ordered = new ArrayList<>(sites);
        ordered.sort(Comparator.comparingLong(RosterSite::siteId));
        for (RosterSite site : ordered) {
            for (RosterSession session : sessions) {
                List<RosterRoom> rooms = site.rooms().stream().filter(r -> r.session().equals(session.key()))
                        .sorted(Comparator.comparingLong(RosterRoom::roomId)).toList();
                if (rooms.isEmpty()) {
                    continue;
                }
                for (int i = 0; i < policy.chiefExaminersPerSite(); i++) {
                    out.add(new RosterPost(site.siteId(), session.key(), StaffRole.CHIEF_EXAMINER, null, i));
                }
                for (int i = 0; i < policy.siteHeadsPerSite(); i++) {
                    out.add(new RosterPost(site.siteId(), session.key(), StaffRole.SITE_HEAD, null, i));
                }
                int inspectors = policy.roomsPerInspector() == 0 ? 0
                        : (rooms.size() + policy.roomsPerInspector() - 1) / policy.roomsPerInspector();
                for (int i = 0; i < inspectors; i++) {
                    out.add(new RosterPost(site.siteId(), session.key(), StaffRole.INSPECTOR, null, i));
                }
                for (RosterRoom room : rooms) {
                    for (int i = 0; i < policy.invigilatorsPerRoom(); i++) {
                        out.add(new RosterPost(site.siteId(), session.key(), StaffRole.INVIGILATOR, room.roomId(), i));
                    }
                }
                for (int i = 0; i < policy.reservesPerSite(); i++) {
                    out.add(new RosterPost(site.siteId(), session.key(), StaffRole.INVIGILATOR, null, i));
                }
            }
        }
        return out;
    }
}
