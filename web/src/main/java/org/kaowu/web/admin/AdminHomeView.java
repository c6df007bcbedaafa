package org.kaowu.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kaowu.platform.persistence.SchemaInfo;
import org.kaowu.shared.AuditEvent;
import org.kaowu.shared.AuditTrail;

import java.io.Serializable;
import java.util.List;

/** The ADMIN's home: the schema's migrations and the latest audited decisions. */
@Named
@ViewScoped
public class AdminHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchemaInfo schema;

    @EJB
    private AuditTrail audit;

    private List<SchemaInfo.Migration> migrations;
    private List<AuditEvent> recent;

    @PostConstruct
    void init() {
        migrations = schema.migrations();
        recent = audit.recent(20);
    }

    public List<SchemaInfo.Migration> getMigrations() { return migrations; }
    public List<AuditEvent> getRecent() { return recent; }
}
