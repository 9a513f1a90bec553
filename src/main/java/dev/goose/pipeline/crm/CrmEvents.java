package dev.goose.pipeline.crm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.goose.errors.InvalidInput;
import dev.goose.time.Dates;
import dev.goose.web.Text;

/**
 * Reads a delivery into events, one per HubSpot event or Goose JSON deal. An event that cannot be
 * read carries its problem instead of failing the delivery, so that the rest of it is applied.
 * No framework here: the rules are tested without Quarkus.
 */
final class CrmEvents {

    static final String HUBSPOT = "hubspot";
    static final String GOOSE = "goose";
    static final int MAX_PAYLOAD = 300_000;
    /** What a deal's amount column holds: 19 digits, 2 of them decimals. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e17");
    /** The HubSpot deal properties Goose reads, besides the margin property a source may name. */
    static final List<String> HUBSPOT_PROPERTIES = List.of("dealstage", "dealname", "amount", "closedate");

    private CrmEvents() {
    }

    /**
     * One deal's change from a delivery: only the fields it names. {@code at} says where it was in
     * the delivery ("[3]", "deals[2]"); {@code raw} is its JSON, kept if it is skipped; {@code property}
     * is the HubSpot property it changes, whose time ({@code occurredAt}, Unix ms) orders it. A HubSpot
     * change of the source's margin property with no value clears the margin ({@code margin} null).
     */
    record Event(String format, String at, String raw, String eventId, String externalId, Long occurredAt, String property,
            boolean creation, String name, String account, BigDecimal amount, BigDecimal margin, String currency, String ownerEmail, String pipeline,
            String stage, LocalDate expectedClose, String nextStep, String problem) {
    }

