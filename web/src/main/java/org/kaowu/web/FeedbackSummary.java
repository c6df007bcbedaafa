package org.kaowu.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shapes the feedback of every page before it renders, so each problem is said once, where it belongs:
 * <ul>
 * <li>a problem about a field stays beside that field (its {@code p:message}); the top of the page gets one line saying
 * how many fields need correcting;</li>
 * <li>a problem about a field that has no message component on the page is moved to the top, so nothing is lost;</li>
 * </ul>
 * The template shows errors and warnings at the top ({@code page-messages}) and only confirmations as toasts, each
 * skipping a detail that repeats its summary.
 */
public class FeedbackSummary implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Pattern ROW_INDEX = Pattern.compile(":\\d+(?=:)");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() == null || faces.getMessageList().isEmpty()) {
            return;
        }
        Set<String> shown = messageTargets(faces);
        int fields = 0;
        boolean globalError = false;
        List<FacesMessage> moved = new ArrayList<>();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        List<String> clientIds = new ArrayList<>();
        ids.forEachRemaining(clientIds::add);
        for (String clientId : clientIds) {
            for (Iterator<FacesMessage> it = faces.getMessages(clientId); it.hasNext(); ) {
                FacesMessage m = it.next();
                boolean problem = m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal();
                if (clientId == null) {
                    globalError |= problem;
                } else if (!shown.contains(normalize(clientId))) {
                    it.remove();
                    moved.add(m);
                } else if (problem) {
                    fields++;
                }
            }
        }
        moved.forEach(m -> faces.addMessage(null, m));
        if (fields > 0 && !globalError && moved.isEmpty()) {
            String summary = FacesFeedback.text(fields == 1 ? "feedback.fieldProblem" : "feedback.fieldProblems", fields);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    /** The client ids (without row indexes) of the components some message component on the page speaks for. */
    private static Set<String> messageTargets(FacesContext faces) {
        Set<String> targets = new HashSet<>();
        collect(faces, faces.getViewRoot(), targets);
        return targets;
    }

    private static void collect(FacesContext faces, UIComponent component, Set<String> targets) {
        if (component instanceof UIMessage message && message.isRendered() && message.getFor() != null) {
            UIComponent target = message.findComponent(message.getFor());
            if (target != null) {
                targets.add(normalize(target.getClientId(faces)));
            }
        }
        for (Iterator<UIComponent> it = component.getFacetsAndChildren(); it.hasNext(); ) {
            collect(faces, it.next(), targets);
        }
    }

    private static String normalize(String clientId) {
        return ROW_INDEX.matcher(clientId).replaceAll("");
    }
}
