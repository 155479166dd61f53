package org.hifazat.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.List;
import java.util.Optional;

/** A district of a province, known by a stable code such as PB-LHR (Lahore). */
@Entity
public class District extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Province province;

    public String code;
    public String nameEn;
    public String nameUr;

    public static Optional<District> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<District> listInProvince(Province province) {
        return list("province = ?1 order by nameEn", province);
    }

    /** The name in the reader's language. */
    public String name(boolean urdu) {
        return urdu ? nameUr : nameEn;
    }
}
