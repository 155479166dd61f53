package org.hifazat.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/** Writes audit events, inside the caller's transaction so the event and the change commit together. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    private static final int MAX_DETAILS = 2000;

    public void record(String actor, String action, String targetType, String targetId, String details) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = LocalDateTime.now();
        event.actor = truncate(actor, 120);
        event.action = action;
        event.targetType = targetType;
        event.targetId = targetId;
        event.details = truncate(details, MAX_DETAILS);
        event.persist();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
