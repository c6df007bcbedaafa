package org.kaowu.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kaowu.shared.DomainException;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of an API call becomes problem+json; nothing of the server's insides reaches the client. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** A rule's refusal: its own type, status, message and members. */
    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(DomainException e) {
            return refusal(e, headers);
        }
    }

    static Response refusal(DomainException e, HttpHeaders headers) {
        return Problems.response(Problems.of(e, Problems.locale(headers.getAcceptableLanguages())));
    }

    /** Framework answers (unknown path, wrong method, no role...) in the same shape. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;
        @Context
        SecurityContext security;

        @Override
        public Response toResponse(WebApplicationException e) {
            Locale locale = Problems.locale(headers.getAcceptableLanguages());
            if (e instanceof ForbiddenException || e instanceof NotAuthorizedException) {
                return security.getUserPrincipal() == null
                        ? Problems.response(withChallenge(Problems.of("unauthenticated", 401, locale, "api.unauthenticated")))
                        : Problems.response(Problems.of("forbidden", 403, locale, "api.forbidden"));
            }
            if (e instanceof NotFoundException) {
                return Problems.response(Problems.of("not-found", 404, locale, "api.notFound"));
            }
            if (e instanceof NotAllowedException) {
                return Problems.response(Problems.of("method-not-allowed", 405, locale, "api.methodNotAllowed"));
            }
            if (e instanceof NotSupportedException || e instanceof NotAcceptableException) {
                return Problems.response(Problems.of("unsupported-media-type", e.getResponse().getStatus(), locale,
                        "api.unsupportedMediaType"));
            }
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                return Unexpected.incident(e, locale);
            }
            return Problems.response(Problems.of("bad-request", status, locale, "api.badRequest"));
        }

        private static Problems.Problem withChallenge(Problems.Problem p) {
            return new Problems.Problem(p.type(), p.status(), p.title(), p.detail(), p.extensions(),
                    java.util.Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kaowu\", charset=\"UTF-8\""), p.locale());
        }
    }

    /** A body that could not be read (malformed JSON, for one). */
    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return unreadable(headers);
        }
    }

    /** Malformed JSON in a body read as JSON-P. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<jakarta.json.JsonException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.json.JsonException e) {
            return unreadable(headers);
        }
    }

    static Response unreadable(HttpHeaders headers) {
        Locale locale = Problems.locale(headers.getAcceptableLanguages());
        return Problems.response(Problems.of("bad-request", 400, locale, "api.badParameter", "body", "…",
                org.kaowu.shared.Messages.text(locale, "api.param.json")));
    }

    /** An EJB said no to the caller's role. */
    @Provider
    public static class Access implements ExceptionMapper<EJBAccessException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
            return Problems.response(Problems.of("forbidden", 403, Problems.locale(headers.getAcceptableLanguages()),
                    "api.forbidden"));
        }
    }

    static Throwable withoutMessages(Throwable e) {
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : withoutMessages(e.getCause());
        RuntimeException copy = new RuntimeException(e.getClass().getName(), cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** Anything else: logged with an incident number the client can quote; no stack trace leaves the server. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof DomainException d) {
                return refusal(d, headers);
            }
            return incident(cause, Problems.locale(headers.getAcceptableLanguages()));
        }

        static Response incident(Throwable e, Locale locale) {
            String incident = UUID.randomUUID().toString();
            // Exception messages may quote stored values (a phone number in a constraint violation): log the
            // classes and the stack only, never the messages.
            LOG.log(Level.SEVERE, "API incident " + incident, withoutMessages(e));
            Problems.Problem p = Problems.of("internal", 500, locale, "api.internal", incident);
            p.extensions().put("incident", incident);
            return Problems.response(p);
        }
    }
}
