package org.kaowu.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.kaowu.shared.DomainException;
import org.kaowu.shared.Messages;

import java.util.Locale;
import java.util.Map;

/** Turns the core's refusals into faces messages beside the field they concern. */
public final class FacesFeedback {

    private FacesFeedback() {
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale()).format(org.kaowu.shared.Messages.plain(args));
    }

    /**
     * Shows the refusal next to the input named by the exception's field (mapped to component ids by
     * {@code fieldIds}), or as a page-level message when it concerns no single field.
     */
    public static void refused(DomainException e, Map<String, String> fieldIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale();
        String clientId = null;
        if (e.field() != null && fieldIds.containsKey(e.field())) {
            UIComponent c = faces.getViewRoot().findComponent(fieldIds.get(e.field()));
            clientId = c == null ? null : c.getClientId(faces);
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.title(locale), e.message(locale)));
        faces.validationFailed();
    }

    public static void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    public static void warn(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, summary, summary));
    }

    public static void error(String clientId, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
    }

    /** A core message in the page's language. */
    public static String core(String key, Object... args) {
        return Messages.text(locale(), key, args);
    }
}
