package org.regionaltc.pipeline;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.regionaltc.funding.Usd;
import org.regionaltc.system.Pure;
import org.regionaltc.system.Money;

/**
 * The pipeline in USD: every proposal still counted (rejected and withdrawn ones are not) at its amount, and
 * weighted by the probability of its stage. Each amount converts with today's rate; the weighted total is
 * rounded half-up to the cent once, at the end.
 */
@Pure
public record PipelineValue(BigDecimal totalUsd, BigDecimal weightedUsd, Map<Stage, BigDecimal> weightedByStage) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static PipelineValue of(List<Proposal> proposals, Map<Stage, BigDecimal> probabilities,
            Function<String, BigDecimal> usdPerUnit) {
        BigDecimal total = BigDecimal.ZERO;
        Map<Stage, BigDecimal> byStage = new EnumMap<>(Stage.class);
        for (Proposal p : proposals) {
            if (p.stage() == Stage.REJECTED || p.stage() == Stage.WITHDRAWN) {
                continue;
            }
            BigDecimal usd = Usd.convert(p.amount(), usdPerUnit.apply(p.currency()));
            total = total.add(usd);
            byStage.merge(p.stage(), usd.multiply(probabilities.getOrDefault(p.stage(), BigDecimal.ZERO)).divide(HUNDRED),
                BigDecimal::add);
        }
        BigDecimal weighted = byStage.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        byStage.replaceAll((stage, value) -> Money.usd(value));
        return new PipelineValue(Money.usd(total), Money.usd(weighted),
            byStage);
    }
}
