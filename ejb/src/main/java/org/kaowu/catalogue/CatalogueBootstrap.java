package org.kaowu.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kaowu.shared.AuthorityClock;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Loads the editions the project ships, each once and in order, through the same validation as an import: the 2021
 * edition (in force from its publication, 2021-12-03) on a new database, then its correction (2021-R1) as an import
 * in force from the day it is imported, on a new database and on one that has only the 2021 edition, so that records
 * checked earlier keep edition 2021. Each import is its own transaction. A second node starting at the same moment
 * fails on the edition code's unique key and finds it loaded.
 */
@Singleton
@Startup
public class CatalogueBootstrap {

    @jakarta.inject.Inject
    private AuthorityClock clock;

    static final String BUNDLED = "/org/kaowu/catalogue/editions/catalogue-2021";
    /** The correction of {@link #BUNDLED}; without {@code effective_from} it takes effect on the day it is imported. */
    static final String CORRECTED = "/org/kaowu/catalogue/editions/catalogue-2021-r1";
    static final List<String> EDITIONS = List.of(BUNDLED, CORRECTED);
    private static final Logger LOG = Logger.getLogger(CatalogueBootstrap.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogueEditions editions;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadBundledEditions() {
        EDITIONS.forEach(this::load);
    }

    /** The bundled file as an import request; {@code today} when its properties give no effective date. */
    static EditionImport request(String resource, LocalDate today) {
        Properties meta = new Properties();
        byte[] content;
        try (InputStream props = CatalogueBootstrap.class.getResourceAsStream(resource + ".properties");
             InputStream csv = CatalogueBootstrap.class.getResourceAsStream(resource + ".csv")) {
            meta.load(new InputStreamReader(props, StandardCharsets.UTF_8));
            content = csv.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String from = meta.getProperty("effective_from");
        return new EditionImport(meta.getProperty("code"), meta.getProperty("title_zh"), meta.getProperty("title_en"),
                from == null || from.isBlank() ? today : LocalDate.parse(from.trim()),
                resource.substring(resource.lastIndexOf('/') + 1) + ".csv", content, meta.getProperty("note"));
    }

    private void load(String resource) {
        EditionImport request = request(resource, clock.today());
        if (loaded(request.code())) {
            return;
        }
        try {
            if (request.effectiveFrom().isBefore(clock.today())) {
                // The first edition: its date lies in the past by nature.
                editions.importBundled(request);
            } else {
                // A later bundled edition is imported exactly as an ADMIN's would be.
                editions.importEdition(request, "system", "bundled edition " + request.sourceName());
            }
        } catch (RuntimeException e) { // the unique key (a system exception) or a taken code (a refusal)
            if (loaded(request.code())) {
                LOG.info("Catalogue edition " + request.code() + " was loaded by another node");
                return;
            }
            throw e;
        }
        LOG.info("Loaded catalogue edition " + request.code() + " in force from " + request.effectiveFrom());
    }

    private boolean loaded(String code) {
        return !em.createNamedQuery("CatalogueEdition.findByCode").setParameter("code", code).getResultList().isEmpty();
    }
}
