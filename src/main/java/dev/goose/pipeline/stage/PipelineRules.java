package dev.goose.pipeline.stage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.goose.errors.FieldError;

/**
 * What makes a pipeline valid, as plain Java: its name, key and exit rule, and its stages in order
 * (keys unique and slug-like, at least one open, one won and one lost stage, the closing ones last),
 * and which changes the deals still in a stage forbid. Nothing here touches the database.
 */
final class PipelineRules {

    /** The same shape as a playbook's {@code stage=} attribute, so that every stage can have guides. */
    static final Pattern STAGE_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,59}");
    /** A pipeline key needs a letter, so that it is never mistaken for a pipeline's id. */
    static final Pattern PIPELINE_KEY = Pattern.compile("(?=.*[a-z])[a-z0-9][a-z0-9_-]{0,59}");
    static final int MAX_STAGES = 30;
    public static final String OPEN = "open";
    public static final String WON = "won";
    public static final String LOST = "lost";

    private PipelineRules() {
    }

    /** A whole pipeline as a manager describes it: the stages in their order. The key is optional. */
    public record PipelineRequest(String key, String name, String exitRule, List<StageRequest> stages) {
    }

    /** One stage; {@code outcome} is open (the default), won or lost; stall days are for open stages only. */
    public record StageRequest(String key, String name, Integer winProbability, String outcome, Integer stallDays) {

        /** As stored: null for an open stage, else won or lost. */
        public String closing() {
            return WON.equals(outcome) || LOST.equals(outcome) ? outcome : null;
        }
    }

    /** A stage as it is now, with how many deals are in it. */
    public record CurrentStage(String key, String name, String outcome, long deals) {
    }

    /** Every problem with the pipeline's name, key, exit rule and stages, each by its field. */
    public static List<FieldError> check(PipelineRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        require(!name.isEmpty() && name.length() <= 120, "name", "Give a name of at most 120 characters.", errors);
        require(request.key() == null || PIPELINE_KEY.matcher(request.key()).matches(), "key",
                "Use up to 60 of a-z, 0-9, - and _, starting with a letter or digit and with at least one letter.", errors);
        require(Pipeline.WARN.equals(request.exitRule()) || Pipeline.REFUSE.equals(request.exitRule()), "exitRule",
                "Choose warn or refuse.", errors);
        if (request.stages() == null || request.stages().isEmpty()) {
            errors.add(new FieldError("stages", "List the stages in order: at least one open, one won and one lost."));
            return errors;
        }
        if (request.stages().size() > MAX_STAGES) {
            errors.add(new FieldError("stages", "Use at most " + MAX_STAGES + " stages."));
            return errors; // not each of thousands checked
        }
        checkStages(request.stages(), errors);
        return errors;
    }

    private static void checkStages(List<StageRequest> stages, List<FieldError> errors) {
        Map<String, Integer> firstUse = new HashMap<>();
        boolean closingSeen = false;
        int open = 0;
        int won = 0;
        int lost = 0;
        for (int i = 0; i < stages.size(); i++) {
            StageRequest stage = stages.get(i);
            String at = "stages[" + i + "].";
            if (stage == null) {
                errors.add(new FieldError("stages[" + i + "]", "Describe the stage."));
                continue;
            }
            if (stage.key() == null || !STAGE_KEY.matcher(stage.key()).matches()) {
                errors.add(new FieldError(at + "key", "Use up to 60 of a-z, 0-9, - and _, starting with a letter or digit."));
            } else if (firstUse.putIfAbsent(stage.key(), i) != null) {
                errors.add(new FieldError(at + "key", "Stage " + (firstUse.get(stage.key()) + 1) + " has the key '"
                        + stage.key() + "' already."));
            }
            require(stage.name() != null && !stage.name().isBlank() && stage.name().strip().length() <= 120, at + "name",
                    "Give a name of at most 120 characters.", errors);
            require(stage.winProbability() != null && stage.winProbability() >= 0 && stage.winProbability() <= 100,
                    at + "winProbability", "Use a whole percentage from 0 to 100.", errors);
            require(stage.stallDays() == null || stage.stallDays() > 0, at + "stallDays",
                    "Use a number of days above 0, or leave it empty for never.", errors);
            String outcome = stage.outcome() == null ? OPEN : stage.outcome();
            if (!List.of(OPEN, WON, LOST).contains(outcome)) {
                errors.add(new FieldError(at + "outcome", "Choose open, won or lost."));
            } else if (OPEN.equals(outcome) && closingSeen) {
                errors.add(new FieldError(at + "outcome", "Open stages come first; the won and lost stages come last."));
            }
            closingSeen |= WON.equals(outcome) || LOST.equals(outcome);
            open += OPEN.equals(outcome) ? 1 : 0;
            won += WON.equals(outcome) ? 1 : 0;
            lost += LOST.equals(outcome) ? 1 : 0;
        }
        require(open > 0, "stages", "Add at least one open stage: a new deal starts in the first.", errors);
        require(won > 0, "stages", "Add at least one won stage: deals close there when won.", errors);
        require(lost > 0, "stages", "Add at least one lost stage: deals close there when lost.", errors);
    }

    /**
     * What the deals still in a stage forbid: removing the stage, or turning it from open to closing
     * (or back), which would leave its deals open in a closing stage or closed in an open one.
     */
    public static List<FieldError> checkDeals(List<CurrentStage> current, List<StageRequest> wanted) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> indexByKey = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (wanted.get(i) != null && wanted.get(i).key() != null) {
                indexByKey.putIfAbsent(wanted.get(i).key(), i);
            }
        }
        for (CurrentStage stage : current) {
            Integer index = indexByKey.get(stage.key());
            if (stage.deals() == 0) {
                continue;
            }
            if (index == null) {
                errors.add(new FieldError("stages", deals(stage) + " still in " + stage.name() + " (" + stage.key()
                        + "); move them to another stage before removing it."));
            } else if (isOutcome(wanted.get(index).outcome()) && !Objects.equals(stage.outcome(), wanted.get(index).closing())) {
                errors.add(new FieldError("stages[" + index + "].outcome", deals(stage) + " in " + stage.name()
                        + "; a stage with deals stays " + (stage.outcome() == null ? OPEN : stage.outcome()) + "."));
            }
        }
        return errors;
    }

    /** A key made from a name: "Renewals (EMEA)" gives "renewals-emea". */
    public static String keyFor(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        plain = plain.length() > 60 ? plain.substring(0, 60).replaceAll("-+$", "") : plain;
        String key = PIPELINE_KEY.matcher(plain).matches() ? plain : ("pipeline-" + plain).replaceAll("-+$", "");
        return key.length() > 60 ? key.substring(0, 60) : key;
    }

    private static String deals(CurrentStage stage) {
        return stage.deals() == 1 ? "1 deal is" : stage.deals() + " deals are";
    }

    private static boolean isOutcome(String outcome) {
        return outcome == null || List.of(OPEN, WON, LOST).contains(outcome);
    }

    private static void require(boolean ok, String field, String message, List<FieldError> errors) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
    }
}
