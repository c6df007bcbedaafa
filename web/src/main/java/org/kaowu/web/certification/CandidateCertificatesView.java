package org.kaowu.web.certification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kaowu.certification.Certificate;
import org.kaowu.certification.Certificates;
import org.kaowu.certification.IssuanceRules;
import org.kaowu.certification.Results;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;
import org.kaowu.web.FacesFeedback;
import org.kaowu.web.registration.CurrentAccount;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * candidate/certificates (我的证书): the candidate's certificates, each with its facts, whether it is in force and
 * annotated (加注) for today, the downloads (the signed PDF and the verifiable credential, served by the API) only when
 * the service would hand them out, and the renewal of the annotation once the policy opens it (before that, the day it
 * opens). Below, per qualification with published results but no certificate, the latest sitting and why there is no
 * certificate yet: the gate weighed now, every reason in the reader's language, so the candidate knows what to do or
 * to wait for.
 */
@Named
@ViewScoped
public class CandidateCertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Certificates certificates;

    @EJB
    private Results results;

    @Inject
    private CurrentAccount account;

    @Inject
    private AuthorityClock clock;

    private List<Card> cards = List.of();
    private List<Pending> pending = List.of();

    /**
     * One certificate as the page shows it: in force today under its annotation, downloadable (else {@code blocked}
     * says why), renewable today (else {@code renewableFrom} is the first day it will be).
     */
    public record Card(Certificate certificate, boolean annotatedToday, boolean downloadable, String blocked,
                       boolean renewable, LocalDate renewableFrom) implements Serializable {
    }

    /** A qualification with published results and no certificate: its latest sitting and the gate's answer now. */
    public record Pending(long registrationId, String sitting, IssuanceRules.Decision decision, List<String> reasons)
            implements Serializable {
    }

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        Locale locale = FacesFeedback.locale();
        LocalDate today = clock.today();
        List<Card> c = new ArrayList<>();
        Set<String> certified = new HashSet<>();
        Set<Long> certifiedSittings = new HashSet<>();
        for (Certificate x : certificates.own(account.id())) {
            certified.add(key(x.getCatalogueCode(), x.getSubItem(), x.getLevel()));
            certifiedSittings.add(x.getRegistrationId());
            String blocked = null;
            try {
                certificates.checkDownload(x);
            } catch (DomainException e) {
                blocked = e.message(locale);
            }
            LocalDate opens = Certificates.renewableFrom(x);
            c.add(new Card(x, x.annotation().inForce(today), blocked == null, blocked,
                    x.valid() && !today.isBefore(opens), opens));
        }
        cards = c;

        List<Pending> p = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Newest first: the first sitting of a qualification is the one a certificate would rest on.
        for (Results.OwnSitting s : results.own(account.id())) {
            Results.Standing st = s.standing();
            String key = key(st.catalogueCode(), st.subItem(), st.level());
            if (certifiedSittings.contains(s.registrationId()) || certified.contains(key) || !seen.add(key)) {
                continue;
            }
            try {
                IssuanceRules.Verdict v = certificates.gate(s.registrationId());
                p.add(new Pending(s.registrationId(), s.year() + " · " + s.exam(), v.decision(), v.explain(locale)));
            } catch (DomainException e) {
                p.add(new Pending(s.registrationId(), s.year() + " · " + s.exam(), IssuanceRules.Decision.WAIT,
                        List.of(e.message(locale))));
            }
        }
        pending = p;
    }

    private static String key(String code, String subItem, String level) {
        return code + "|" + Objects.toString(subItem, "") + "|" + Objects.toString(level, "");
    }

    /** Renews the annotation for the policy's usual period; the service's refusal (not due, limit) is said at the top. */
    public void renew(long id) {
        try {
            Certificate c = certificates.renew(account.id(), id, null);
            FacesFeedback.info(FacesFeedback.text("certificates.renewed", CertificateWords.day(c.getAnnotationUntil())),
                    c.getNumber());
        } catch (DomainException e) {
            FacesFeedback.refused(e, Map.of());
        }
        load();
    }

    // ----- words -----

    public String day(LocalDate d) {
        return CertificateWords.day(d);
    }

    public String status(Card c) {
        Certificate x = c.certificate();
        return x.valid() ? CertificateWords.status(x.getStatus())
                : FacesFeedback.text("certificates.revokedOn", CertificateWords.moment(x.getRevokedAt()));
    }

    public String revocationReason(Card c) {
        Certificate x = c.certificate();
        return CertificateWords.reason(x.getRevocationSource(), x.getRevokedReason());
    }

    public String revocationSource(Card c) {
        return CertificateWords.source(c.certificate().getRevocationSource());
    }

    public String decision(Pending p) {
        return FacesFeedback.text("certificates.pending." + p.decision().name());
    }

    public List<Card> getCards() { return cards; }
    public List<Pending> getPending() { return pending; }
}
