package dev.goose.cache;

/** The kinds of data read caches hold; a committed write to one makes every cache that reads it stale. */
public enum Region {
    /** People, teams, roles, sessions and tokens: who someone is and whom they may see. */
    PEOPLE,
    /** Pipelines, stages, deals, their ticks and stage history. */
    DEALS,
    /** Published playbooks, their versions and who has acknowledged them. */
    PLAYBOOKS,
    /** Onboarding enrollments and their checklists. */
    ONBOARDING,
    /** KPI definitions, targets, measurements and their corrections. */
    KPIS
}
