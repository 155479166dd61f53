package org.hifazat.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

@Entity
public class School extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public District district;

    /** The government's Education Management Information System code. */
    public String emisCode;

    public String name;
    /** primary, middle, high or higher-secondary. */
    public String level;
    /** urban or rural. */
    public String locality;

    public LocalDateTime createdAt;

    /** The day the registry recorded the school as closed; null while it is open. */
    public LocalDate closedOn;

    public static Optional<School> findByEmisCode(String emisCode) {
        return find("emisCode", emisCode).firstResultOptional();
    }
}
