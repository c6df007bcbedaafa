package org.kaowu.catalogue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.kaowu.shared.AuditTrail;
import org.kaowu.shared.AuthorityClock;
import org.kaowu.shared.DomainException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Editions of the catalogue: which one is in force on a date, and importing a new one (validated, previewed,
 * all-or-nothing, audited).
 */
@Stateless
public class CatalogueEditions {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogueCache cache;

    @EJB
    private AuditTrail audit;

    @Resource
    private TransactionSynchronizationRegistry tsr;

    /** All editions, newest effective date first. */
    public List<CatalogueSnapshot.EditionInfo> all() {
        return cache.editions(() -> em.createNamedQuery("CatalogueEdition.findAll", CatalogueEdition.class)
                .getResultList().stream().map(CatalogueEdition::info).toList());
    }

    /** The edition in force on {@code date}: the latest effective on or before it (the later import wins a tie). */
    public Optional<CatalogueSnapshot.EditionInfo> inForce(LocalDate date) {
        return inForce(all(), date);
    }

    /** {@code editions} newest effective date first, the later import first on a tie (as {@link #all()} gives them). */
    static Optional<CatalogueSnapshot.EditionInfo> inForce(List<CatalogueSnapshot.EditionInfo> editions, LocalDate date) {
        return editions.stream().filter(e -> !e.effectiveFrom().isAfter(date)).findFirst();
    }

    public CatalogueSnapshot snapshot(CatalogueSnapshot.EditionInfo edition) {
        return cache.snapshot(edition.id(), () -> new CatalogueSnapshot(edition, load(edition.id())));
    }

    /** The snapshot in force on {@code date}, or a refusal saying that no edition was in force then. */
    public CatalogueSnapshot snapshotOn(LocalDate date) {
        return snapshot(inForce(date).orElseThrow(() -> DomainException.unprocessable("no-edition-in-force", "date",
                "catalogue.noEdition", date.toString())));
    }

    private List<EntryData> load(long editionId) {
        em.createNamedQuery("CatalogueEntry.findByEditionWithAliases", CatalogueEntry.class)
                .setParameter("edition", editionId).getResultList();
        em.createNamedQuery("CatalogueEntry.findByEditionWithRemovedSubItems", CatalogueEntry.class)
                .setParameter("edition", editionId).getResultList();
        return em.createNamedQuery("CatalogueEntry.findByEditionWithSubItems", CatalogueEntry.class)
                .setParameter("edition", editionId).getResultList().stream().map(CatalogueEntry::toData).toList();
    }

    /** Validates everything and compares with the edition this one follows; stores nothing. */
    public ImportPreview preview(EditionImport request) {
        return check(request, true).preview();
    }

    /** The file read once: the preview, and the entries a clean file holds. */
    private record Checked(ImportPreview preview, List<EntryData> entries) {
    }

    private Checked check(EditionImport request, boolean mustBeFuture) {
        List<EditionFile.Problem> problems = new ArrayList<>();
        if (request.code() == null || !CODE.matcher(request.code().trim()).matches()) {
            problems.add(new EditionFile.Problem(0, "code", "edition.meta.badCode"));
        } else if (!em.createNamedQuery("CatalogueEdition.findByCode", CatalogueEdition.class)
                .setParameter("code", request.code().trim()).getResultList().isEmpty()) {
            problems.add(new EditionFile.Problem(0, "code", "edition.meta.codeTaken", request.code().trim()));
        }
        if (request.titleZh() == null || request.titleZh().isBlank() || request.titleZh().length() > 200) {
            problems.add(new EditionFile.Problem(0, "titleZh", "edition.meta.badTitle"));
        }
        if (request.effectiveFrom() == null) {
            problems.add(new EditionFile.Problem(0, "effectiveFrom", "edition.meta.noDate"));
        } else if (mustBeFuture && request.effectiveFrom().isBefore(clock.today())) {
            problems.add(new EditionFile.Problem(0, "effectiveFrom", "edition.meta.pastDate",
                    request.effectiveFrom().toString(), clock.today().toString()));
        }
        EditionFile.Result file = EditionFile.parse(request.content());
        problems.addAll(file.problems());
        if (!problems.isEmpty()) {
            return new Checked(new ImportPreview(List.copyOf(problems), null, null, 0), List.of());
        }
        Optional<CatalogueSnapshot.EditionInfo> base = inForce(request.effectiveFrom());
        List<EntryData> before = base.map(b -> snapshot(b).entries()).orElse(List.of());
        return new Checked(new ImportPreview(List.of(), base.orElse(null), EditionDiff.between(before, file.entries()),
                file.entries().size()), file.entries());
    }

    /** Imports the edition, or refuses with the first problem and stores nothing. */
    public CatalogueSnapshot.EditionInfo importEdition(EditionImport request, String actor, String reason) {
        return store(request, actor, reason, true);
    }

    /** The bundled first edition: its effective date lies in the past by nature, so that one rule does not apply. */
    public CatalogueSnapshot.EditionInfo importBundled(EditionImport request) {
        return store(request, "system", "bundled edition", false);
    }

    private CatalogueSnapshot.EditionInfo store(EditionImport request, String actor, String reason, boolean mustBeFuture) {
        Checked checked = check(request, mustBeFuture);
        ImportPreview preview = checked.preview();
        if (!preview.ok()) {
            EditionFile.Problem first = preview.problems().get(0);
            throw DomainException.unprocessable("invalid-edition", first.column(), "edition.invalid",
                    preview.problems().size())
                    .with("problems", new ArrayList<>(preview.problems()));
        }
        List<EntryData> entries = checked.entries();
        CatalogueEdition edition = new CatalogueEdition(request.code().trim(), request.titleZh().trim(),
                blankToNull(request.titleEn()), request.effectiveFrom(), blankToNull(request.sourceName()),
                sha256(request.content()), entries.size(), clock.now(), actor, blankToNull(request.note()));
        em.persist(edition);
        for (int i = 0; i < entries.size(); i++) {
            em.persist(new CatalogueEntry(edition, i, entries.get(i)));
        }
        em.flush();
        EditionDiff diff = preview.diff();
        audit.record(actor, "catalogue.edition.import", "CatalogueEdition", edition.getCode(), reason,
                "effective " + edition.getEffectiveFrom() + "; " + entries.size() + " rows; added " + diff.added().size()
                        + ", removed " + diff.removed().size() + ", changed " + diff.changed().size()
                        + "; sha256 " + edition.getSourceSha256());
        // Forget the list once the import is committed, so no reader caches the list from before it.
        tsr.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.editionsChanged();
            }
        });
        return edition.info();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
