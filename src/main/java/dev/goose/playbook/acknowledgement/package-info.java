/**
 * Read acknowledgements: who must read which published playbook version, what changed since the
 * version they last acknowledged, recording that they read it, and who has not yet, for managers.
 */
package dev.goose.playbook.acknowledgement;
