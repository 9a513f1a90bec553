package dev.goose.pipeline.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.goose.errors.InvalidInput;
import dev.goose.pipeline.crm.CrmEvents.Event;

@Tag("unit")
class CrmEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<Event> hubspot(String... events) {
        return CrmEvents.hubspot(json("[" + String.join(",", events) + "]"), null);
    }

    static String change(int eventId, Object occurredAt, String property, String value) {
        return "{\"eventId\":" + eventId + ",\"subscriptionId\":1,\"portalId\":62515,\"appId\":9,\"occurredAt\":" + occurredAt
                + ",\"subscriptionType\":\"deal.propertyChange\",\"attemptNumber\":0,\"objectId\":42,\"propertyName\":\"" + property
                + "\",\"propertyValue\":\"" + value + "\",\"changeSource\":\"CRM_UI\"}";
    }

    @Test
    void eventsAreOrderedByWhenTheyHappenedAndThoseWithoutATimeKeepTheirOrderFirst() {
        List<Event> events = hubspot(change(1, 300, "dealname", "c"), "{\"eventId\":2,\"objectId\":42,\"propertyName\":\"dealname\","
                + "\"propertyValue\":\"untimed\"}", change(3, 100, "dealname", "a"), change(4, 200, "dealname", "b"),
                "{\"eventId\":5,\"objectId\":42,\"propertyName\":\"dealname\",\"propertyValue\":\"untimed too\"}");
        assertThat(CrmEvents.inTimeOrder(events)).extracting(Event::eventId).containsExactly("2", "5", "3", "4", "1");
    }

    @Test
    void onlyAChangeThatHappenedBeforeTheLastOneAppliedIsStale() {
        assertThat(CrmEvents.stale(200L, 100L)).isTrue();
        assertThat(CrmEvents.stale(200L, 200L)).isFalse();
        assertThat(CrmEvents.stale(200L, 300L)).isFalse();
        assertThat(CrmEvents.stale(null, 100L)).isFalse();
        assertThat(CrmEvents.stale(200L, null)).isFalse();
    }

    @Test
    void creationsAndTheDealPropertiesGooseKeepsAreReadAndOtherEventsLeftOut() {
        List<Event> events = hubspot("{\"eventId\":1,\"occurredAt\":5,\"subscriptionType\":\"deal.creation\",\"objectId\":42,"
                + "\"changeFlag\":\"CREATED\"}", change(2, 6, "amount", "1500"), change(3, 7, "hs_priority", "high"),
                "{\"eventId\":4,\"occurredAt\":8,\"subscriptionType\":\"deal.deletion\",\"objectId\":42,\"changeFlag\":\"DELETED\"}",
                "{\"eventId\":5,\"occurredAt\":9,\"subscriptionType\":\"contact.propertyChange\",\"objectId\":7,"
                        + "\"propertyName\":\"dealname\",\"propertyValue\":\"not a deal\"}",
                change(6, 10, "closedate", "1798761600000"));
        assertThat(events).extracting(Event::eventId).containsExactly("1", "2", "6");
        assertThat(events.get(0).creation()).isTrue();
        assertThat(events.get(0).property()).isNull();
        assertThat(events.get(1).amount()).isEqualByComparingTo(new BigDecimal("1500"));
        assertThat(events.get(1).occurredAt()).isEqualTo(6L);
        assertThat(events.get(2).expectedClose()).hasToString("2027-01-01");
        assertThat(events).allMatch(e -> e.problem() == null && e.externalId().equals("42"));
    }

    @Test
    void anEventThatCannotBeReadCarriesItsProblemInsteadOfFailingTheDelivery() {
        List<Event> events = hubspot(change(1, 5, "amount", "lots"), change(2, 5, "amount", "1.005"), change(3, 5, "amount", "-3"),
                change(4, 5, "closedate", "soon"), change(5, "\"yesterday\"", "dealname", "x"),
                "{\"eventId\":6,\"propertyName\":\"dealname\",\"propertyValue\":\"no object\"}", "7",
                change(8, 5, "amount", "1e20"));
        assertThat(events).extracting(Event::problem).containsExactly("amount: 'lots' is not a valid amount.",
                "amount: Use a non-negative amount with at most 2 decimals, not 1.005.",
                "amount: Use a non-negative amount with at most 2 decimals, not -3.", "closedate: 'soon' is not a valid closedate.",
                "occurredAt must be the time in Unix milliseconds.", "Each event needs the deal's objectId.",
                "Each event must be a JSON object.", "amount: The amount is too large.");
        assertThat(events.get(0).raw()).contains("\"eventId\":1");
    }

    @Test
    void gooseDealsWithProblemsAreKeptPerDealAndAnotherShapeIsRefusedWhole() {
        List<Event> deals = CrmEvents.goose(json("{\"deals\":[{\"id\":\"A\",\"amount\":\"12.50\"},{\"amount\":\"x\","
                + "\"expectedClose\":\"soon\"}]}"));
        assertThat(deals.get(0).problem()).isNull();
        assertThat(deals.get(1).problem()).isEqualTo("id: Each deal needs its id in the CRM. amount: Not a number like 12500.50."
                + " expectedClose: Not a date like 2027-01-31.");
        assertThat(deals.get(1).at()).isEqualTo("deals[1]");
        assertThatThrownBy(() -> CrmEvents.goose(json("{\"deal\":[]}"))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theSourcesMarginPropertyIsReadAsTheMarginAndWithoutOneItIsLeftOut() {
        String[] events = { change(1, 10, "gross_margin", "4200.10"), change(2, 11, "gross_margin", ""), change(3, 12, "gross_margin", "-5") };
        assertThat(hubspot(events)).as("a source that names no margin property").isEmpty();
        List<Event> read = CrmEvents.hubspot(json("[" + String.join(",", events) + "]"), "gross_margin");
        assertThat(read).extracting(Event::property).containsOnly("gross_margin");
        assertThat(read.get(0).margin()).isEqualByComparingTo("4200.10");
        assertThat(read.get(0).problem()).isNull();
        assertThat(read.get(1).margin()).as("an emptied property clears the margin").isNull();
        assertThat(read.get(1).problem()).isNull();
        assertThat(read.get(2).problem()).isEqualTo("gross_margin: Use a non-negative amount with at most 2 decimals, not -5.");
    }

    @Test
    void aGooseDealMayGiveItsMarginAndAWrongOneIsItsProblem() {
        List<Event> deals = CrmEvents.goose(json("{\"deals\":[{\"id\":\"A\",\"amount\":\"100\",\"margin\":\"40.25\"},"
                + "{\"id\":\"B\",\"margin\":\"lots\"}]}"));
        assertThat(deals.get(0).margin()).isEqualByComparingTo("40.25");
        assertThat(deals.get(0).problem()).isNull();
        assertThat(deals.get(1).problem()).isEqualTo("margin: Not a number like 12500.50.");
    }
}
