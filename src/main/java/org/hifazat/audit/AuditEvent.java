package org.hifazat.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.util.List;

@Entity
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public LocalDateTime occurredAt;
    /** The user as "adult:12", "pupil:345" or a username tried at sign-in. */
    public String actor;

    public String action;
    public String targetType;
    public String targetId;
    public String details;

    public static List<AuditEvent> listLatest(int limit) {
        return find("order by occurredAt desc, id desc").page(0, limit).list();
    }
}
