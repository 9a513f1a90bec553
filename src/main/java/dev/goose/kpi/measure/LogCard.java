package dev.goose.kpi.measure;

import dev.goose.web.Html;

/**
 * The "+1" block as HTML: the confirmation of what was just logged with its undo, an error if
 * any, and the form of buttons. Written in Java rather than a template because the deal page shows
 * it on every view and is served from memory, where each template expression counts.
 *
 * @param deal    the deal logged for, or empty
 * @param back    the path to come back to without JavaScript
 * @param reload  whether a click reloads the page (to show new numbers) rather than swap the block
 * @param buttons the buttons, already written, one per KPI
 */
record LogCard(String deal, String back, boolean reload, String csrf, LogConfirmation shown, String error, String buttons) {

    String html() {
        StringBuilder html = new StringBuilder(1536).append("<div class=\"log-activity\" id=\"log-activity\">");
        if (shown != null) {
            html.append("<div class=\"notice log-done\" role=\"status\" id=\"log-confirmation\"><span>")
                    .append(Html.escape(shown.text())).append("</span>");
            if (!shown.undone()) {
                String action = "/kpis/measurements/" + shown.id() + "/corrections";
                html.append("<span aria-hidden=\"true\">&mdash;</span>");
                form(html, action, "undo-form");
                html.append("<input type=\"hidden\" name=\"value\" value=\"0\"><input type=\"hidden\" name=\"reason\" value=\"Undone\">")
                        .append("<button type=\"submit\" class=\"link-button\" id=\"undo-").append(shown.id()).append("\">undo</button></form>");
            }
            html.append("</div>");
        }
        if (error != null && !error.isBlank()) {
            html.append("<p class=\"error\" role=\"alert\" id=\"log-error\">").append(Html.escape(error)).append("</p>");
        }
        form(html, "/kpis/log", "log-buttons");
        return html.append("<div class=\"log-row\">").append(buttons).append("</div><input name=\"note\" maxlength=\"500\"")
                .append(" placeholder=\"Note (optional)\" aria-label=\"Note for what you log\" class=\"log-note\"></form></div>")
                .toString();
    }

    /** Opens a form posting to the action, swapped in place by htmx unless the page reloads, with its hidden fields. */
    private void form(StringBuilder html, String action, String cssClass) {
        html.append("<form method=\"post\" action=\"").append(action).append("\" ");
        if (!reload) {
            html.append("hx-post=\"").append(action).append("\" hx-target=\"closest .log-activity\" hx-swap=\"outerHTML\" ");
        }
        html.append("class=\"").append(cssClass).append("\"><input type=\"hidden\" name=\"_csrf\" value=\"").append(Html.escape(csrf))
                .append("\"><input type=\"hidden\" name=\"back\" value=\"").append(Html.escape(back)).append("\">");
        if (!deal.isEmpty()) {
            html.append("<input type=\"hidden\" name=\"deal\" value=\"").append(Html.escape(deal)).append("\">");
        }
    }
}
