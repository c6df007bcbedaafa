package org.kaowu.catalogue;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Editions never change once imported, so their snapshots are kept for good. The list of editions may grow on any
 * node; this node forgets its copy at once when it imports, and other nodes re-read it within {@link #EDITIONS_TTL_MS}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CatalogueCache {

    static final long EDITIONS_TTL_MS = 30_000;

    private final Map<Long, CatalogueSnapshot> snapshots = new ConcurrentHashMap<>();
    private volatile List<CatalogueSnapshot.EditionInfo> editions;
    private volatile long editionsReadAt;

    public CatalogueSnapshot snapshot(long editionId, Supplier<CatalogueSnapshot> loader) {
        CatalogueSnapshot s = snapshots.get(editionId);
        if (s == null) {
            s = loader.get();
            snapshots.put(editionId, s);
        }
        return s;
    }

    public List<CatalogueSnapshot.EditionInfo> editions(Supplier<List<CatalogueSnapshot.EditionInfo>> loader) {
        List<CatalogueSnapshot.EditionInfo> e = editions;
        if (e == null || System.currentTimeMillis() - editionsReadAt > EDITIONS_TTL_MS) {
            e = loader.get();
            editions = e;
            editionsReadAt = System.currentTimeMillis();
        }
        return e;
    }

    public void editionsChanged() {
        editions = null;
    }
}
