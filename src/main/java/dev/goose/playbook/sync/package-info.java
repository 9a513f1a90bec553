/**
 * The folder sync: playbooks in a folder published at start and on demand, once per cluster, with a
 * report of what each file gave and why any file was refused.
 */
package dev.goose.playbook.sync;
