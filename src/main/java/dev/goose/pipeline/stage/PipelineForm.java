package dev.goose.pipeline.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.goose.errors.FieldError;
import dev.goose.pipeline.deal.DealViews.PipelineView;
import dev.goose.pipeline.deal.DealViews.StageView;
import dev.goose.pipeline.stage.PipelineRules.PipelineRequest;
import dev.goose.pipeline.stage.PipelineRules.StageRequest;

/**
 * The pipeline form as typed: one row per stage in table order, with blank rows to add stages
 * before the closing ones. Rows are put in order by their order number, so reordering needs no
 * script; removed rows and blank rows are left out. Errors come back beside the row they are about.
 */
record PipelineForm(Long id, String key, String name, String exitRule, List<Row> rows, Map<String, String> errors) {

    static final int BLANK_ROWS = 2;
    private static final Pattern STAGE_FIELD = Pattern.compile("(stages|rows)\\[(\\d+)]\\.?(\\w*)");

    /** One stage row; {@code existing} rows keep their key, new ones have it typed (or made from the name). */
    public record Row(boolean existing, String key, String name, String winProbability, String outcome, String stallDays,
            String order, boolean remove, long deals, Map<String, String> errors) {

        boolean blank() {
            return !existing && isBlank(key) && isBlank(name);
        }
    }

    /** The request the form stands for, which request stage came from which row, and the problems of typing. */
    public record Parsed(PipelineRequest request, List<Integer> rowOf, List<FieldError> errors) {
    }

    /** A pipeline as it is, with blank rows for new stages just before the closing ones. */
    public static PipelineForm of(PipelineView pipeline, Map<String, Long> deals) {
        List<Row> rows = new ArrayList<>();
        for (StageView stage : pipeline.stages()) {
            if (stage.outcome() != null && rows.stream().noneMatch(Row::blank)) {
                addBlankRows(rows, BLANK_ROWS);
            }
            rows.add(new Row(true, stage.key(), stage.name(), String.valueOf(stage.winProbability()),
                    stage.outcome() == null ? PipelineRules.OPEN : stage.outcome(), stage.stallDays() == null ? "" : stage.stallDays().toString(),
                    String.valueOf(rows.size() + 1), false, deals.getOrDefault(stage.key(), 0L), Map.of()));
        }
        if (rows.stream().noneMatch(Row::blank)) {
            addBlankRows(rows, BLANK_ROWS);
        }
        return new PipelineForm(pipeline.id(), pipeline.key(), pipeline.name(), pipeline.exitRule(), rows, Map.of());
    }

    /** A new pipeline: open rows to fill in, then won and lost stages whose keys share the default pipeline's guides. */
    public static PipelineForm blank() {
        List<Row> rows = new ArrayList<>();
        addBlankRows(rows, BLANK_ROWS + 1);
        rows.add(new Row(false, "closed-won", "Closed won", "100", PipelineRules.WON, "", String.valueOf(rows.size() + 1), false, 0,
                Map.of()));
        rows.add(new Row(false, "closed-lost", "Closed lost", "0", PipelineRules.LOST, "", String.valueOf(rows.size() + 1), false, 0,
                Map.of()));
        return new PipelineForm(null, "", "", Pipeline.WARN, rows, Map.of());
    }

    private static void addBlankRows(List<Row> rows, int count) {
        for (int i = 0; i < count; i++) {
            rows.add(new Row(false, "", "", "", PipelineRules.OPEN, "", String.valueOf(rows.size() + 1), false, 0, Map.of()));
        }
    }

    /** The form as posted: parallel lists, one value per row, and the keys of the rows ticked for removal. */
    public static PipelineForm typed(Long id, String key, String name, String exitRule, List<String> kind, List<String> keys,
            List<String> names, List<String> probabilities, List<String> outcomes, List<String> stallDays, List<String> orders,
            Set<String> remove, Map<String, Long> deals) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < size(kind); i++) {
            boolean existing = "existing".equals(kind.get(i));
            String rowKey = at(keys, i).strip();
            rows.add(new Row(existing, rowKey, at(names, i), at(probabilities, i), at(outcomes, i), at(stallDays, i), at(orders, i),
                    existing && remove.contains(rowKey), deals.getOrDefault(rowKey, 0L), Map.of()));
        }
        return new PipelineForm(id, key, name, exitRule, rows, Map.of());
    }

    /** The stages in the order their numbers give, without removed and blank rows; numbers are checked on the way. */
    public Parsed parse() {
        List<FieldError> problems = new ArrayList<>();
        Map<Integer, Integer> orderOf = new HashMap<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.remove() || row.blank()) {
                continue;
            }
            kept.add(i);
            orderOf.put(i, number(row.order(), "rows[" + i + "].order", "Use a whole number to place the stage.", problems, i + 1));
        }
        kept.sort(Comparator.comparing((Integer i) -> orderOf.get(i)).thenComparing(i -> i));
        List<StageRequest> stages = new ArrayList<>();
        for (int i : kept) {
            Row row = rows.get(i);
            String at = "rows[" + i + "].";
            String stageKey = isBlank(row.key()) && !row.existing() ? PipelineRules.keyFor(row.name()) : row.key();
            stages.add(new StageRequest(stageKey, row.name(),
                    number(row.winProbability(), at + "winProbability", "Use a whole percentage from 0 to 100.", problems, null),
                    isBlank(row.outcome()) ? null : row.outcome(), number(row.stallDays(), at + "stallDays", "Use a number of days, or leave it empty.", problems, null)));
        }
        String pipelineKey = isBlank(key) || id != null ? null : key.strip();
        return new Parsed(new PipelineRequest(pipelineKey, name, exitRule, stages), kept, problems);
    }

    /** The same form with each error beside its row or field; request stage indexes are turned back into rows. */
    public PipelineForm withErrors(List<FieldError> found, List<Integer> rowOf) {
        Map<String, String> top = new LinkedHashMap<>();
        List<Map<String, String>> byRow = new ArrayList<>();
        rows.forEach(r -> byRow.add(new LinkedHashMap<>()));
        for (FieldError error : found) {
            Matcher m = STAGE_FIELD.matcher(error.field());
            if (m.matches()) {
                int index = Integer.parseInt(m.group(2));
                int row = "rows".equals(m.group(1)) ? index : index < rowOf.size() ? rowOf.get(index) : -1;
                if (row >= 0 && row < rows.size()) {
                    byRow.get(row).merge(m.group(3).isEmpty() ? "row" : m.group(3), error.message(), PipelineForm::join);
                    continue;
                }
            }
            top.merge(error.field(), error.message(), PipelineForm::join);
        }
        List<Row> marked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            marked.add(new Row(r.existing(), r.key(), r.name(), r.winProbability(), r.outcome(), r.stallDays(), r.order(), r.remove(),
                    r.deals(), Map.copyOf(byRow.get(i))));
        }
        return new PipelineForm(id, key, name, exitRule, marked, top);
    }

    /** Whether any problem is shown beside a row, so that the page can say to look there. */
    public boolean rowErrors() {
        return rows.stream().anyMatch(r -> !r.errors().isEmpty());
    }

    /** Two messages for one field, once each: reading a number and checking it can say the same. */
    private static String join(String first, String second) {
        return first.contains(second) ? first : first + " " + second;
    }

    private static Integer number(String raw, String field, String message, List<FieldError> problems, Integer otherwise) {
        if (isBlank(raw)) {
            return otherwise;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldError(field, message));
            return otherwise;
        }
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() && values.get(index) != null ? values.get(index) : "";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
