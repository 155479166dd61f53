package org.hifazat.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Optional;

/** A province or administrative area (ISB, GB, AJK), known by its ISO 3166-2:PK code without "PK-". */
@Entity
public class Province extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String nameEn;
    public String nameUr;

    public static Optional<Province> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Province> listByName() {
        return list("order by nameEn");
    }

    /** The name in the reader's language. */
    public String name(boolean urdu) {
        return urdu ? nameUr : nameEn;
    }
}
