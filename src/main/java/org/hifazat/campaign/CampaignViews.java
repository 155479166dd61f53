package org.hifazat.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Module;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.ScopeType;
import org.hifazat.school.District;
import org.hifazat.school.Province;

/** What the campaign pages show, read inside a transaction (templates render after it has ended). */
@ApplicationScoped
@Transactional
public class CampaignViews {

    /** A campaign as the list and its page show it. */
    public record CampaignView(
            long id,
            String name,
            String moduleTitle,
            String grades,
            String region,
            LocalDate startsOn,
            LocalDate endsOn,
            String statusKey,
            long classes,
            boolean mayWithdraw,
            boolean mayEnd) {}

    /**
     * A campaign on the regional dashboard: its progress within the area being viewed (small counts hidden), and
     * whether the viewer may open its own page.
     */
    public record AreaCampaign(CampaignView campaign, ShownProgress.Figures figures, boolean linked) {}

    /** Campaigns on a dashboard: at most this many, and ended ones only for this many days after their end. */
    static final int AREA_CAMPAIGNS = 5;

    static final int AREA_ENDED_DAYS = 90;

    /** A module an official may run a campaign with. */
    public record ModuleChoice(String id, String title, String band, int firstGrade, int lastGrade) {}

    /** A region in the form's list: its value ("province:PB") and name; districts are indented under provinces. */
    public record RegionChoice(String value, String label, boolean district) {}

    @Inject
    CurriculumService curriculum;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignProgress progress;

    @Inject
    EntityManager em;

    public List<CampaignView> list(AdultAccount official, boolean urdu) {
        List<Campaign> visible = campaigns.visibleTo(official);
        Map<Long, Long> reached = reachedCounts(visible.stream().map(c -> c.id).toList());
        return visible.stream()
                .map(c -> view(c, reached.getOrDefault(c.id, 0L), urdu))
                .toList();
    }

    public CampaignView view(Campaign campaign, boolean urdu) {
        long reached = ((Number) em.createNativeQuery("select count(*) from campaign_class where campaign_id = :c")
                        .setParameter("c", campaign.id)
                        .getSingleResult())
                .longValue();
        return view(campaign, reached, urdu);
    }

    /**
     * The campaigns that reach an area (given by level and ids, as far as they apply), running ones first and then
     * those ended lately, each with its figures for the area alone. The caller has checked that the viewer may see
     * the area; a campaign's page is linked only when its whole region lies within the viewer's own scope.
     */
    public List<AreaCampaign> inArea(
            AdultAccount viewer, ScopeType level, Long provinceId, Long districtId, Long schoolId, boolean urdu) {
        LocalDate today = LocalDate.now();
        List<Campaign> found = new ArrayList<>(Campaign.listOverlapping(
                level, provinceId, districtId, schoolId, today, today.minusDays(AREA_ENDED_DAYS), 2 * AREA_CAMPAIGNS));
        found.sort(Comparator.comparing((Campaign c) -> !c.reachingOn(today)));
        List<Campaign> shown = found.subList(0, Math.min(AREA_CAMPAIGNS, found.size()));
        Long areaId =
                switch (level) {
                    case NATIONAL -> null;
                    case PROVINCE -> provinceId;
                    case DISTRICT -> districtId;
                    case SCHOOL -> schoolId;
                };
        Map<Long, CampaignProgress.Row> rows =
                progress.inArea(shown.stream().map(c -> c.id).toList(), level, areaId);
        Region own = Region.scopeOf(AdultAccount.findById(viewer.id)).orElse(null);
        // the view's classes are those reached within the area
        return shown.stream()
                .map(c -> new AreaCampaign(
                        view(c, rows.get(c.id).classes(), urdu),
                        ShownProgress.alone(rows.get(c.id)),
                        own != null && Region.of(c).within(own)))
                .toList();
    }

    /** Pupil modules with a band, in catalogue order. */
    public List<ModuleChoice> modules(boolean urdu) {
        return curriculum.catalogue().modules().stream()
                .filter(m -> m.audience() == Audience.PUPIL && m.band() != null)
                .sorted(Comparator.comparing((Module m) -> m.band().name()).thenComparing(Module::id))
                .map(m -> new ModuleChoice(
                        m.id(),
                        urdu ? m.title().ur() : m.title().en(),
                        m.band().name(),
                        m.band().firstGrade(),
                        m.band().lastGrade()))
                .toList();
    }

    /** The nation, provinces and districts within the official's scope, for the form's list. */
    public List<RegionChoice> regions(AdultAccount official, boolean urdu) {
        List<RegionChoice> choices = new ArrayList<>();
        official = AdultAccount.findById(official.id);
        Region scope = Region.scopeOf(official).orElse(null);
        if (scope == null) {
            return choices;
        }
        switch (scope.type()) {
            case NATIONAL -> {
                choices.add(new RegionChoice("national", scope.name(urdu), false));
                for (Province p : Province.listByName()) {
                    addProvince(choices, p, urdu);
                }
            }
            case PROVINCE -> addProvince(choices, official.province, urdu);
            case DISTRICT -> {
                District d = official.district;
                choices.add(new RegionChoice("district:" + d.code, d.name(urdu), false));
            }
            case SCHOOL -> {}
        }
        return choices;
    }

    private static void addProvince(List<RegionChoice> choices, Province p, boolean urdu) {
        choices.add(new RegionChoice("province:" + p.code, p.name(urdu), false));
        for (District d : District.listInProvince(p)) {
            choices.add(new RegionChoice("district:" + d.code, d.name(urdu), true));
        }
    }

    private CampaignView view(Campaign c, long reached, boolean urdu) {
        LocalDate today = LocalDate.now();
        String title = curriculum
                .module(c.moduleId)
                .map(m -> urdu ? m.title().ur() : m.title().en())
                .orElse(c.moduleId);
        String status;
        if (Campaign.WITHDRAWN.equals(c.status)) {
            status = "campaign_status_withdrawn";
        } else if (Campaign.ENDED.equals(c.status)) {
            status = "campaign_status_ended";
        } else if (c.startsOn.isAfter(today)) {
            status = "campaign_status_planned";
        } else if (c.endsOn.isBefore(today)) {
            status = "campaign_status_finished";
        } else {
            status = "campaign_status_running";
        }
        return new CampaignView(
                c.id,
                c.name,
                title,
                gradesText(c.gradeList()),
                Region.of(c).name(urdu),
                c.startsOn,
                c.endsOn,
                status,
                reached,
                c.active() && !c.endsOn.isBefore(today),
                c.active() && !c.startsOn.isAfter(today) && c.endsOn.isAfter(today));
    }

    /** "3-5" for a run, "1, 3, 7" otherwise. */
    static String gradesText(List<Integer> grades) {
        boolean run = grades.size() > 2 && grades.get(grades.size() - 1) - grades.get(0) == grades.size() - 1;
        if (run) {
            return grades.get(0) + "–" + grades.get(grades.size() - 1);
        }
        return String.join(", ", grades.stream().map(String::valueOf).toList());
    }

    /** Classes reached by each of these campaigns: a range of the campaign_class key each, not the whole table. */
    private Map<Long, Long> reachedCounts(List<Long> campaignIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select campaign_id, count(*) from campaign_class"
                        + " where campaign_id in (:campaigns) group by campaign_id")
                .setParameter("campaigns", campaignIds)
                .getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }
}
