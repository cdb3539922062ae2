package com.theogen.coding.internal;

import com.theogen.analyst.AnalystFragment;
import com.theogen.analyst.AxialGroupingRequest;
import com.theogen.analyst.AxialGroupingRequest.AxialCode;
import com.theogen.analyst.AxialGroupingRequest.ExistingCategory;
import com.theogen.analyst.AxialGroupingResult;
import com.theogen.analyst.AxialGroupingResult.CategoryDraft;
import com.theogen.analyst.OfflineAxialGrouper;
import com.theogen.coding.AxialOutcome;
import com.theogen.coding.CodingProperties;
import com.theogen.coding.CodingRun;
import com.theogen.coding.CodingSnapshot;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.AxialReply.ProposedCategory;
import com.theogen.coding.internal.AxialReply.ProposedRelation;
import com.theogen.coding.internal.CategoryStore.CategoryRow;
import com.theogen.coding.internal.CodeStore.CodeRow;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.llm.LlmClient;
import com.theogen.llm.LlmRequest;
import com.theogen.llm.ModelRole;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups the codes that are in no category. Codes already in a category stay there (a human's placement is
 * pinned, an earlier run's is kept); existing categories keep their names. With a model: categories and typed
 * relations from the model, then every code the reply left out (or named twice, or that the model invented) is
 * grouped offline, so each code ends in exactly one category. Without one, or when the call fails: offline.
 */
@Component
class AxialGrouping {

    static final String STAGE = "axial_grouping";

    private static final int EXAMPLE_CHARS = 160;

    private static final Logger log = LoggerFactory.getLogger(AxialGrouping.class);

    private final CodeStore codes;
    private final ApplicationStore applications;
    private final CategoryStore categories;
    private final OfflineAxialGrouper grouper;
    private final LlmClient llm;
    private final CodingProperties properties;
    private final TransactionTemplate transactions;
    private final ResearcherMemoContext researcherMemos;

    AxialGrouping(
            CodeStore codes,
            ApplicationStore applications,
            CategoryStore categories,
            OfflineAxialGrouper grouper,
            LlmClient llm,
            CodingProperties properties,
            TransactionTemplate transactions,
            ResearcherMemoContext researcherMemos) {
        this.researcherMemos = researcherMemos;
        this.codes = codes;
        this.applications = applications;
        this.categories = categories;
        this.grouper = grouper;
        this.llm = llm;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** Returns the outcome; {@code touchedCodes} receives the codes placed. */
    AxialOutcome group(ProjectInfo project, List<Scoped> fragments, CodingRun run, Set<UUID> touchedCodes) {
        List<CodeRow> all = codes.codes(project.id());
        List<CodeRow> free = all.stream().filter(c -> c.categoryId() == null).toList();
        if (free.isEmpty()) {
            return new AxialOutcome(0, 0, 0, "none");
        }
        run.progress().report("axial_grouping: " + free.size() + " codes", 10);
        int[] created = {0};
        int relations = 0;
        String generatedBy = "offline";
        if (run.access().remote()) {
            try {
                AxialReply reply = callModel(project, free, run);
                relations = transactions.execute(s -> applyReply(project, free, reply, created, touchedCodes));
                generatedBy = "llm";
            } catch (DomainException e) {
                BatchFailures.rethrowIfRunEnds(e);
                log.warn("axial grouping by the model failed, grouping offline error_code={}", e.errorCode());
            }
        }
        run.progress().report("axial_grouping: offline clustering", 60);
        transactions.executeWithoutResult(s -> groupOffline(project, fragments, created, touchedCodes));
        run.progress().report("axial_grouping: done", 100);
        return new AxialOutcome(created[0], touchedCodes.size(), relations, generatedBy);
    }

    private AxialReply callModel(ProjectInfo project, List<CodeRow> free, CodingRun run) {
        Map<UUID, Integer> uses = new HashMap<>();
        applications.applications(project.id()).forEach(a -> uses.merge(a.codeId(), 1, Integer::sum));
        Map<UUID, ApplicationStore.CodeUsage> examples = applications.usage(project.id());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < free.size(); i++) {
            CodeRow code = free.get(i);
            text.append("[c")
                    .append(i + 1)
                    .append("] ")
                    .append(code.label())
                    .append(" — ")
                    .append(
                            code.definition().isBlank()
                                    ? "-"
                                    : code.definition().strip())
                    .append(" (")
                    .append(uses.getOrDefault(code.id(), 0))
                    .append(')');
            ApplicationStore.CodeUsage usage = examples.get(code.id());
            if (usage != null && usage.example() != null) {
                String quote = usage.example().replaceAll("\\s+", " ").strip();
                text.append(' ')
                        .append(com.theogen.llm.TranscriptText.fragment(
                                quote.length() <= EXAMPLE_CHARS ? quote : quote.substring(0, EXAMPLE_CHARS) + "…"));
            }
            text.append('\n');
        }
        LlmRequest<AxialReply> request = LlmRequest.builder(STAGE, ModelRole.CODING, AxialReply.class)
                .prompt("axial_grouping/axial_grouping")
                .language(project.language())
                .domainTemplate(project.domainTemplate())
                .variable("research_question", project.promptQuestion())
                .variable("codes", text.toString().strip())
                .variable("existing_categories", existingCategories(project))
                .variable("category_range", categoryRange(free.size()))
                .researcherMemos(researcherMemos.render(project.id(), ModelRole.CODING))
                .maxOutputTokens(properties.axialMaxOutputTokens())
                .format("axial_codes.v2+" + com.theogen.llm.TranscriptText.FORMAT)
                .build();
        return llm.call(request, run.llm()).output();
    }

    private int applyReply(
            ProjectInfo project, List<CodeRow> free, AxialReply reply, int[] created, Set<UUID> touchedCodes) {
        Map<String, CodeRow> byShortId = new HashMap<>();
        for (int i = 0; i < free.size(); i++) {
            byShortId.put("c" + (i + 1), free.get(i));
        }
        Map<String, UUID> categoryByName = new HashMap<>();
        categories.categories(project.id()).forEach(c -> categoryByName.put(key(c.name()), c.id()));
        Set<UUID> placed = new HashSet<>();
        for (ProposedCategory proposed : reply.categories()) {
            List<UUID> members = new ArrayList<>();
            for (String id : proposed.codeIds()) {
                CodeRow code =
                        byShortId.get(id.strip().replaceAll("[\\[\\]]", "").toLowerCase(Locale.ROOT));
                if (code != null && placed.add(code.id())) {
                    members.add(code.id());
                }
            }
            String name = DraftWriter.clean(proposed.name());
            if (members.isEmpty() || name.isEmpty()) {
                continue;
            }
            UUID categoryId = categoryByName.get(key(name));
            if (categoryId == null) {
                CategoryRow row = categories.insert(
                        project.id(),
                        name,
                        proposed.definition() == null
                                ? ""
                                : proposed.definition().strip(),
                        Origin.AI,
                        false);
                categoryId = row.id();
                categoryByName.put(key(name), categoryId);
                created[0]++;
            }
            codes.placeCodes(members, categoryId, false);
            touchedCodes.addAll(members);
        }
        int relations = 0;
        for (ProposedRelation relation : reply.relations()) {
            UUID from = categoryByName.get(key(relation.fromCategory()));
            UUID to = categoryByName.get(key(relation.toCategory()));
            RelationKind type = relation.type();
            if (from != null && to != null && !from.equals(to) && type != null) {
                relations += categories.insertRelation(project.id(), from, to, type.wire(), Origin.AI) ? 1 : 0;
            }
        }
        return relations;
    }

    private void groupOffline(ProjectInfo project, List<Scoped> fragments, int[] created, Set<UUID> touchedCodes) {
        List<CodeRow> all = codes.codes(project.id());
        if (all.stream().allMatch(c -> c.categoryId() != null)) {
            return;
        }
        Map<UUID, List<UUID>> fragmentsOfCode = new LinkedHashMap<>();
        Set<UUID> coded = new HashSet<>();
        for (CodingSnapshot.Application a : applications.applications(project.id())) {
            fragmentsOfCode.computeIfAbsent(a.codeId(), k -> new ArrayList<>()).add(a.fragmentId());
            coded.add(a.fragmentId());
        }
        List<CategoryRow> existing = categories.categories(project.id());
        List<AnalystFragment> texts = fragments.stream()
                .filter(f -> coded.contains(f.id()))
                .map(Scoped::analyst)
                .toList();
        AxialGroupingResult result = grouper.group(new AxialGroupingRequest(
                project.language(),
                all.stream()
                        .map(c -> new AxialCode(
                                c.id(), c.label(), fragmentsOfCode.getOrDefault(c.id(), List.of()), c.categoryId()))
                        .toList(),
                existing.stream()
                        .map(c -> new ExistingCategory(c.id(), c.name(), c.definition()))
                        .toList(),
                texts));
        Set<UUID> free = new HashSet<>();
        all.stream().filter(c -> c.categoryId() == null).forEach(c -> free.add(c.id()));
        Set<String> names = new HashSet<>();
        existing.forEach(c -> names.add(key(c.name())));
        for (CategoryDraft draft : result.categories()) {
            List<UUID> members = draft.codeIds().stream().filter(free::contains).toList();
            if (members.isEmpty()) {
                continue;
            }
            UUID categoryId = draft.existingCategoryId();
            if (categoryId == null) {
                String name = unique(DraftWriter.clean(draft.name()), names);
                categoryId = categories
                        .insert(project.id(), name, draft.definition(), Origin.OFFLINE, false)
                        .id();
                created[0]++;
            }
            codes.placeCodes(members, categoryId, false);
            touchedCodes.addAll(members);
        }
    }

    private static String unique(String name, Set<String> taken) {
        String base = name.isEmpty() ? "category" : name;
        String candidate = base;
        for (int n = 2; taken.contains(key(candidate)); n++) {
            candidate = base + " (" + n + ")";
        }
        taken.add(key(candidate));
        return candidate;
    }

    /**
     * How many categories to ask for, scaled to the codes to group (docs/adr/027): about one per three to twelve
     * codes, "1" for up to five codes.
     */
    static String categoryRange(int codes) {
        int min = Math.max(1, codes / 12);
        int max = Math.max(min, Math.min(40, (codes + 2) / 3));
        if (codes <= 5) {
            max = Math.min(max, 2);
        }
        return min == max ? String.valueOf(min) : min + "–" + max;
    }

    private String existingCategories(ProjectInfo project) {
        List<CategoryRow> existing = categories.categories(project.id());
        if (existing.isEmpty()) {
            return project.language() == Language.ES ? "(ninguna todavía)" : "(none yet)";
        }
        StringBuilder text = new StringBuilder();
        existing.forEach(c -> {
            text.append("- ").append(c.name());
            if (!c.definition().isBlank()) {
                text.append(": ").append(c.definition().strip());
            }
            text.append('\n');
        });
        return text.toString().strip();
    }

    private static String key(String name) {
        return DraftWriter.key(name);
    }
}
