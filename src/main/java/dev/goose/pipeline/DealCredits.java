package dev.goose.pipeline;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.goose.pipeline.deal.Deal;

/** Reads the credit splits of deals for the door: each deal's shares by person, its owner in full where none was set. */
final class DealCredits {

    static final BigDecimal FULL = BigDecimal.valueOf(100);

    private DealCredits() {
    }

    /** @param owners each deal's owner, by deal id */
    static Map<Long, Map<Long, BigDecimal>> sharesOf(Collection<Long> dealIds, Map<Long, Long> owners) {
        Map<Long, Map<Long, BigDecimal>> shares = new HashMap<>();
        if (!dealIds.isEmpty()) {
            Deal.getEntityManager().createQuery("select c.dealId, c.personId, c.percent from DealCredit c where c.dealId in :deals", Object[].class)
                    .setParameter("deals", dealIds).getResultList()
                    .forEach(r -> shares.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (BigDecimal) r[2]));
        }
        for (Long deal : dealIds) {
            shares.computeIfAbsent(deal, k -> new HashMap<>(Map.of(owners.get(deal), FULL)));
        }
        return shares;
    }
}
