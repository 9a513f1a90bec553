/**
 * What every page and API shares: the layout, protection against
 * cross-site request forgery, cross-origin access for the embed API only, and the one place where
 * errors become problem+json or an error page.
 */
package dev.goose.web;