    /**
     * HubSpot's array of events; those about other objects, or properties Goose does not keep, are left out.
     *
     * @param marginProperty the deal property the source keeps the gross margin in, or null
     */
    static List<Event> hubspot(JsonNode events, String marginProperty) {
        List<Event> read = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = hubspotEvent(events.get(i), "[" + i + "]", marginProperty);
            if (event != null) {
                read.add(event);
            }
        }
        return read;
    }

    /** Goose's {"deals": [...]}; a body of another shape holds no deal to skip, so it is refused whole. */
    static List<Event> goose(JsonNode root) {
        JsonNode deals = root.path("deals");
        if (!deals.isArray()) {
            throw InvalidInput.of("deals", "The body must be {\"deals\": [...]} or HubSpot's array of events.");
        }
        List<Event> read = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            read.add(gooseDeal(deals.get(i), "deals[" + i + "]"));
        }
        return read;
    }

    /**
     * One HubSpot event: deal.creation, or deal.propertyChange of dealstage, dealname, amount,
     * closedate or the source's margin property (an event without subscriptionType counts as a property
     * change). Null for anything else: other objects (an app's subscription may cover contacts),
     * deletions, merges.
     */
    static Event hubspotEvent(JsonNode event, String at, String marginProperty) {
        if (event == null || !event.isObject()) {
            return problem(HUBSPOT, at, event, null, null, null, "Each event must be a JSON object.");
        }
        String type = text(event, "subscriptionType");
        boolean creation = "deal.creation".equals(type);
        if (type != null && !creation && !"deal.propertyChange".equals(type)) {
            return null;
        }
        String property = creation ? null : text(event, "propertyName");
        boolean margin = !creation && property != null && property.equals(marginProperty);
        if (!creation && !margin && !HUBSPOT_PROPERTIES.contains(property == null ? "" : property)) {
            return null;
        }
        String id = text(event, "objectId");
        String eventId = text(event, "eventId");
        JsonNode time = event.get("occurredAt");
        Long occurredAt = time != null && time.canConvertToLong() ? Long.valueOf(time.asLong())
                : time != null && time.isTextual() && time.asText().strip().matches("\\d{1,15}") ? Long.valueOf(time.asText().strip()) : null;
        if (id == null) {
            return problem(HUBSPOT, at, event, eventId, property, occurredAt, "Each event needs the deal's objectId.");
        }
        if (eventId != null && eventId.length() > 50) {
            return problem(HUBSPOT, at, event, eventId, property, occurredAt, "Use an eventId of at most 50 characters.");
        }
        if (time != null && !time.isNull() && occurredAt == null) {
            return problem(HUBSPOT, at, event, eventId, property, null, "occurredAt must be the time in Unix milliseconds.");
        }
        String value = text(event, "propertyValue");
        String name = null;
        String stage = null;
        BigDecimal amount = null;
        BigDecimal marginValue = null;
        LocalDate close = null;
        String problem = null;
        try {
            switch (creation ? "" : margin ? "margin" : property) {
                case "dealstage" -> stage = value;
                case "dealname" -> name = value;
                case "amount" -> {
                    amount = value == null ? BigDecimal.ZERO : new BigDecimal(value);
                    problem = amountProblem(amount);
                }
                case "margin" -> {
                    marginValue = value == null ? null : new BigDecimal(value);
                    problem = marginValue == null ? null : amountProblem(marginValue);
                }
                case "closedate" -> close = value == null ? null : value.matches("\\d+")
                        ? Dates.require(Instant.ofEpochMilli(Long.parseLong(value)).atZone(ZoneOffset.UTC).toLocalDate())
                        : Dates.parse(value);
                default -> {
                }
            }
        } catch (RuntimeException e) {
            problem = "'" + limit(value, 100) + "' is not a valid " + property + ".";
        }
        String textProblem = Text.problemWith(value);
        if (textProblem != null) {
            problem = textProblem;
        }
        if ("dealstage".equals(property) && stage == null) {
            problem = "An empty dealstage names no stage.";
        }
        return new Event(HUBSPOT, at, raw(event), eventId, id, occurredAt, property, creation, name, null, amount, marginValue, null, null,
                null, stage, close, null, problem == null ? null : property + ": " + problem);
    }

    /** One deal of Goose's format; every field it names is changed. */
    static Event gooseDeal(JsonNode deal, String at) {
        if (deal == null || !deal.isObject()) {
            return problem(GOOSE, at, deal, null, null, null, "Each deal must be a JSON object.");
        }
        List<String> problems = new ArrayList<>();
        String id = text(deal, "id");
        if (id == null) {
            problems.add("id: Each deal needs its id in the CRM.");
        }
        BigDecimal amount = money(deal, "amount", problems);
        BigDecimal margin = money(deal, "margin", problems);
        LocalDate close = null;
        if (deal.hasNonNull("expectedClose")) {
            try {
                close = Dates.parse(deal.get("expectedClose").asText());
            } catch (Dates.OutOfRange e) {
                problems.add("expectedClose: " + Dates.OUT_OF_RANGE);
            } catch (java.time.format.DateTimeParseException e) {
                problems.add("expectedClose: Not a date like 2027-01-31.");
            }
        }
        for (String field : List.of("id", "name", "account", "currency", "ownerEmail", "pipeline", "stage", "nextStep")) {
            String problem = Text.problemWith(text(deal, field));
            if (problem != null) {
                problems.add(field + ": " + problem);
            }
        }
        return new Event(GOOSE, at, raw(deal), null, id, null, null, false, text(deal, "name"), text(deal, "account"), amount, margin,
                text(deal, "currency"), text(deal, "ownerEmail"), text(deal, "pipeline"), text(deal, "stage"), close,
                text(deal, "nextStep"), problems.isEmpty() ? null : String.join(" ", problems));
    }

    /** Events in the order they happened; those without a time keep their place among themselves, first. */
    static List<Event> inTimeOrder(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        return sorted;
    }

    /** Whether a change happened before the latest one applied to the same property; a change without a time never is. */
    static boolean stale(Long lastApplied, Long occurredAt) {
        return lastApplied != null && occurredAt != null && occurredAt < lastApplied;
    }

    /** An amount of money a Goose deal names, or null when it names none or a wrong one (then with its problem). */
    private static BigDecimal money(JsonNode deal, String field, List<String> problems) {
        if (!deal.hasNonNull(field)) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(deal.get(field).asText());
            String problem = amountProblem(amount);
            if (problem == null) {
                return amount;
            }
            problems.add(field + ": " + problem);
        } catch (NumberFormatException e) {
            problems.add(field + ": Not a number like 12500.50.");
        }
        return null;
    }

    private static String amountProblem(BigDecimal amount) {
        if (amount.signum() < 0 || amount.scale() > 2) {
            return "Use a non-negative amount with at most 2 decimals, not " + amount.toPlainString() + ".";
        }
        return amount.compareTo(MAX_AMOUNT) >= 0 ? "The amount is too large." : null;
    }

    private static Event problem(String format, String at, JsonNode node, String eventId, String property, Long occurredAt,
            String problem) {
        return new Event(format, at, raw(node), eventId, null, occurredAt, property, false, null, null, null, null, null, null, null, null,
                null, null, problem);
    }

    private static String raw(JsonNode node) {
        return limit(node == null ? "null" : node.toString(), MAX_PAYLOAD);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
