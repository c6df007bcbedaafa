package org.kaowu.api.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.api.JsonFields;
import org.kaowu.api.Problems;
import org.kaowu.api.Uploads;
import org.kaowu.platform.security.Accounts;
import org.kaowu.platform.security.Role;
import org.kaowu.registration.CandidateProfile;
import org.kaowu.registration.CandidateProfiles;
import org.kaowu.registration.EducationLevel;
import org.kaowu.registration.IdType;
import org.kaowu.registration.PhotoRules;
import org.kaowu.registration.ProfileData;
import org.kaowu.registration.WorkPeriod;
import org.kaowu.shared.DomainException;

import java.time.LocalDate;
import java.util.List;

/** The signed-in candidate's own profile and photo: nobody else's, ever. */
@Path("profile")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @EJB
    private CandidateProfiles profiles;

    @EJB
    private Accounts accounts;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @Context
    private jakarta.servlet.http.HttpServletRequest request;

    public record Work(String employer, String from, String to, String field) {
    }

    /**
     * {@code fullTime}: whether the highest education was full-time study (全日制); null when not stated.
     * {@code needsAccessibleRoom}: the candidate needs an accessible room (无障碍考场); absent in a PUT is false.
     */
    public record Profile(String realName, String idType, String idNumber, String birthDate, String sex, String mobile,
                          String email, String education, String school, String major, String graduationDate,
                          String educationCertificate, List<Work> work, String identityStatus, boolean photo,
                          String message, Boolean fullTime, boolean needsAccessibleRoom) {
    }

    /** The signed-in account's id and name, remembered in the session: one lookup per session, not per request. */
    record AccountRef(String name, long id) implements java.io.Serializable {
    }

    static long accountId(Accounts accounts, SecurityContext security, jakarta.servlet.http.HttpServletRequest request) {
        String name = security.getUserPrincipal().getName();
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(AccountRef.class.getName()) instanceof AccountRef ref && ref.name().equals(name)) {
            return ref.id();
        }
        long id = accounts.find(name).orElseThrow().getId();
        if (session != null) {
            session.setAttribute(AccountRef.class.getName(), new AccountRef(name, id));
        }
        return id;
    }

    @GET
    @RolesAllowed(Role.CANDIDATE_NAME)
    public Profile profile() {
        long id = accountId(accounts, security, request);
        CandidateProfile p = profiles.find(id)
                .orElseThrow(() -> new DomainException("profile-missing", 404, "profile", "profile.first"));
        return view(p, profiles.hasPhoto(id), null);
    }

    /** Creates or replaces the profile; every problem at once as a 422 {@code invalid-profile}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CANDIDATE_NAME)
    public Profile save(JsonObject body) {
        JsonFields f = JsonFields.of(body, Problems.locale(headers.getAcceptableLanguages()));
        String sex = f.text("sex");
        ProfileData data = new ProfileData(f.text("realName"), f.enumValue("idType", IdType.class), f.text("idNumber"),
                f.date("birthDate"), sex == null || sex.isBlank() ? null : sex.strip().charAt(0), f.text("mobile"),
                f.text("email"), f.enumValue("education", EducationLevel.class), f.text("school"), f.text("major"),
                f.date("graduationDate"), f.text("educationCertificate"),
                f.objects("work").stream().map(w -> new WorkPeriod(w.text("employer"), w.date("from"), w.date("to"),
                        w.text("field"))).toList(),
                body.get("fullTime") == null || body.get("fullTime") == jakarta.json.JsonValue.NULL ? null : f.flag("fullTime"),
                f.flag("needsAccessibleRoom"));
        long id = accountId(accounts, security, request);
        CandidateProfiles.Saved saved = profiles.save(id, data, security.getUserPrincipal().getName());
        return view(saved.profile(), profiles.hasPhoto(id), saved.disputed()
                ? org.kaowu.shared.Messages.text(Problems.locale(headers.getAcceptableLanguages()), "profile.disputed") : null);
    }

    /**
     * The photo as the body (JPEG; at most {@link PhotoRules#MAX_BYTES}, more is a 413). Answers the stored photo's
     * size and SHA-256: the photo as written again, which is what {@code GET} returns.
     */
    @PUT
    @Path("photo")
    @RolesAllowed(Role.CANDIDATE_NAME)
    public Response photo(java.io.InputStream body) {
        // Other image types are taken in, to be told by the rules that the photo must be a JPEG.
        Uploads.accept(headers, "photo", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM, "image/png", "image/gif", "image/webp");
        byte[] content = Uploads.read(body, headers, PhotoRules.MAX_BYTES, "photo");
        var photo = profiles.savePhoto(accountId(accounts, security, request), content, security.getUserPrincipal().getName());
        return Response.ok(jakarta.json.Json.createObjectBuilder().add("width", photo.getWidth())
                .add("height", photo.getHeight()).add("sha256", photo.getSha256()).build()).build();
    }

    @GET
    @Path("photo")
    @Produces("image/jpeg")
    @RolesAllowed(Role.CANDIDATE_NAME)
    public Response photo() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return profiles.photo(accountId(accounts, security, request))
                .map(p -> Response.ok(p.getContent(), "image/jpeg").cacheControl(noStore)
                        .header("X-Content-Type-Options", "nosniff").build())
                .orElseThrow(() -> new DomainException("photo-missing", 404, "photo", "registration.photo"));
    }

    static Profile view(CandidateProfile p, boolean photo, String message) {
        return new Profile(p.getRealName(), p.getIdType().name(), p.getIdNumber(), str(p.getBirthDate()), p.getSex(),
                p.getMobile(), p.getEmail(), p.getEducationLevel().name(), p.getSchool(), p.getMajor(),
                str(p.getGraduationDate()), p.getEducationCertificate(),
                p.workPeriods().stream().map(w -> new Work(w.employer(), str(w.from()), str(w.to()), w.field())).toList(),
                p.getIdentityStatus().name(), photo, message, p.getEducationFullTime(),
                p.isNeedsAccessibleRoom());
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
