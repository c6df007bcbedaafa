package org.kaowu.scheduling.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One solve (or one evaluation) of a {@link RosterProblem}: indexes the problem into arrays, keeps the roster in
 * {@code staffOf[post]} and {@code postAt[staff][session]}, and computes every cost from a few small components
 * (a post, a room in a session, a person) so that a move's change of cost is the cost of the components it touches,
 * after minus before.
 * <p>
 * Construction: pinned assignments, then the previous roster where it still stands, then every other post in the
 * order of {@link RosterProblem#posts()} (rarer roles of a site first), in three passes reaching further each time
 * (the site's district's people, then its area's, then anyone's), each post from the nearest pool that has someone
 * allowed and free: of the first few such people (in an order shuffled per session from the seed) the one whose
 * assignment costs least (ties: not an experienced person the room does not need); a post nobody free may take by a
 * chain of two. Improvement: site by site, random moves within one session (two posts of the site, its district or
 * its area swap their people, or a post's person is replaced by someone free from the site's pools), kept when the
 * cost does not rise, until the time limit or until a long run of moves finds nothing
 * better. Every move keeps every hard rule, so the roster stays feasible throughout.
 */
final class RosterEngine {

    /** How many allowed, free people construction compares for one post. */
    private static final int CHOICES = 8;

    final RosterProblem problem;
    final RosterPolicy policy;
    final RosterWeights w;

    // sessions
    final List<RosterSession> sessions;
    final Map<String, Integer> sessionIndex = new HashMap<>();
    final int[][] overlap;
    final int[] dayOf;
    final int[][] daySessions;

    // staff
    final List<RosterStaff> staff;
    final Map<Long, Integer> staffIndex = new HashMap<>();
    final boolean[][] usable; // available in the session, not barred, not registered for its exam
    final boolean[] experienced;

    // sites and posts
    final List<RosterPost> posts;
    final Map<RosterPost, Integer> postIndex = new HashMap<>();
    final RosterSite[] sites;
    final int[] postSite;
    final int[] postSession;
    final int[] postRoomSession; // index into roomSessions, -1 for a site-wide post
    final Set<String>[] postEmployers;
    final Set<String>[] postDigests;
    final List<RosterRoom> roomSessions = new ArrayList<>();
    final int[][] roomPosts;
    final int[] roomSessionSite;
    final int[][] sitePosts;
    /** Per site and session: that site's posts, and the posts of every site of its district, of its area (swap partners). */
    final int[][][] siteSessionPosts;
    final int[][][] districtSessionPosts;
    final int[][][] areaSessionPosts;

    // the roster
    final int[] staffOf;
    final int[][] postAt;
    final int[] load;
    final boolean[] pinned;
    final int[] previous;
    final int fair;

    // pools: per role, per district / per area / everyone
    private final Map<StaffRole, Map<String, Pool>> districtPools = new EnumMap<>(StaffRole.class);
    private final Map<StaffRole, Map<String, Pool>> areaPools = new EnumMap<>(StaffRole.class);
    private final Map<StaffRole, Pool> everyone = new EnumMap<>(StaffRole.class);

    @SuppressWarnings("unchecked")
    RosterEngine(RosterProblem problem) {
        this.problem = problem;
        this.policy = problem.policy();
        this.w = policy.weights();
        this.sessions = problem.sessions();
        int sCount = sessions.size();
        List<LocalDate> days = new ArrayList<>();
        dayOf = new int[sCount];
        for (int s = 0; s < sCount; s++) {
            RosterSession session = sessions.get(s);
            if (sessionIndex.put(session.key(), s) != null) {
                throw new IllegalArgumentException("session " + session.key() + " is listed twice");
            }
            int d = days.indexOf(session.day());
            if (d < 0) {
                d = days.size();
                days.add(session.day());
            }
            dayOf[s] = d;
        }
        overlap = new int[sCount][];
        for (int s = 0; s < sCount; s++) {
            List<Integer> o = new ArrayList<>();
            for (int t = 0; t < sCount; t++) {
                if (sessions.get(s).overlaps(sessions.get(t))) {
                    o.add(t);
                }
            }
            overlap[s] = o.stream().mapToInt(Integer::intValue).toArray();
        }
        daySessions = new int[days.size()][];
        for (int d = 0; d < days.size(); d++) {
            final int day = d;
            daySessions[d] = java.util.stream.IntStream.range(0, sCount).filter(s -> dayOf[s] == day).toArray();
        }

        staff = problem.staff();
        int n = staff.size();
        usable = new boolean[n][sCount];
        experienced = new boolean[n];
        postAt = new int[n][sCount];
        load = new int[n];
        for (int p = 0; p < n; p++) {
            RosterStaff st = staff.get(p);
            if (staffIndex.put(st.id(), p) != null) {
                throw new IllegalArgumentException("staff " + st.id() + " is listed twice");
            }
            experienced[p] = st.sittingsServed() >= policy.experiencedSittings();
            Arrays.fill(postAt[p], -1);
            for (int s = 0; s < sCount; s++) {
                RosterSession session = sessions.get(s);
                usable[p][s] = st.availableIn(session.key()) && !st.barred()
                        && (session.exam() == null || !st.registeredExams().contains(session.exam()));
            }
        }

        posts = problem.posts();
        int pCount = posts.size();
        for (int i = 0; i < pCount; i++) {
            postIndex.put(posts.get(i), i);
        }
        sites = problem.sites().toArray(new RosterSite[0]);
        Arrays.sort(sites, (a, b) -> Long.compare(a.siteId(), b.siteId()));
        Map<Long, Integer> siteIndex = new HashMap<>();
        for (int i = 0; i < sites.length; i++) {
            if (siteIndex.put(sites[i].siteId(), i) != null) {
                throw new IllegalArgumentException("site " + sites[i].siteId() + " is listed twice");
            }
        }
        Map<RoomKey, Integer> roomSessionIndex = new HashMap<>();
        Map<Integer, Set<String>[]> siteUnion = new HashMap<>();
        List<Integer> rsSite = new ArrayList<>();
        for (int i = 0; i < sites.length; i++) {
            for (RosterRoom room : sites[i].rooms()) {
                Integer s = sessionIndex.get(room.session());
                if (s == null) {
                    throw new IllegalArgumentException("room " + room.roomId() + " names unknown session " + room.session());
                }
                RoomKey key = new RoomKey(i, room.roomId(), s);
                if (roomSessionIndex.put(key, roomSessions.size()) != null) {
                    throw new IllegalArgumentException("room " + room.roomId() + " is listed twice for session " + room.session());
                }
                roomSessions.add(room);
                rsSite.add(i);
                Set<String>[] union = siteUnion.computeIfAbsent(i * sCount + s, k -> new Set[]{new HashSet<>(), new HashSet<>()});
                union[0].addAll(room.candidateEmployers());
                union[1].addAll(room.candidateIdDigests());
            }
        }
        roomSessionSite = rsSite.stream().mapToInt(Integer::intValue).toArray();
        postSite = new int[pCount];
        postSession = new int[pCount];
        postRoomSession = new int[pCount];
        postEmployers = new Set[pCount];
        postDigests = new Set[pCount];
        List<List<Integer>> byRoom = new ArrayList<>();
        for (int i = 0; i < roomSessions.size(); i++) {
            byRoom.add(new ArrayList<>());
        }
        List<List<Integer>> bySite = new ArrayList<>();
        for (int i = 0; i < sites.length; i++) {
            bySite.add(new ArrayList<>());
        }
        for (int i = 0; i < pCount; i++) {
            RosterPost post = posts.get(i);
            int site = siteIndex.get(post.siteId());
            int s = sessionIndex.get(post.session());
            postSite[i] = site;
            postSession[i] = s;
            bySite.get(site).add(i);
            if (post.roomId() != null) {
                int rs = roomSessionIndex.get(new RoomKey(site, post.roomId(), s));
                postRoomSession[i] = rs;
                byRoom.get(rs).add(i);
                postEmployers[i] = roomSessions.get(rs).candidateEmployers();
                postDigests[i] = roomSessions.get(rs).candidateIdDigests();
            } else {
                postRoomSession[i] = -1;
                Set<String>[] union = siteUnion.get(site * sCount + s);
                postEmployers[i] = union[0];
                postDigests[i] = union[1];
            }
        }
        roomPosts = byRoom.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        sitePosts = bySite.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        siteSessionPosts = new int[sites.length][][];
        for (int i = 0; i < sites.length; i++) {
            final int site = i;
            siteSessionPosts[i] = new int[sCount][];
            for (int s = 0; s < sCount; s++) {
                final int session = s;
                siteSessionPosts[i][s] = Arrays.stream(sitePosts[site]).filter(p -> postSession[p] == session).toArray();
            }
        }
        districtSessionPosts = new int[sites.length][][];
        areaSessionPosts = new int[sites.length][][];
        Map<String, List<Integer>> districtSites = new HashMap<>();
        Map<String, List<Integer>> areaSites = new HashMap<>();
        for (int i = 0; i < sites.length; i++) {
            districtSites.computeIfAbsent(sites[i].area() + "/" + (sites[i].district() == null ? "#" + i : sites[i].district()),
                    k -> new ArrayList<>()).add(i);
            areaSites.computeIfAbsent(sites[i].area(), k -> new ArrayList<>()).add(i);
        }
        group(districtSites, districtSessionPosts, sCount);
        group(areaSites, areaSessionPosts, sCount);

        staffOf = new int[pCount];
        Arrays.fill(staffOf, -1);
        pinned = new boolean[pCount];
        previous = new int[pCount];
        Arrays.fill(previous, -1);

        int serving = 0;
        for (int p = 0; p < n; p++) {
            if (!staff.get(p).roles().isEmpty()) {
                for (boolean u : usable[p]) {
                    if (u) {
                        serving++;
                        break;
                    }
                }
            }
        }
        fair = serving == 0 ? 1 : Math.max(1, (pCount + serving - 1) / serving);

        for (StaffRole role : StaffRole.values()) {
            Map<String, List<Integer>> byDistrict = new HashMap<>();
            Map<String, List<Integer>> byArea = new HashMap<>();
            List<Integer> all = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                RosterStaff st = staff.get(p);
                if (!st.can(role)) {
                    continue;
                }
                all.add(p);
                if (st.homeDistrict() != null) {
                    byDistrict.computeIfAbsent(st.homeDistrict(), k -> new ArrayList<>()).add(p);
                }
                if (st.homeArea() != null) {
                    byArea.computeIfAbsent(st.homeArea(), k -> new ArrayList<>()).add(p);
                }
            }
            Map<String, Pool> d = new HashMap<>();
            byDistrict.forEach((k, v) -> d.put(k, new Pool(v, sCount)));
            Map<String, Pool> a = new HashMap<>();
            byArea.forEach((k, v) -> a.put(k, new Pool(v, sCount)));
            districtPools.put(role, d);
            areaPools.put(role, a);
            everyone.put(role, new Pool(all, sCount));
        }
    }

    /** For each group of sites, one array per session of all their posts, shared by the group's sites. */
    private void group(Map<String, List<Integer>> groups, int[][][] into, int sCount) {
        for (List<Integer> group : groups.values()) {
            int[][] shared = new int[sCount][];
            for (int s = 0; s < sCount; s++) {
                final int session = s;
                shared[s] = group.stream().flatMapToInt(i -> Arrays.stream(siteSessionPosts[i][session])).toArray();
            }
            group.forEach(i -> into[i] = shared);
        }
    }

    /** A room of a site in a session. */
    private record RoomKey(int site, long roomId, int session) {
    }

    // ---------------------------------------------------------------- hard rules

    /** The first hard rule (other than double booking) that keeps person p from the post, or null. */
    RosterRule refusal(int p, int post) {
        RosterStaff st = staff.get(p);
        RosterPost rp = posts.get(post);
        int s = postSession[post];
        if (!st.can(rp.role())) {
            return RosterRule.ROLE;
        }
        if (st.barred()) {
            return RosterRule.BARRED;
        }
        String exam = sessions.get(s).exam();
        if (exam != null && st.registeredExams().contains(exam)) {
            return RosterRule.REGISTERED_FOR_EXAM;
        }
        if (!st.availableIn(rp.session())) {
            return RosterRule.UNAVAILABLE;
        }
        if (st.employer() != null && postEmployers[post].contains(st.employer())) {
            return RosterRule.OWN_EMPLOYER_SEATED;
        }
        Set<String> digests = postDigests[post];
        if (!digests.isEmpty()) {
            for (String relative : st.relativeDigests()) {
                if (digests.contains(relative)) {
                    return RosterRule.RELATIVE_SEATED;
                }
            }
        }
        return null;
    }

    boolean allowed(int p, int post) {
        if (!usable[p][postSession[post]] || !staff.get(p).can(posts.get(post).role())) {
            return false;
        }
        RosterStaff st = staff.get(p);
        if (st.employer() != null && postEmployers[post].contains(st.employer())) {
            return false;
        }
        Set<String> digests = postDigests[post];
        if (!digests.isEmpty()) {
            for (String relative : st.relativeDigests()) {
                if (digests.contains(relative)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether p serves nowhere in the post's session or one overlapping it (the post itself excepted). */
    boolean free(int p, int post) {
        for (int t : overlap[postSession[post]]) {
            int at = postAt[p][t];
            if (at >= 0 && at != post) {
                return false;
            }
        }
        return true;
    }

    void assign(int post, int p) {
        int old = staffOf[post];
        if (old >= 0) {
            postAt[old][postSession[post]] = -1;
            load[old]--;
        }
        staffOf[post] = p;
        if (p >= 0) {
            postAt[p][postSession[post]] = post;
            load[p]++;
        }
    }

    // ---------------------------------------------------------------- costs

    long distanceCost(int post, int p) {
        return (long) w.distance() * distanceUnits(post, p);
    }

    int distanceUnits(int post, int p) {
        RosterStaff st = staff.get(p);
        RosterSite site = sites[postSite[post]];
        if (st.homeDistrict() != null && st.homeDistrict().equals(site.district())) {
            return 0;
        }
        if (st.homeArea() != null && st.homeArea().equals(site.area())) {
            return site.district() == null ? 0 : 1;
        }
        return 3;
    }

    long postCost(int post) {
        int p = staffOf[post];
        long c = 0;
        if (p >= 0) {
            c += distanceCost(post, p);
        }
        if (previous[post] >= 0 && previous[post] != p) {
            c += w.moved();
        }
        return c;
    }

    /** Experience and mixed sexes of a room in a session (nothing while nobody serves there). */
    long roomCost(int rs) {
        boolean anyone = false;
        boolean expert = false;
        Sex first = null;
        boolean twoSexes = false;
        int filled = 0;
        for (int post : roomPosts[rs]) {
            int p = staffOf[post];
            if (p < 0) {
                continue;
            }
            anyone = true;
            filled++;
            expert |= experienced[p];
            Sex sex = staff.get(p).sex();
            if (sex != null) {
                if (first == null) {
                    first = sex;
                } else if (first != sex) {
                    twoSexes = true;
                }
            }
        }
        long c = 0;
        if (anyone && !expert) {
            c += w.experience();
        }
        if (filled > 1 && !twoSexes && first != null && roomSessions.get(rs).mixed()) {
            c += w.mixedSex();
        }
        return c;
    }

    long loadCost(int p) {
        int over = load[p] - fair;
        return over > 0 ? (long) w.load() * over * over : 0;
    }

    /** Per day: sessions beyond the first in the same room, and with the same partner. */
    long rotationCost(int p) {
        if (w.rotation() == 0) {
            return 0;
        }
        long units = 0;
        for (int[] day : daySessions) {
            if (day.length < 2) {
                continue;
            }
            units += repeats(p, day);
        }
        return units * w.rotation();
    }

    private int repeats(int p, int[] day) {
        long[] rooms = new long[day.length];
        int r = 0;
        int[] partners = new int[day.length * 4];
        int q = 0;
        for (int s : day) {
            int post = postAt[p][s];
            if (post < 0 || postRoomSession[post] < 0) {
                continue;
            }
            int rs = postRoomSession[post];
            rooms[r++] = ((long) roomSessionSite[rs] << 32) ^ roomSessions.get(rs).roomId();
            for (int other : roomPosts[rs]) {
                int o = staffOf[other];
                if (other != post && o >= 0) {
                    if (q == partners.length) {
                        partners = Arrays.copyOf(partners, q * 2);
                    }
                    partners[q++] = o;
                }
            }
        }
        return duplicates(rooms, r) + duplicates(partners, q);
    }

    private static int duplicates(long[] a, int n) {
        int d = 0;
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (a[j] == a[i]) {
                    d++;
                    break;
                }
            }
        }
        return d;
    }

    private static int duplicates(int[] a, int n) {
        int d = 0;
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (a[j] == a[i]) {
                    d++;
                    break;
                }
            }
        }
        return d;
    }

    long personCost(int p) {
        return loadCost(p) + rotationCost(p);
    }

    /** The whole roster's soft cost as the search sees it (what {@link RosterSolver} reports must add up to this). */
    long total() {
        long c = 0;
        for (int post = 0; post < posts.size(); post++) {
            c += postCost(post);
        }
        for (int rs = 0; rs < roomSessions.size(); rs++) {
            c += roomCost(rs);
        }
        for (int p = 0; p < staff.size(); p++) {
            c += personCost(p);
        }
        return c;
    }

    /** The cost of the components a move touches (posts, rooms, people; duplicates are counted once). */
    long localCost(int[] ps, int[] rooms, int[] people) {
        long c = 0;
        for (int i = 0; i < ps.length; i++) {
            if (ps[i] >= 0 && !seen(ps, i)) {
                c += postCost(ps[i]);
            }
        }
        for (int i = 0; i < rooms.length; i++) {
            if (rooms[i] >= 0 && !seen(rooms, i)) {
                c += roomCost(rooms[i]);
            }
        }
        for (int i = 0; i < people.length; i++) {
            if (people[i] >= 0 && !seen(people, i)) {
                c += personCost(people[i]);
            }
        }
        return c;
    }

    private static boolean seen(int[] a, int i) {
        for (int j = 0; j < i; j++) {
            if (a[j] == a[i]) {
                return true;
            }
        }
        return false;
    }

    /** The people whose costs a change at these posts can touch: those serving there, the given ones, and their room partners. */
    int[] people(int postA, int postB, int extraA, int extraB) {
        int[] out = new int[4 + 2 * policy.invigilatorsPerRoom()];
        int n = 0;
        out[n++] = extraA;
        out[n++] = extraB;
        for (int post : new int[]{postA, postB}) {
            if (post < 0) {
                continue;
            }
            int rs = postRoomSession[post];
            if (rs < 0) {
                out[n++] = staffOf[post];
            } else {
                for (int other : roomPosts[rs]) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = staffOf[other];
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    // ---------------------------------------------------------------- construction

    /** A pool of people of one role, shuffled per session from the seed, with a per-session cursor past those used up. */
    private final class Pool {
        final int[] members;
        final int[][] order;
        final int[] cursor;

        Pool(List<Integer> members, int sessions) {
            this.members = members.stream().mapToInt(Integer::intValue).toArray();
            this.order = new int[sessions][];
            this.cursor = new int[sessions];
        }

        int[] order(int s, long seed) {
            if (order[s] == null) {
                int[] o = members.clone();
                Random r = new Random(seed * 31 + s * 7919L + members.length);
                for (int i = o.length - 1; i > 0; i--) {
                    int j = r.nextInt(i + 1);
                    int t = o[i];
                    o[i] = o[j];
                    o[j] = t;
                }
                order[s] = o;
            }
            return order[s];
        }

        int random(Random r) {
            return members[r.nextInt(members.length)];
        }
    }

    /** The pools a post draws from, nearest first: the site's district, its area, and (if asked) everyone. */
    private List<Pool> pools(int post, boolean all) {
        RosterPost rp = posts.get(post);
        RosterSite site = sites[postSite[post]];
        List<Pool> pools = new ArrayList<>(3);
        if (site.district() != null) {
            Pool d = districtPools.get(rp.role()).get(site.district());
            if (d != null) {
                pools.add(d);
            }
        }
        Pool a = areaPools.get(rp.role()).get(site.area());
        if (a != null) {
            pools.add(a);
        }
        if (all || pools.isEmpty()) {
            pools.add(everyone.get(rp.role()));
        }
        return pools;
    }

    /**
     * Fills a post nobody free may take by a chain of two: someone allowed here leaves their (unpinned) post of the
     * same session to come here, and someone free and allowed there, from that site's district or area, takes it.
     * Bounded (the first {@code tries} such people), so that it stays cheap on a large pool; false if no chain was found.
     */
    boolean fillByChain(int post, int tries) {
        int s = postSession[post];
        int tried = 0;
        for (Pool pool : pools(post, true)) {
            for (int x : pool.members) {
                int q = postAt[x][s];
                if (q < 0 || q == post || pinned[q] || !allowed(x, post) || busyElsewhere(x, s)) {
                    continue;
                }
                if (++tried > tries) {
                    return false;
                }
                for (Pool near : pools(q, false)) {
                    for (int y : near.members) {
                        if (y != x && allowed(y, q) && free(y, q)) {
                            assign(q, y);
                            assign(post, x);
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether p serves in a session overlapping s other than s itself. */
    private boolean busyElsewhere(int p, int s) {
        for (int t : overlap[s]) {
            if (t != s && postAt[p][t] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Used up for the session during construction (nothing is ever taken back then). */
    private boolean usedUp(int p, int s) {
        if (!usable[p][s]) {
            return true;
        }
        for (int t : overlap[s]) {
            if (postAt[p][t] >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fills a free post from the nearest of its first {@code reach} pools (1: the site's district, 2: and its area,
     * 3: and everyone) that has someone allowed and free; false if none has.
     */
    boolean fill(int post, long seed, int reach) {
        int s = postSession[post];
        List<Pool> pools = pools(post, true);
        for (Pool pool : pools.subList(0, Math.min(reach, pools.size()))) {
            int[] order = pool.order(s, seed);
            int c = pool.cursor[s];
            while (c < order.length && usedUp(order[c], s)) {
                c++;
            }
            pool.cursor[s] = c;
            int best = -1;
            long bestDelta = Long.MAX_VALUE;
            int found = 0;
            for (int i = c; i < order.length && found < CHOICES; i++) {
                int p = order[i];
                if (usedUp(p, s) || !allowed(p, post)) {
                    continue;
                }
                found++;
                // ties go to whoever spares an experienced person the room does not need
                long delta = deltaAssign(post, p) * 2 + (experienced[p] && roomHasExperience(post) ? 1 : 0);
                if (delta < bestDelta) {
                    bestDelta = delta;
                    best = p;
                }
            }
            if (best >= 0) {
                assign(post, best);
                return true;
            }
        }
        return false;
    }

    /** Whether someone experienced already serves in the room of this (room) post. */
    private boolean roomHasExperience(int post) {
        int rs = postRoomSession[post];
        if (rs < 0) {
            return false;
        }
        for (int other : roomPosts[rs]) {
            int p = staffOf[other];
            if (p >= 0 && experienced[p]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fills a free post from anyone allowed and free, searching the whole pool of the role (after improvement, which
     * may have freed someone construction found busy); false if there is nobody.
     */
    boolean fillFromAnyone(int post) {
        int best = -1;
        long bestDelta = Long.MAX_VALUE;
        for (int p : everyone.get(posts.get(post).role()).members) {
            if (allowed(p, post) && free(p, post)) {
                long delta = deltaAssign(post, p);
                if (delta < bestDelta) {
                    bestDelta = delta;
                    best = p;
                }
            }
        }
        if (best >= 0) {
            assign(post, best);
            return true;
        }
        return false;
    }

    /** The change of cost if p took the (free) post. */
    long deltaAssign(int post, int p) {
        int rs = postRoomSession[post];
        int[] ps = {post};
        int[] rooms = {rs};
        int[] people = people(post, -1, p, -1);
        long before = localCost(ps, rooms, people);
        assign(post, p);
        long after = localCost(ps, rooms, people);
        assign(post, -1);
        return after - before;
    }

    // ---------------------------------------------------------------- improvement

    /**
     * Random moves site by site until the deadline, or until {@code patience} moves in a row improve nothing.
     * Returns the number of moves tried.
     */
    long improve(long deadlineNanos, long seed, long patience, RosterProgress progress) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        long tried = 0;
        long sinceBetter = 0;
        int[] active = java.util.stream.IntStream.range(0, sites.length).filter(i -> movable(i)).toArray();
        if (active.length == 0) {
            return 0;
        }
        while (true) {
            for (int k = 0; k < active.length; k++) {
                int site = active[k];
                int[] sp = sitePosts[site];
                int moves = Math.max(16, sp.length);
                for (int m = 0; m < moves; m++) {
                    long delta = r.nextInt(3) == 0 ? tryReplace(site, sp, r) : trySwap(site, sp, r);
                    tried++;
                    if (delta < 0) {
                        sinceBetter = 0;
                    } else {
                        sinceBetter++;
                    }
                }
                if (sinceBetter >= patience || ((k & 7) == 0 && System.nanoTime() > deadlineNanos)) {
                    progress.update(active.length, active.length);
                    return tried;
                }
            }
            if (System.nanoTime() > deadlineNanos) {
                return tried;
            }
        }
    }

    private boolean movable(int site) {
        for (int post : sitePosts[site]) {
            if (!pinned[post]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two posts of one session exchange their people (if both stay within the rules and the cost does not rise): the
     * second post from the same site, or from any site of its district, or of its area.
     */
    private long trySwap(int site, int[] sp, Random r) {
        int a = sp[r.nextInt(sp.length)];
        int roll = r.nextInt(10);
        int[] near = (roll < 4 ? siteSessionPosts : roll < 7 ? districtSessionPosts : areaSessionPosts)[site][postSession[a]];
        int b = near[r.nextInt(near.length)];
        if (a == b || pinned[a] || pinned[b]) {
            return 1;
        }
        int pa = staffOf[a];
        int pb = staffOf[b];
        if (pa < 0 || pb < 0 || pa == pb || !allowed(pa, b) || !allowed(pb, a)) {
            return 1;
        }
        int[] ps = {a, b};
        int[] rooms = {postRoomSession[a], postRoomSession[b]};
        int[] people = people(a, b, pa, pb);
        long before = localCost(ps, rooms, people);
        // within one session: the two simply trade places
        staffOf[a] = pb;
        staffOf[b] = pa;
        postAt[pa][postSession[a]] = b;
        postAt[pb][postSession[a]] = a;
        long delta = localCost(ps, rooms, people) - before;
        if (delta > 0) {
            staffOf[a] = pa;
            staffOf[b] = pb;
            postAt[pa][postSession[a]] = a;
            postAt[pb][postSession[a]] = b;
        }
        return delta;
    }

    /** A post's person (or nobody) replaced by someone allowed and free from the site's pools. */
    private long tryReplace(int site, int[] sp, Random r) {
        int a = sp[r.nextInt(sp.length)];
        if (pinned[a]) {
            return 1;
        }
        RosterPost rp = posts.get(a);
        RosterSite st = sites[site];
        int roll = r.nextInt(20);
        Pool pool = null;
        if (roll < 14 && st.district() != null) {
            pool = districtPools.get(rp.role()).get(st.district());
        }
        if (pool == null && roll < 19) {
            pool = areaPools.get(rp.role()).get(st.area());
        }
        if (pool == null) {
            pool = everyone.get(rp.role());
        }
        if (pool.members.length == 0) {
            return 1;
        }
        int q = pool.random(r);
        int old = staffOf[a];
        if (q == old || !allowed(q, a) || !free(q, a)) {
            return 1;
        }
        int[] ps = {a};
        int[] rooms = {postRoomSession[a]};
        int[] people = people(a, -1, q, old);
        long before = localCost(ps, rooms, people);
        assign(a, q);
        long delta = localCost(ps, rooms, people) - before;
        if (old < 0) {
            return -1; // a post filled is always kept: every post should have its person
        }
        if (delta > 0) {
            assign(a, old);
        }
        return delta;
    }
}
