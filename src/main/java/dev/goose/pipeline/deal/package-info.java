/**
 * Deals: their owner, amount and stage history, the stage guides and exit checklist a deal shows,
 * ticks of that checklist, the board, the list and call mode.
 */
package dev.goose.pipeline.deal;
