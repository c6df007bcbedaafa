package org.kaowu.api.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.kaowu.catalogue.EditionDiff;
import org.kaowu.catalogue.EditionImport;
import org.kaowu.catalogue.ImportPreview;
import org.kaowu.platform.security.Role;
import org.kaowu.shared.DomainException;
import java.util.ArrayList;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.kaowu.api.Params;
import org.kaowu.api.Problems;
import org.kaowu.catalogue.CatalogueCheck;
import org.kaowu.catalogue.CatalogueEditions;
import org.kaowu.catalogue.CatalogueSnapshot;
import org.kaowu.catalogue.EntryData;
import org.kaowu.catalogue.QualificationCategory;
import org.kaowu.catalogue.QualificationType;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The catalogue in force, for anyone: the list (filtered, sorted, paged) and the check every form relies on. */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final Set<String> SORTS = Set.of("code", "name", "nameEn", "category", "type", "authority");

    @EJB
    private CatalogueEditions editions;

    @EJB
    private CatalogueCheck check;

    @Context
    private HttpHeaders headers;

    public record Edition(String code, String title, LocalDate effectiveFrom) {
        static Edition of(CatalogueSnapshot.EditionInfo e, Locale locale) {
            return new Edition(e.code(), e.title(locale), e.effectiveFrom());
        }
    }

    public record SubItem(String name, List<String> levels) {
    }

    public record Entry(String code, String category, String type, String nameZh, String nameEn, String authority,
                        List<String> levels, List<SubItem> subItems, List<String> aliases, String confidence,
                        String source, String note) {
        static Entry of(EntryData e) {
            return new Entry(e.code(), e.category().name(), e.type().name(), e.nameZh(), e.nameEn(), e.authority(),
                    e.levels(), e.subItems().stream().map(s -> new SubItem(s.name(), s.levels())).toList(),
                    e.aliases().stream().map(EntryData.AliasData::alias).toList(), e.confidence().name(),
                    e.source(), e.note());
        }
    }

    public record Page(Edition edition, long total, int page, int size, List<Entry> items) {
    }

    public record CheckAnswer(Edition edition, Entry entry, String subItem, String level, String matchedBy) {
    }

    @GET
    @PermitAll
    public Page list(@QueryParam("category") String category, @QueryParam("type") String type,
                     @QueryParam("authority") String authority, @QueryParam("q") String text,
                     @QueryParam("date") String date, @QueryParam("sort") String sort,
                     @QueryParam("page") String page, @QueryParam("size") String size) {
        Locale locale = locale();
        LocalDate on = Params.date("date", date, locale);
        CatalogueSnapshot.Filter filter = new CatalogueSnapshot.Filter(
                Params.enumValue("category", category, QualificationCategory.class, locale),
                Params.enumValue("type", type, QualificationType.class, locale), authority, text);
        String s = sort == null || sort.isBlank() ? "code" : sort.trim();
        boolean descending = s.startsWith("-");
        if (descending) {
            s = s.substring(1);
        }
        if (!SORTS.contains(s)) {
            throw Params.bad("sort", sort, Messages.text(locale, "api.param.sort"));
        }
        int p = Params.range("page", page, 0, 100_000, 0, locale);
        int n = Params.range("size", size, 1, 200, 50, locale);
        CatalogueSnapshot snapshot = editions.snapshotOn(on == null ? clock.today() : on);
        List<EntryData> found = snapshot.find(filter, s, descending);
        List<Entry> items = found.stream().skip((long) p * n).limit(n).map(Entry::of).toList();
        return new Page(Edition.of(snapshot.edition(), locale), found.size(), p, n, items);
    }

    /** 200 with the entry in force, or 422 problem+json saying why not (with suggestions when the name is unknown). */
    @GET
    @Path("check")
    @PermitAll
    public CheckAnswer check(@QueryParam("name") String name, @QueryParam("subItem") String subItem,
                             @QueryParam("level") String level, @QueryParam("date") String date) {
        Locale locale = locale();
        CatalogueSnapshot.Match m = check.check(name, subItem, level, Params.date("date", date, locale));
        return new CheckAnswer(Edition.of(m.edition(), locale), Entry.of(m.entry()), m.subItem(), m.level(),
                m.matchedBy().name());
    }

    @GET
    @Path("editions")
    @PermitAll
    public List<Edition> editions() {
        Locale locale = locale();
        return editions.all().stream().map(e -> Edition.of(e, locale)).toList();
    }

    public record PreviewAnswer(boolean ok, Edition base, int entries, List<String> added, List<String> removed,
                                List<String> changed) {
    }

    /**
     * An ADMIN imports an edition file (text/csv). With {@code dryRun=true} nothing is stored and the answer is the
     * preview; with problems in the file the answer is 422 listing every one of them, and nothing is stored.
     */
    @POST
    @Path("editions")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response importEdition(java.io.InputStream body, @QueryParam("code") String code, @QueryParam("titleZh") String titleZh,
                                  @QueryParam("titleEn") String titleEn, @QueryParam("effectiveFrom") String effectiveFrom,
                                  @QueryParam("reason") String reason, @QueryParam("dryRun") boolean dryRun,
                                  @Context SecurityContext security) {
        // At most EditionFile.MAX_BYTES is read: a larger file is a 413 naming the limit.
        org.kaowu.api.Uploads.accept(headers, "file", "text/csv", MediaType.TEXT_PLAIN);
        byte[] content = org.kaowu.api.Uploads.read(body, headers, org.kaowu.catalogue.EditionFile.MAX_BYTES, "file");
        Locale locale = locale();
        EditionImport request = new EditionImport(code, titleZh, titleEn, Params.date("effectiveFrom", effectiveFrom, locale),
                "api upload", content, reason);
        ImportPreview preview = editions.preview(request);
        if (!preview.ok()) {
            throw DomainException.unprocessable("invalid-edition", preview.problems().get(0).column(),
                    "edition.invalid", preview.problems().size()).with("problems", new ArrayList<>(preview.problems()));
        }
        if (dryRun) {
            EditionDiff d = preview.diff();
            return Response.ok(new PreviewAnswer(true, preview.base() == null ? null : Edition.of(preview.base(), locale),
                    preview.entries(), d.added().stream().map(EntryData::code).toList(),
                    d.removed().stream().map(EntryData::code).toList(),
                    d.changed().stream().map(c -> c.code() + ": " + c.describe()).toList())).build();
        }
        CatalogueSnapshot.EditionInfo stored = editions.importEdition(request, security.getUserPrincipal().getName(), reason);
        return Response.status(Response.Status.CREATED).entity(Edition.of(stored, locale)).build();
    }

    private Locale locale() {
        return Problems.locale(headers.getAcceptableLanguages());
    }
}
