package com.theogen.coding.internal;

import com.theogen.coding.CodingSnapshot.Application;
import com.theogen.coding.CodingSnapshot.CategoryRelation;
import com.theogen.coding.internal.CategoryStore.CategoryRow;
import com.theogen.coding.internal.CodeStore.CodeRow;
import com.theogen.coding.internal.CodingFragments.Scoped;
import com.theogen.coding.internal.ProjectDirectory.InterviewInfo;
import com.theogen.coding.internal.ProjectDirectory.ProjectInfo;
import com.theogen.shared.Language;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a memo call is about and what it shows: the project's codes, categories and coding, read once per run. */
record MemoSubjects(
        ProjectInfo project,
        Map<UUID, Scoped> fragments,
        Map<UUID, InterviewInfo> interviews,
        List<CodeRow> codes,
        List<CategoryRow> categories,
        List<CategoryRelation> relations,
        List<Application> applications) {

    private static final int RELATED = 15;

    /** A code ({@code codeId}) or a category ({@code categoryId}); the other is null. */
    record Target(UUID codeId, UUID categoryId) {}

    /** Codes by distinct fragments coded, most first (label breaks ties). */
    List<UUID> codesByUse() {
        Map<UUID, Integer> uses = fragmentsPerCode();
        return codes.stream()
                .filter(c -> uses.getOrDefault(c.id(), 0) > 0)
                .sorted(Comparator.comparing((CodeRow c) -> -uses.get(c.id())).thenComparing(CodeRow::label))
                .map(CodeRow::id)
                .toList();
    }

    /** Categories by distinct fragments coded with their codes, most first. */
    List<UUID> categoriesByUse() {
        Map<UUID, Integer> uses = new HashMap<>();
        categories.forEach(
                c -> uses.put(c.id(), fragmentsOf(new Target(null, c.id())).size()));
        return categories.stream()
                .filter(c -> uses.get(c.id()) > 0)
                .sorted(Comparator.comparing((CategoryRow c) -> -uses.get(c.id()))
                        .thenComparing(CategoryRow::name))
                .map(CategoryRow::id)
                .toList();
    }

    /**
     * Up to {@code limit} of the target's coded fragments that still exist, one interview after another in turn so
     * that the memo sees variation across participants; within an interview the most confident application first.
     */
    List<Scoped> pick(Target target, int limit) {
        Map<UUID, Deque<Scoped>> byInterview = new LinkedHashMap<>();
        for (UUID id : fragmentsOf(target)) {
            Scoped fragment = fragments.get(id);
            if (fragment != null) {
                byInterview
                        .computeIfAbsent(fragment.fragment().interviewId(), k -> new ArrayDeque<>())
                        .add(fragment);
            }
        }
        List<Scoped> out = new ArrayList<>();
        while (out.size() < limit && !byInterview.isEmpty()) {
            var it = byInterview.values().iterator();
            while (it.hasNext() && out.size() < limit) {
                Deque<Scoped> queue = it.next();
                out.add(queue.poll());
                if (queue.isEmpty()) {
                    it.remove();
                }
            }
        }
        return out;
    }

    /** The target's fragments, most confident application first, each once. */
    private List<UUID> fragmentsOf(Target target) {
        Set<UUID> members = target.codeId() != null
                ? Set.of(target.codeId())
                : codes.stream()
                        .filter(c -> target.categoryId().equals(c.categoryId()))
                        .map(CodeRow::id)
                        .collect(Collectors.toSet());
        return applications.stream()
                .filter(a -> members.contains(a.codeId()))
                .sorted(Comparator.comparingDouble(Application::confidence).reversed())
                .map(Application::fragmentId)
                .distinct()
                .toList();
    }

    private Map<UUID, Integer> fragmentsPerCode() {
        Map<UUID, Set<UUID>> sets = new HashMap<>();
        applications.forEach(
                a -> sets.computeIfAbsent(a.codeId(), k -> new HashSet<>()).add(a.fragmentId()));
        Map<UUID, Integer> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    String kind(Target target) {
        return target.codeId() != null
                ? text(project.language(), "code", "código")
                : text(project.language(), "category", "categoría");
    }

    String title(Target target) {
        String name = target.codeId() != null
                ? code(target.codeId()).label()
                : category(target.categoryId()).name();
        return text(project.language(), "AI memo — ", "Memo IA — ") + kind(target) + ": " + name;
    }

    /** The concept itself: name, definition, and for a code its properties and dimensions, for a category its codes. */
    String subject(Target target) {
        Language lang = project.language();
        StringBuilder out = new StringBuilder();
        Set<UUID> interviewsSeen = new HashSet<>();
        List<UUID> coded = fragmentsOf(target);
        coded.forEach(id -> {
            Scoped f = fragments.get(id);
            if (f != null) {
                interviewsSeen.add(f.fragment().interviewId());
            }
        });
        if (target.codeId() != null) {
            CodeRow code = code(target.codeId());
            out.append(code.label())
                    .append(" — ")
                    .append(orDash(code.definition()))
                    .append('\n');
            if (!code.properties().isEmpty()) {
                out.append(text(lang, "Properties: ", "Propiedades: "))
                        .append(String.join("; ", code.properties()))
                        .append('\n');
            }
            if (!code.dimensions().isEmpty()) {
                out.append(text(lang, "Dimensions: ", "Dimensiones: "))
                        .append(String.join("; ", code.dimensions()))
                        .append('\n');
            }
        } else {
            CategoryRow category = category(target.categoryId());
            out.append(category.name())
                    .append(" — ")
                    .append(orDash(category.definition()))
                    .append('\n');
            Map<UUID, Integer> uses = fragmentsPerCode();
            String members = codes.stream()
                    .filter(c -> target.categoryId().equals(c.categoryId()))
                    .map(c -> c.label() + " (" + uses.getOrDefault(c.id(), 0) + ")")
                    .collect(Collectors.joining(", "));
            out.append(text(lang, "Its codes (fragments): ", "Sus códigos (fragmentos): "))
                    .append(members.isEmpty() ? "-" : members)
                    .append('\n');
        }
        out.append(text(lang, "Coded in ", "Codificado en "))
                .append(coded.size())
                .append(text(lang, " fragments of ", " fragmentos de "))
                .append(interviewsSeen.size())
                .append(text(lang, " interviews.", " entrevistas."));
        return out.toString();
    }

    /**
     * What to compare with: for a code, the other codes of its category (or the most used codes when it has none);
     * for a category, its typed relations and the other categories.
     */
    String related(Target target) {
        Language lang = project.language();
        List<String> lines = new ArrayList<>();
        if (target.codeId() != null) {
            UUID category = code(target.codeId()).categoryId();
            List<UUID> order = codesByUse();
            codes.stream()
                    .filter(c -> !c.id().equals(target.codeId()))
                    .filter(c -> category == null || category.equals(c.categoryId()))
                    .sorted(Comparator.comparingInt(c -> order.contains(c.id()) ? order.indexOf(c.id()) : order.size()))
                    .limit(RELATED)
                    .forEach(c -> lines.add("- " + c.label() + ": " + orDash(c.definition())));
        } else {
            for (CategoryRelation r : relations) {
                if (target.categoryId().equals(r.fromCategoryId())
                        || target.categoryId().equals(r.toCategoryId())) {
                    lines.add("- " + category(r.fromCategoryId()).name() + " —" + r.type() + "→ "
                            + category(r.toCategoryId()).name());
                }
            }
            categories.stream()
                    .filter(c -> !c.id().equals(target.categoryId()))
                    .limit(RELATED)
                    .forEach(c -> lines.add("- " + c.name() + ": " + orDash(c.definition())));
        }
        return lines.isEmpty() ? text(lang, "(none)", "(ninguno)") : String.join("\n", lines);
    }

    private CodeRow code(UUID id) {
        return codes.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private CategoryRow category(UUID id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text.strip();
    }

    static String text(Language language, String en, String es) {
        return language == Language.ES ? es : en;
    }
}
