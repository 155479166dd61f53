package org.hifazat.school;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hifazat.assignment.AssignmentService;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Pictures;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.identity.ServerKeys;
import org.jboss.logging.Logger;

/**
 * A demo school created on the first start of the standalone default, so a teacher can try everything at once:
 * one province, district and school; a teacher, a head teacher, ministry officials for the nation, the school's
 * province and its district, and an admin; a grade-4 class of 30 pupils. Never in production.
 */
@ApplicationScoped
public class DemoSchool {

    public static final String EMIS_CODE = "DEMO-0001";
    public static final String CLASS_CODE = "HZDEM4";
    /** Lahore, in the shipped district list. */
    public static final String DISTRICT_CODE = "PB-LHR";
    /** The ministry official of the demo school's province (Punjab). */
    public static final String PROVINCE_OFFICIAL = "province";
    /** The ministry official of the demo school's district (Lahore). */
    public static final String DISTRICT_OFFICIAL = "district";

    static final String[] PUPILS = {
        "Ayesha K.",
        "Bilal A.",
        "Zainab R.",
        "Hamza S.",
        "Fatima N.",
        "Ali H.",
        "Sana M.",
        "Usman T.",
        "Maryam J.",
        "Ahmed Z.",
        "Hira B.",
        "Omar F.",
        "Iqra P.",
        "Saad Q.",
        "Noor G.",
        "Hassan W.",
        "Amna D.",
        "Danish Y.",
        "Mahnoor C.",
        "Zaid L.",
        "Rabia E.",
        "Fahad U.",
        "Areeba V.",
        "Talha I.",
        "Kinza O.",
        "Rayan X.",
        "Laiba K.",
        "Shayan M.",
        "Anaya R.",
        "Musa S."
    };

    private static final Logger LOG = Logger.getLogger(DemoSchool.class);

    @Inject
    DemoConfig config;

    @Inject
    ServerKeys keys;

    @Inject
    AssignmentService assignments;

    /** Band B modules (grades 3-5) the demo class starts with. */
    static final List<String> DEMO_MODULES = List.of("strangers-b", "cyberbullying-b", "identity-b", "privacy-b");

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            createIfMissing();
            LOG.info(banner());
        }
    }

    @Transactional
    void createIfMissing() {
        if (School.findByEmisCode(EMIS_CODE).isEmpty()) {
            createSchool();
        }
        addRegionalOfficials();
    }

    /**
     * The province and district officials of the demo school's region, added on their own so that a demo database
     * made before they existed gains them too.
     */
    private void addRegionalOfficials() {
        District district = District.findByCode(DISTRICT_CODE).orElseThrow();
        String hash = null;
        if (AdultAccount.findByUsername(PROVINCE_OFFICIAL).isEmpty()) {
            hash = BcryptUtil.bcryptHash(config.password());
            AdultAccount province = account(
                    PROVINCE_OFFICIAL, "Mr Imran Malik", Role.MINISTRY, ScopeType.PROVINCE, hash, LocalDateTime.now());
            province.province = district.province;
        }
        if (AdultAccount.findByUsername(DISTRICT_OFFICIAL).isEmpty()) {
            hash = hash == null ? BcryptUtil.bcryptHash(config.password()) : hash;
            AdultAccount official = account(
                    DISTRICT_OFFICIAL,
                    "Ms Nadia Hussain",
                    Role.MINISTRY,
                    ScopeType.DISTRICT,
                    hash,
                    LocalDateTime.now());
            official.district = district;
        }
    }

    private void createSchool() {
        LocalDateTime now = LocalDateTime.now();
        // Lahore comes from the shipped district list, loaded before this runs (RegionData.START_PRIORITY).
        District district = District.findByCode(DISTRICT_CODE)
                .orElseThrow(() -> new IllegalStateException("District " + DISTRICT_CODE + " is not loaded"));
        School school = new School();
        school.district = district;
        school.emisCode = EMIS_CODE;
        school.name = "Demo Government Primary School, Model Town";
        school.level = "primary";
        school.locality = "urban";
        school.createdAt = now;
        school.persist();

        String hash = BcryptUtil.bcryptHash(config.password());
        AdultAccount teacher = account("teacher", "Miss Ayesha Khan", Role.TEACHER, ScopeType.SCHOOL, hash, now);
        teacher.school = school;
        AdultAccount head = account("head", "Mr Bilal Ahmed", Role.SCHOOL_ADMIN, ScopeType.SCHOOL, hash, now);
        head.school = school;
        account("ministry", "Ms Sana Qureshi", Role.MINISTRY, ScopeType.NATIONAL, hash, now);
        account("admin", "System Admin", Role.ADMIN, ScopeType.NATIONAL, hash, now);

        SchoolClass grade4 = new SchoolClass();
        grade4.school = school;
        grade4.teacher = teacher;
        grade4.grade = 4;
        grade4.section = "A";
        grade4.classCode = CLASS_CODE;
        grade4.language = "ur";
        grade4.createdAt = now;
        grade4.persist();
        for (int i = 0; i < PUPILS.length; i++) {
            Pupil pupil = new Pupil();
            pupil.schoolClass = grade4;
            pupil.displayName = PUPILS[i];
            pupil.signInKind = "picture";
            pupil.signInSecret = keys.pupilSecretHash(grade4.id, picturesOf(i));
            pupil.createdAt = now;
            pupil.persist();
        }
        LocalDate today = LocalDate.now();
        for (String module : DEMO_MODULES) {
            assignments.assign(grade4.id, module, today.minusDays(1), today.plusDays(30), teacher.id);
        }
    }

    /** The demo pupil's picture pair: fixed, so the README and the start-up banner can list them. */
    static String picturesOf(int pupilIndex) {
        String first = Pictures.IDS.get(pupilIndex % 16);
        String second = Pictures.IDS.get((pupilIndex * 7 + 3) % 16);
        if (first.equals(second)) {
            second = Pictures.IDS.get((pupilIndex + 1) % 16);
        }
        return Pictures.secretOf(first, second);
    }

    private static AdultAccount account(
            String username, String name, Role role, ScopeType scope, String hash, LocalDateTime now) {
        AdultAccount account = new AdultAccount();
        account.username = username;
        account.displayName = name;
        account.passwordHash = hash;
        account.role = role;
        account.scopeType = scope;
        account.language = "en";
        account.active = true;
        account.createdAt = now;
        account.persist();
        return account;
    }

    String banner() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Hifazat demo school is ready. Open http://localhost:" + port + "/");
        lines.add("  Adults sign in at http://localhost:" + port + "/sign-in (password: " + config.password() + ")");
        lines.add("    teacher   - class teacher of grade 4-A");
        lines.add("    head      - head teacher (school admin)");
        lines.add("    ministry  - ministry official, national scope");
        lines.add("    province  - ministry official, Punjab only");
        lines.add("    district  - ministry official, Lahore district only");
        lines.add("    admin     - system admin");
        lines.add("  Pupils: class code " + CLASS_CODE + ", e.g. " + PUPILS[0] + " (" + picturesOf(0) + "), "
                + PUPILS[1] + " (" + picturesOf(1) + "), " + PUPILS[2] + " (" + picturesOf(2) + ")");
        return String.join(System.lineSeparator(), lines);
    }
}
