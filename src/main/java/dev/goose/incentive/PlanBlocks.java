package dev.goose.incentive;

import dev.goose.incentive.plan.PlanBlock;
import jakarta.enterprise.context.ApplicationScoped;

/** Offers the playbook parser the incentive feature's {@code plan} block, so that plans are read where they are written. */
@ApplicationScoped
public class PlanBlocks extends PlanBlock {
}
