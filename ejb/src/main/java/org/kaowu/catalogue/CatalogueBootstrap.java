package org.kaowu.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Loads the edition the project ships (2021) on a new database, through the same validation as an import.
 * A second node starting at the same moment fails on the edition code's unique key and finds it loaded.
 */
@Singleton
@Startup
public class CatalogueBootstrap {

    static final String BUNDLED = "/org/kaowu/catalogue/editions/catalogue-2021";
    private static final Logger LOG = Logger.getLogger(CatalogueBootstrap.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogueEditions editions;

    @PostConstruct
    void loadBundledEdition() {
        Properties meta = new Properties();
        byte[] content;
        try (InputStream props = getClass().getResourceAsStream(BUNDLED + ".properties");
             InputStream csv = getClass().getResourceAsStream(BUNDLED + ".csv")) {
            meta.load(new InputStreamReader(props, StandardCharsets.UTF_8));
            content = csv.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String code = meta.getProperty("code");
        if (!em.createNamedQuery("CatalogueEdition.findByCode").setParameter("code", code).getResultList().isEmpty()) {
            return;
        }
        editions.importBundled(new EditionImport(code, meta.getProperty("title_zh"), meta.getProperty("title_en"),
                LocalDate.parse(meta.getProperty("effective_from")), "catalogue-2021.csv", content,
                meta.getProperty("note")));
        LOG.info("Loaded catalogue edition " + code);
    }
}
