package dev.goose.web;

import java.util.Map;

/**
 * The one-line confirmations shown after a redirect ({@code ?done=deactivated}). Only known keys
 * produce text, so the address cannot be used to put words on a Goose page.
 */
public final class Notice {

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("saved", "Saved."),
            Map.entry("created", "Created."),
            Map.entry("deactivated", "Deactivated."),
            Map.entry("reactivated", "Reactivated."),
            Map.entry("unlocked", "Unlocked: they can sign in again."),
            Map.entry("published", "Published."),
            Map.entry("synced", "Folder synced."),
            Map.entry("submitted", "Submitted for review."),
            Map.entry("approved", "Approved: it can be published."),
            Map.entry("sent-back", "Sent back to the author with your comment."),
            Map.entry("discarded", "Draft discarded."),
            Map.entry("moved", "Moved on."),
            Map.entry("moved-open", "Moved on, with exit items of the previous stage still open."),
            Map.entry("closed", "Closed."),
            Map.entry("credit-split", "Saved: pay credits each person their share of the deal from now on."),
            Map.entry("imported", "Imported."),
            Map.entry("default", "Done: new deals and the board now start from this pipeline."),
            Map.entry("acknowledged", "Acknowledged: thank you for reading it."),
            Map.entry("item-done", "Ticked."),
            Map.entry("item-signed-off", "Signed off."),
            Map.entry("item-sent-back", "Sent back with your comment."),
            Map.entry("item-skipped", "Skipped."),
            Map.entry("item-reopened", "Reopened."),
            Map.entry("due-moved", "Due dates moved."),
            Map.entry("enrolled", "Enrolled."),
            Map.entry("ended", "Ended: the target no longer applies after this period."),
            Map.entry("plan-accepted", "Accepted: your signature and the time are recorded with this version of your plan."),
            Map.entry("plan-assigned", "Assigned: their statements are computed by this plan from its first day."),
            Map.entry("removed", "Removed."),
            Map.entry("statement-approved", "Approved: the statement waits for the period to close, and asks for approval again if its lines change."),
            Map.entry("dispute-opened", "Disputed: your manager sees the line and your comment, and answers here."),
            Map.entry("dispute-answered", "Sent."),
            Map.entry("dispute-resolved", "Resolved: the rep sees the answer, and any adjustment is on their statement."),
            Map.entry("rate-entered", "Entered: deals won that month in that currency are credited at this rate."),
            Map.entry("period-closed", "Closed: its statements are kept as they are, and payroll can be exported."),
            Map.entry("deleted", "Deleted."));

    private Notice() {
    }

    /** The message for a key, or null for none or an unknown one. */
    public static String of(String key) {
        return key == null ? null : MESSAGES.get(key);
    }
}
