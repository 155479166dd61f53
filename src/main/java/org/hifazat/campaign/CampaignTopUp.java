package org.hifazat.campaign;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.hifazat.classes.ClassOpened;
import org.jboss.logging.Logger;

/**
 * Classes opened while a campaign runs: reached in the transaction that opens them, and by a scheduled top-up for
 * classes written another way. Several instances may top up at once: the campaign_class key lets a class be reached
 * once, and an instance that loses the race tries again next time.
 */
@ApplicationScoped
public class CampaignTopUp {

    private static final Logger LOG = Logger.getLogger(CampaignTopUp.class);

    @Inject
    CampaignService campaigns;

    void onClassOpened(@Observes ClassOpened event) {
        campaigns.reachClass(event.classId());
    }

    @Scheduled(
            identity = "campaign-top-up",
            every = "${hifazat.campaigns.top-up-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        topUpAll();
    }

    /** Tops up every campaign still reaching classes, each in its own transaction; returns the classes reached. */
    public int topUpAll() {
        List<Campaign> reaching = QuarkusTransaction.requiringNew().call(() -> Campaign.listReaching(LocalDate.now()));
        int reached = 0;
        for (Campaign campaign : reaching) {
            try {
                reached += QuarkusTransaction.requiringNew()
                        .call(() -> campaigns.topUp(campaign).classes());
            } catch (RuntimeException e) {
                LOG.warnf("Campaign %d: top-up failed (%s); trying again next time", campaign.id, e.getMessage());
            }
        }
        return reached;
    }
}
