package com.theogen.export;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The paradigm model around the core category. Each component is a list of statements with evidence;
 * consequences are also typed and placed in time.
 *
 * @param phenomenon the phenomenon the core category names
 * @param causalConditions what leads to the phenomenon
 * @param context the specific conditions in which the strategies are taken
 * @param interveningConditions broader conditions that facilitate or constrain the strategies
 * @param strategies action/interaction strategies
 * @param consequences outcomes of the strategies
 */
public record ParadigmModel(
        List<ParadigmItem> phenomenon,
        List<ParadigmItem> causalConditions,
        List<ParadigmItem> context,
        List<ParadigmItem> interveningConditions,
        List<ParadigmItem> strategies,
        List<Consequence> consequences) {

    public ParadigmModel {
        phenomenon = List.copyOf(Objects.requireNonNull(phenomenon, "phenomenon"));
        causalConditions = List.copyOf(Objects.requireNonNull(causalConditions, "causalConditions"));
        context = List.copyOf(Objects.requireNonNull(context, "context"));
        interveningConditions = List.copyOf(Objects.requireNonNull(interveningConditions, "interveningConditions"));
        strategies = List.copyOf(Objects.requireNonNull(strategies, "strategies"));
        consequences = List.copyOf(Objects.requireNonNull(consequences, "consequences"));
    }

    /** The items of one component; consequences are returned as plain items. */
    public List<ParadigmItem> items(ParadigmComponent component) {
        return switch (component) {
            case PHENOMENON -> phenomenon;
            case CAUSAL_CONDITIONS -> causalConditions;
            case CONTEXT -> context;
            case INTERVENING_CONDITIONS -> interveningConditions;
            case STRATEGIES -> strategies;
            case CONSEQUENCES -> consequences.stream().map(Consequence::asItem).toList();
        };
    }

    /** All items of all six components, in component order. */
    public List<ParadigmItem> allItems() {
        return Stream.of(ParadigmComponent.values())
                .flatMap(c -> items(c).stream())
                .toList();
    }
}
