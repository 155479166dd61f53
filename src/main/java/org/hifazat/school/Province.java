package org.hifazat.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Optional;

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
}
