package org.kaowu.api.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.Problems;
import org.kaowu.certification.Results;
import org.kaowu.platform.security.Account;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A candidate's own results ({@code GET /api/results}): each sitting whose results are published (nothing before),
 * its subjects (score or absent, pass mark, passed, voided) and the standing of its qualification and level.
 */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CANDIDATE_NAME)
public class CandidateResultsResource {

    @EJB
    private Results results;

    @EJB
    private Accounts accounts;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    public record Sitting(long registration, int year, String exam, String level, Instant publishedAt,
                          List<Subject> subjects, StandingJson standing) {
    }

    public record Subject(String code, String name, BigDecimal fullMarks, BigDecimal score, boolean absent,
                          BigDecimal passMark, boolean passed, boolean voided) {
    }

    @GET
    public List<Sitting> mine() {
        Locale locale = Problems.locale(headers.getAcceptableLanguages());
        long me = accounts.find(security.getUserPrincipal().getName()).map(Account::getId).orElseThrow();
        return results.own(me).stream().map(s -> new Sitting(s.registrationId(), s.year(), s.exam(), s.level(),
                s.publishedAt(), s.subjects().stream().map(x -> new Subject(x.code(), x.name(), x.fullMarks(), x.score(),
                x.absent(), x.passMark(), x.passed(), x.voided())).toList(), StandingJson.of(s.standing(), locale))).toList();
    }
}
