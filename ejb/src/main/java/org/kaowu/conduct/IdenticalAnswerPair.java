package org.kaowu.conduct;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One pair of identical answers imported (V24 ledger, Art. 11): subject, panel reference and the two ticket numbers
 * (the lower first) are its key, so the same pair imported again opens no second case.
 */
@Entity
@Table(name = "identical_answer_pair")
@NamedQuery(name = "IdenticalAnswerPair.countByKey", query = "select count(p) from IdenticalAnswerPair p where p.subject = :subject"
        + " and p.panelReference = :panel and p.ticketLow = :low and p.ticketHigh = :high")
public class IdenticalAnswerPair {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conduct_seq")
    @SequenceGenerator(name = "conduct_seq", sequenceName = "conduct_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 50)
    private String subject;

    @Column(name = "panel_reference", nullable = false, length = 100)
    private String panelReference;

    @Column(name = "ticket_low", nullable = false, length = 40)
    private String ticketLow;

    @Column(name = "ticket_high", nullable = false, length = 40)
    private String ticketHigh;

    @Column(name = "registration_low", nullable = false)
    private long registrationLow;

    @Column(name = "registration_high", nullable = false)
    private long registrationHigh;

    @Column(nullable = false, length = 2000)
    private String evidence;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    protected IdenticalAnswerPair() {
    }

    IdenticalAnswerPair(String subject, String panelReference, String ticketLow, String ticketHigh, long registrationLow,
                        long registrationHigh, String evidence, Instant importedAt, String importedBy) {
        this.subject = subject;
        this.panelReference = panelReference;
        this.ticketLow = ticketLow;
        this.ticketHigh = ticketHigh;
        this.registrationLow = registrationLow;
        this.registrationHigh = registrationHigh;
        this.evidence = evidence;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public Long getId() { return id; }
    public String getSubject() { return subject; }
    public String getPanelReference() { return panelReference; }
    public String getTicketLow() { return ticketLow; }
    public String getTicketHigh() { return ticketHigh; }
    public long getRegistrationLow() { return registrationLow; }
    public long getRegistrationHigh() { return registrationHigh; }
    public String getEvidence() { return evidence; }
    public Instant getImportedAt() { return importedAt; }
    public String getImportedBy() { return importedBy; }
}
