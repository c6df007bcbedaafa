package org.kaowu.conduct;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import org.kaowu.registration.IdNumbers;
import org.kaowu.registration.IntegrityRecord;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.CsvExport;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Page;
import org.kaowu.shared.PageRequest;
import org.kaowu.shared.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The integrity archive (诚信档案库, Order No. 31 Art. 12) as the conduct capability writes and ends it: records
 * written only by a decision of a case (never by a verifier's click), long-term records with no end date, records
 * ended when an appeal quashes or changes the decision. Consulted at registration (the commitment path), at rostering
 * and at certificate issuance. The office lists it (numbers masked), publishes what it chooses (the public list masks
 * names and numbers too) and exports it for the national credit platform (numbers in full, OFFICE only).
 */
@Stateless
public class IntegrityArchive {

    /** Problem types. */
    public static final String NO_SUCH_RECORD = "no-such-integrity-record";
    public static final String INVALID_PUBLICATION = "invalid-publication";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthorityClock clock;

    @Inject
    AuditTrail audit;

    /** A record as the archive lists it: {@code until} null and {@code longTerm} true for an Art. 8 record. */
    public record Entry(long id, String idNumber, String ruleCode, int article, LocalDate from, LocalDate until,
                        boolean longTerm, LocalDate endedOn, String endedReason, Long caseId) {
    }

    /**
     * Writes the record a decision orders (audited as integrity.record): from {@code from}, to the end the period
     * gives ({@link ConductRules#recordEnd}), for the case {@code caseId}. Returns the record's id. A second call for
     * the same case and rule while its record stands returns that record (a decision is not recorded twice). Art. 10
     * (false documents or improper means) is kept as a false commitment, which also closes the commitment path for
     * good (人社厅发〔2020〕110号); every other article as misconduct.
     */
    public long record(String idNumber, Long accountId, String ruleCode, int article, RecordPeriod period,
                       LocalDate from, String reason, long caseId, String actor) {
        if (period == null || period == RecordPeriod.NONE) {
            throw new IllegalArgumentException("no record to write for period " + period);
        }
        if (idNumber == null || idNumber.isBlank() || from == null || ruleCode == null || ruleCode.isBlank()) {
            throw new IllegalArgumentException("a record needs a number, a rule and a start");
        }
        String why = reason == null || reason.isBlank() ? ruleCode : reason.strip();
        for (IntegrityRecord existing : em.createNamedQuery("IntegrityRecord.findByCase", IntegrityRecord.class)
                .setParameter("case", caseId).getResultList()) {
            if (!existing.isEnded() && ruleCode.equals(existing.getRuleCode())) {
                return existing.getId();
            }
        }
        IntegrityRecord.Kind kind = article == 10 ? IntegrityRecord.Kind.FALSE_COMMITMENT : IntegrityRecord.Kind.MISCONDUCT;
        IntegrityRecord.Severity severity = period == RecordPeriod.LONG_TERM
                ? IntegrityRecord.Severity.ESPECIALLY_SERIOUS : IntegrityRecord.Severity.SERIOUS;
        LocalDate until = ConductRules.recordEnd(period, from).orElse(null);
        IntegrityRecord r = new IntegrityRecord(idNumber.strip(), accountId, kind, severity, from, until,
                why.length() > 2000 ? why.substring(0, 2000) : why, ruleCode, article, caseId, clock.now(), actor);
        em.persist(r);
        em.flush();
        audit.record(actor, "integrity.record", "IntegrityRecord", Long.toString(r.getId()), why,
                "case " + caseId + " rule " + ruleCode + " art. " + article + " " + period + " from " + from
                        + (until == null ? " long-term" : " to " + until));
        return r.getId();
    }

    /**
     * Ends every record a case wrote, on {@code on}, with the reason (an appeal quashed or changed the decision);
     * audited as integrity.end. Returns how many were ended. Records already ended are left as they are.
     */
    public int endForCase(long caseId, LocalDate on, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("ending a record needs a reason");
        }
        int ended = 0;
        for (IntegrityRecord r : em.createNamedQuery("IntegrityRecord.findByCase", IntegrityRecord.class)
                .setParameter("case", caseId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (r.isEnded()) {
                continue;
            }
            r.end(on, actor, why.length() > 1000 ? why.substring(0, 1000) : why);
            audit.record(actor, "integrity.end", "IntegrityRecord", Long.toString(r.getId()), why,
                    "case " + caseId + " ended on " + on);
            ended++;
        }
        return ended;
    }

    /** The records of one person in force on {@code day} (long-term ones included). */
    public List<Entry> inForce(String idNumber, LocalDate day) {
        if (idNumber == null) {
            return List.of();
        }
        return em.createNamedQuery("IntegrityRecord.findByIdNumber", IntegrityRecord.class)
                .setParameter("number", idNumber.strip()).getResultStream()
                .filter(r -> r.inForce(day)).map(IntegrityArchive::entry).toList();
    }

    private static Entry entry(IntegrityRecord r) {
        return new Entry(r.getId(), r.getIdNumber(), r.getRuleCode(), r.getArticle() == null ? 0 : r.getArticle(),
                r.getValidFrom(), r.getValidUntil(), r.isLongTerm(), r.getEndedOn(), r.getEndedReason(), r.getCaseId());
    }

    // ----- the office's archive page, the public list and the export -----

    /** Which records a list shows by their state on the authority's today. */
    public enum State { ALL, IN_FORCE, LONG_TERM, ENDED, EXPIRED }

    /** The archive's filters: article (null: any), kind (null: any), state. */
    public record Filter(Integer article, IntegrityRecord.Kind kind, State state) implements Serializable {
        public static Filter none() {
            return new Filter(null, null, State.ALL);
        }
    }

    /** A record as the office's list shows it: name and number masked. */
    public record Row(long id, String name, String idNumber, IntegrityRecord.Kind kind, IntegrityRecord.Severity severity,
                      Integer article, String ruleCode, LocalDate validFrom, LocalDate validUntil, boolean longTerm,
                      LocalDate endedOn, String endedReason, Long caseId, String sourceRef, String reason,
                      boolean published, String publishedBy, Instant publishedAt, String publishReason,
                      boolean inForce) implements Serializable {
    }

    /** A published record as anyone may read it: name and number masked, no reasons beyond the rule. */
    public record PublicRow(String name, String idNumber, Integer article, String ruleCode, LocalDate validFrom,
                            LocalDate validUntil, boolean longTerm) implements Serializable {
    }

    private static final Map<String, String> SORT = Map.of("id", "r.id", "kind", "r.kind", "article", "r.article",
            "validFrom", "r.validFrom", "validUntil", "r.validUntil", "endedOn", "r.endedOn", "published", "r.published");

    private static final String ROWS = "select r as rec, p.realName as name from IntegrityRecord r"
            + " left join CandidateProfile p on p.accountId = r.accountId";

    /** One page of the archive, filtered (newest first unless sorted otherwise). */
    public Page<Row> list(Filter filter, PageRequest page) {
        Filter f = filter == null ? Filter.none() : filter;
        LocalDate today = clock.today();
        List<String> where = new ArrayList<>();
        if (f.article() != null) {
            where.add("r.article = :article");
        }
        if (f.kind() != null) {
            where.add("r.kind = :kind");
        }
        switch (f.state() == null ? State.ALL : f.state()) {
            case IN_FORCE -> where.add("r.validFrom <= :today and (r.endedOn is null or r.endedOn > :today)"
                    + " and (r.validUntil is null or r.validUntil >= :today)");
            case LONG_TERM -> where.add("r.validUntil is null");
            case ENDED -> where.add("r.endedOn is not null");
            case EXPIRED -> where.add("r.endedOn is null and r.validUntil < :today");
            case ALL -> { }
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Tuple> rows = em.createQuery(ROWS + clause + page.orderBy(SORT, "r.createdAt desc, r.id desc"), Tuple.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from IntegrityRecord r" + clause, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (f.article() != null) {
                q.setParameter("article", f.article());
            }
            if (f.kind() != null) {
                q.setParameter("kind", f.kind());
            }
            if (clause.contains(":today")) {
                q.setParameter("today", today);
            }
        }
        return Page.of(rows, count, page).map(t -> row(t, today));
    }

    /** One record as the office's details show it (masked as in the list). */
    public Row details(long id) {
        return em.createQuery(ROWS + " where r.id = :id", Tuple.class).setParameter("id", id).getResultStream()
                .map(t -> row(t, clock.today())).findFirst()
                .orElseThrow(() -> new DomainException(NO_SUCH_RECORD, 404, "id", "integrity.none"));
    }

    private static Row row(Tuple t, LocalDate today) {
        IntegrityRecord r = t.get("rec", IntegrityRecord.class);
        String name = t.get("name", String.class);
        return new Row(r.getId(), name == null ? "" : IdNumbers.maskName(name), IdNumbers.mask(r.getIdNumber()), r.getKind(),
                r.getSeverity(), r.getArticle(), r.getRuleCode(), r.getValidFrom(), r.getValidUntil(), r.isLongTerm(),
                r.getEndedOn(), r.getEndedReason(), r.getCaseId(), r.getSourceRef(), r.getReason(), r.isPublished(),
                r.getPublishedBy(), r.getPublishedAt(), r.getPublishReason(), r.inForce(today));
    }

    /**
     * Publishes a record or withdraws it from the public list, with a reason (audited as integrity.publish or
     * integrity.unpublish). Only a record in force may be published; withdrawing is always possible.
     */
    public Row publish(long id, boolean publish, String reason, String actor) {
        IntegrityRecord r = em.find(IntegrityRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new DomainException(NO_SUCH_RECORD, 404, "id", "integrity.none");
        }
        String why = reason == null ? "" : reason.strip();
        if (Texts.hiddenMultiline(why)) {
            throw DomainException.badInput(INVALID_PUBLICATION, "reason", "text.hidden");
        }
        if (why.isEmpty() || why.length() > 1000) {
            throw DomainException.badInput(INVALID_PUBLICATION, "reason", "integrity.publish.reason");
        }
        if (publish && !r.inForce(clock.today())) {
            throw DomainException.conflict("integrity-not-in-force", "id", "integrity.publish.notInForce");
        }
        r.publish(publish, actor, clock.now(), why);
        audit.record(actor, publish ? "integrity.publish" : "integrity.unpublish", "IntegrityRecord", Long.toString(id),
                why, null);
        return details(id);
    }

    /** One page of the published records still in force, for the public page: names and numbers masked. */
    public Page<PublicRow> published(PageRequest page) {
        String where = " where r.published = true and r.validFrom <= :today and (r.endedOn is null or r.endedOn > :today)"
                + " and (r.validUntil is null or r.validUntil >= :today)";
        LocalDate today = clock.today();
        TypedQuery<Tuple> rows = em.createQuery(ROWS + where + " order by r.validFrom desc, r.id desc", Tuple.class)
                .setParameter("today", today);
        TypedQuery<Long> count = em.createQuery("select count(r) from IntegrityRecord r" + where, Long.class)
                .setParameter("today", today);
        return Page.of(rows, count, page).map(t -> {
            IntegrityRecord r = t.get("rec", IntegrityRecord.class);
            String name = t.get("name", String.class);
            return new PublicRow(name == null ? "" : IdNumbers.maskName(name), IdNumbers.mask(r.getIdNumber()),
                    r.getArticle(), r.getRuleCode(), r.getValidFrom(), r.getValidUntil(), r.isLongTerm());
        });
    }

    /**
     * The columns of the export for the national credit platform (全国信用信息共享平台), in order: record id, full name,
     * ID number IN FULL (this export is for OFFICE only and says so in its header), kind, severity, article, rule code,
     * first day, last day (empty for long-term), long-term (是/否), case id, source, reason, ended on, ended reason,
     * published (是/否).
     */
    public static final List<String> EXPORT_COLUMNS = List.of("record_id", "name", "id_number_full", "kind", "severity",
            "article", "rule_code", "valid_from", "valid_until", "long_term", "case_id", "source_ref", "reason",
            "ended_on", "ended_reason", "published");

    /** The filtered archive as CSV (UTF-8 with BOM) for the national credit platform; audited as integrity.export. */
    public String export(Filter filter, String actor) {
        CsvExport csv = new CsvExport().row(EXPORT_COLUMNS);
        long offset = 0;
        int rows = 0;
        while (true) {
            PageRequest page = PageRequest.of((int) offset, PageRequest.MAX_SIZE);
            Page<Long> ids = list(filter, page).map(Row::id);
            for (Long id : ids.rows()) {
                IntegrityRecord r = em.find(IntegrityRecord.class, id);
                String name = r.getAccountId() == null ? "" : em.createQuery("select p.realName from CandidateProfile p"
                        + " where p.accountId = :a", String.class).setParameter("a", r.getAccountId())
                        .getResultStream().findFirst().orElse("");
                csv.row(r.getId(), name, r.getIdNumber(), r.getKind().name(), r.getSeverity().name(),
                        r.getArticle() == null ? "" : r.getArticle().toString(), r.getRuleCode(), r.getValidFrom(),
                        r.getValidUntil(), r.isLongTerm() ? "是" : "否", r.getCaseId() == null ? "" : r.getCaseId().toString(),
                        r.getSourceRef(), r.getReason(), r.getEndedOn(), r.getEndedReason(), r.isPublished() ? "是" : "否");
                rows++;
            }
            offset += PageRequest.MAX_SIZE;
            if (offset >= ids.total()) {
                break;
            }
        }
        audit.record(actor, "integrity.export", "IntegrityRecord", "*", null, rows + " records, ID numbers in full");
        return csv.toString();
    }
}
