package org.hifazat.campaign;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hifazat.assignment.AssignmentService;
import org.hifazat.audit.AuditLog;
import org.hifazat.classes.ClassAccess;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Band;
import org.hifazat.curriculum.model.Module;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.ScopeType;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.school.School;

/**
 * Starting, topping up, withdrawing and ending campaigns. Reaching classes is two set-based statements whatever the
 * number of classes (a national campaign reaches tens of thousands): one records the classes reached, one gives
 * those without the module their assignment.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    /** The region's filter on school_class c, school s, district d; the region's id is bound as :region. */
    static String regionFilter(ScopeType type) {
        return switch (type) {
            case NATIONAL -> "";
            case PROVINCE -> " and d.province_id = :region";
            case DISTRICT -> " and s.district_id = :region";
            case SCHOOL -> " and c.school_id = :region";
        };
    }

    /**
     * Records every open class of the grades in the region that the campaign has not reached yet. A class that has
     * the module, not withdrawn, in a window overlapping the campaign's is reached as 'existing' and gets no second
     * assignment.
     */
    private static final String REACH = "insert into campaign_class (campaign_id, class_id, covered_by, added_at)"
            + " select :campaign, c.id, case when exists (select 1 from assignment a where a.class_id = c.id"
            + " and a.module_id = :module and a.withdrawn = false and a.starts_on <= :ends and a.ends_on >= :starts)"
            + " then 'existing' else 'campaign' end, :now"
            + " from school_class c join school s on s.id = c.school_id join district d on d.id = s.district_id"
            + " where c.archived = false and c.grade in (:grades)%s%s"
            + " and not exists (select 1 from campaign_class x where x.campaign_id = :campaign and x.class_id = c.id)";

    /** Gives the module to every class the campaign reached as its own and has not given it to yet. */
    private static final String ASSIGN = "insert into assignment (class_id, module_id, starts_on, ends_on, assigned_by,"
            + " campaign_id, withdrawn, created_at)"
            + " select x.class_id, :module, :starts, :ends, :by, :campaign, false, :now from campaign_class x"
            + " where x.campaign_id = :campaign and x.covered_by = 'campaign'%s"
            + " and not exists (select 1 from assignment a where a.campaign_id = :campaign and a.class_id = x.class_id)";

    /** What one fan-out did: classes newly reached, and of those how many got an assignment of their own. */
    public record Reach(int classes, int assigned) {}

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CurriculumService curriculum;

    @Inject
    AssignmentService assignments;

    /**
     * Starts a campaign and reaches every matching class, all or nothing.
     *
     * @throws CampaignForm.Problem for an unknown module or region, or grades outside the module's band
     * @throws ForbiddenException when the region lies outside the official's scope
     */
    public Campaign create(long officialId, CampaignForm form, String regionSpec, String actor) {
        AdultAccount official = AdultAccount.findById(officialId);
        Module module = curriculum
                .module(form.moduleId())
                .filter(m -> m.audience() == Audience.PUPIL && m.band() != null)
                .orElseThrow(() -> new CampaignForm.Problem("campaign_problem_module"));
        Band band = module.band();
        if (form.grades().first() < band.firstGrade() || form.grades().last() > band.lastGrade()) {
            throw new CampaignForm.Problem("campaign_problem_band", band.firstGrade(), band.lastGrade());
        }
        Region region;
        try {
            region = Region.parse(regionSpec);
        } catch (Region.Unknown e) {
            throw new CampaignForm.Problem("campaign_problem_region");
        }
        Region scope = Region.scopeOf(official).orElseThrow(ForbiddenException::new);
        if (!region.within(scope)) {
            throw new ForbiddenException();
        }
        Campaign campaign = new Campaign();
        campaign.name = form.name();
        campaign.moduleId = module.id();
        campaign.grades = form.gradesText();
        campaign.regionType = region.type();
        campaign.province = region.type() == ScopeType.PROVINCE ? Province.findById(region.provinceId()) : null;
        campaign.district = region.type() == ScopeType.DISTRICT ? District.findById(region.districtId()) : null;
        campaign.school = region.type() == ScopeType.SCHOOL ? School.findById(region.schoolId()) : null;
        campaign.startsOn = form.startsOn();
        campaign.endsOn = form.endsOn();
        campaign.status = Campaign.ACTIVE;
        campaign.createdBy = official;
        campaign.createdAt = LocalDateTime.now();
        campaign.persist();
        Reach reach = reach(campaign, null);
        audit.record(
                actor,
                "campaign-created",
                "campaign",
                campaign.id.toString(),
                campaign.name + "; module " + campaign.moduleId + "; grades " + campaign.grades + "; region "
                        + region.nameEn() + "; " + campaign.startsOn + " to " + campaign.endsOn + "; "
                        + reach.classes() + " classes reached, " + reach.assigned() + " assigned");
        return campaign;
    }

    /** Reaches the classes that match the campaign now and were not reached before: all of them, or just one. */
    Reach reach(Campaign campaign, Long onlyClassId) {
        em.flush();
        Region region = Region.of(campaign);
        LocalDateTime now = LocalDateTime.now();
        Query reach = em.createNativeQuery(REACH.formatted(
                        regionFilter(campaign.regionType), onlyClassId == null ? "" : " and c.id = :onlyClass"))
                .setParameter("campaign", campaign.id)
                .setParameter("module", campaign.moduleId)
                .setParameter("starts", campaign.startsOn)
                .setParameter("ends", campaign.endsOn)
                .setParameter("grades", campaign.gradeList())
                .setParameter("now", now);
        if (region.id() != null) {
            reach.setParameter("region", region.id());
        }
        if (onlyClassId != null) {
            reach.setParameter("onlyClass", onlyClassId);
        }
        int classes = reach.executeUpdate();
        if (classes == 0) {
            return new Reach(0, 0);
        }
        Query assign = em.createNativeQuery(ASSIGN.formatted(onlyClassId == null ? "" : " and x.class_id = :onlyClass"))
                .setParameter("campaign", campaign.id)
                .setParameter("module", campaign.moduleId)
                .setParameter("starts", campaign.startsOn)
                .setParameter("ends", campaign.endsOn)
                .setParameter("by", campaign.createdBy.id)
                .setParameter("now", now);
        if (onlyClassId != null) {
            assign.setParameter("onlyClass", onlyClassId);
        }
        Reach reached = new Reach(classes, assign.executeUpdate());
        assignments.forgetOpen();
        return reached;
    }

    /** Reaches the classes opened since the last top-up, for every campaign still running or planned. */
    public Reach topUp(Campaign campaign) {
        Campaign managed = Campaign.findById(campaign.id);
        if (managed == null || !managed.reachingOn(LocalDate.now())) {
            return new Reach(0, 0);
        }
        Reach reach = reach(managed, null);
        if (reach.classes() > 0) {
            audit.record(
                    "system",
                    "campaign-topped-up",
                    "campaign",
                    managed.id.toString(),
                    reach.classes() + " classes reached, " + reach.assigned() + " assigned");
        }
        return reach;
    }

    /** A class just opened (created or restored) joins every running campaign it matches. */
    public void reachClass(long classId) {
        for (Campaign campaign : Campaign.listReaching(LocalDate.now())) {
            Reach reach = reach(campaign, classId);
            if (reach.classes() > 0) {
                audit.record(
                        "system",
                        "campaign-class-reached",
                        "campaign",
                        campaign.id.toString(),
                        "class " + classId + (reach.assigned() > 0 ? " assigned" : " had the module already"));
            }
        }
    }

    /** Withdraws or ends today the campaign with this id, if it lies within the official's scope (else 404). */
    public void close(long officialId, String campaignId, boolean withdraw, String actor) {
        AdultAccount official = AdultAccount.findById(officialId);
        Campaign campaign = visible(official, campaignId);
        if (withdraw) {
            withdraw(campaign, official, actor);
        } else {
            endToday(campaign, official, actor);
        }
    }

    /** Takes the campaign's assignments away from pupils' lists; progress made is kept. */
    public int withdraw(Campaign campaign, AdultAccount official, String actor) {
        if (!campaign.active()) {
            throw new CampaignForm.Problem("campaign_problem_closed");
        }
        campaign.status = Campaign.WITHDRAWN;
        campaign.closedBy = official;
        campaign.closedAt = LocalDateTime.now();
        em.flush();
        int withdrawn = em.createNativeQuery(
                        "update assignment set withdrawn = true where campaign_id = :campaign and withdrawn = false")
                .setParameter("campaign", campaign.id)
                .executeUpdate();
        assignments.forgetOpen();
        audit.record(
                actor, "campaign-withdrawn", "campaign", campaign.id.toString(), withdrawn + " assignments withdrawn");
        return withdrawn;
    }

    /** Ends a running campaign today: its window and its assignments' windows close; pupils may still finish. */
    public int endToday(Campaign campaign, AdultAccount official, String actor) {
        LocalDate today = LocalDate.now();
        if (!campaign.active() || !campaign.endsOn.isAfter(today)) {
            throw new CampaignForm.Problem("campaign_problem_closed");
        }
        if (campaign.startsOn.isAfter(today)) {
            throw new CampaignForm.Problem("campaign_problem_not_started");
        }
        campaign.status = Campaign.ENDED;
        campaign.endsOn = today;
        campaign.closedBy = official;
        campaign.closedAt = LocalDateTime.now();
        em.flush();
        int ended = em.createNativeQuery("update assignment set ends_on = :today where campaign_id = :campaign"
                        + " and withdrawn = false and ends_on > :today and starts_on <= :today")
                .setParameter("campaign", campaign.id)
                .setParameter("today", today)
                .executeUpdate();
        assignments.forgetOpen();
        audit.record(actor, "campaign-ended", "campaign", campaign.id.toString(), ended + " assignments end today");
        return ended;
    }

    /** The campaigns whose region lies within the official's scope, newest first. */
    public List<Campaign> visibleTo(AdultAccount official) {
        Optional<Region> scope = Region.scopeOf(official);
        if (scope.isEmpty()) {
            return List.of();
        }
        return Campaign.listNewestFirst().stream()
                .filter(c -> Region.of(c).within(scope.get()))
                .toList();
    }

    /** The campaign with this id (as typed in an address) if it lies within the official's scope; else 404. */
    public Campaign visible(AdultAccount official, String id) {
        Region scope = Region.scopeOf(official).orElseThrow(NotFoundException::new);
        return ClassAccess.parseId(id)
                .flatMap(i -> Campaign.<Campaign>findByIdOptional(i))
                .filter(c -> Region.of(c).within(scope))
                .orElseThrow(NotFoundException::new);
    }
}
