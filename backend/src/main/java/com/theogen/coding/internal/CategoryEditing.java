package com.theogen.coding.internal;

import com.theogen.coding.CodebookEditor.CategoryView;
import com.theogen.coding.CodingSnapshot.CategoryRelation;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.CategoryStore.CategoryRow;
import com.theogen.coding.internal.CodeStore.CodeRow;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Category edits (ownership already checked by the caller) and the category views. */
@Component
class CategoryEditing {

    private final CategoryStore categories;
    private final CodeStore codes;
    private final ApplicationStore applications;
    private final EvidenceSync sync;
    private final TransactionTemplate transactions;

    CategoryEditing(
            CategoryStore categories,
            CodeStore codes,
            ApplicationStore applications,
            EvidenceSync sync,
            TransactionTemplate transactions) {
        this.categories = categories;
        this.codes = codes;
        this.applications = applications;
        this.sync = sync;
        this.transactions = transactions;
    }

    List<CategoryView> list(UUID projectId) {
        List<CodeRow> all = codes.codes(projectId);
        Map<UUID, List<UUID>> members = CodebookService.membersByCategory(all);
        Map<UUID, Set<UUID>> fragmentsOfCode = new java.util.HashMap<>();
        applications.applications(projectId).forEach(a -> fragmentsOfCode
                .computeIfAbsent(a.codeId(), k -> new HashSet<>())
                .add(a.fragmentId()));
        List<CategoryRelation> relations = categories.relations(projectId);
        return categories.categories(projectId).stream()
                .map(c -> view(c, members.getOrDefault(c.id(), List.of()), fragmentsOfCode, relations))
                .toList();
    }

    CategoryView create(UUID projectId, String name, String definition) {
        String clean = requireName(name);
        CategoryRow row = transactions.execute(s -> {
            if (categories.byName(projectId, clean).isPresent()) {
                throw nameTaken(clean);
            }
            return categories.insert(projectId, clean, definition, Origin.HUMAN, true);
        });
        sync.touched(projectId, List.of());
        return one(projectId, row.id());
    }

    CategoryView update(CategoryRow category, String name, String definition) {
        transactions.executeWithoutResult(s -> {
            String newName = name == null ? category.name() : requireName(name);
            var other = categories.byName(category.projectId(), newName);
            if (other.isPresent() && !other.get().id().equals(category.id())) {
                throw nameTaken(newName);
            }
            categories.update(category.id(), newName, definition == null ? category.definition() : definition.strip());
        });
        sync.touched(category.projectId(), List.of());
        return one(category.projectId(), category.id());
    }

    void delete(CategoryRow category) {
        List<UUID> members = codes.codes(category.projectId()).stream()
                .filter(c -> category.id().equals(c.categoryId()))
                .map(CodeRow::id)
                .toList();
        List<UUID> fragments = applications.fragmentsOfCodes(members);
        transactions.executeWithoutResult(s -> categories.delete(category.id()));
        sync.touched(category.projectId(), fragments);
    }

    CategoryView move(CategoryRow category, List<UUID> codeIds) {
        if (codeIds == null || codeIds.isEmpty()) {
            throw DomainException.invalid("CODE_IDS_REQUIRED", "code_ids must name at least one code");
        }
        Set<UUID> projectCodes = CodebookService.ids(codes.codes(category.projectId()));
        for (UUID id : codeIds) {
            if (!projectCodes.contains(id)) {
                throw DomainException.invalid("UNKNOWN_CODE", "code_ids names a code that is not in this project");
            }
        }
        transactions.executeWithoutResult(s -> codes.placeCodes(Set.copyOf(codeIds), category.id(), true));
        sync.touched(category.projectId(), applications.fragmentsOfCodes(codeIds));
        return one(category.projectId(), category.id());
    }

    private CategoryView one(UUID projectId, UUID categoryId) {
        return list(projectId).stream()
                .filter(c -> c.id().equals(categoryId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Category"));
    }

    private static CategoryView view(
            CategoryRow category,
            List<UUID> members,
            Map<UUID, Set<UUID>> fragmentsOfCode,
            List<CategoryRelation> relations) {
        Set<UUID> fragments = new HashSet<>();
        members.forEach(m -> fragments.addAll(fragmentsOfCode.getOrDefault(m, Set.of())));
        return new CategoryView(
                category.id(),
                category.projectId(),
                category.name(),
                category.definition(),
                category.origin(),
                category.humanEdited(),
                members,
                fragments.size(),
                relations.stream()
                        .filter(r -> r.fromCategoryId().equals(category.id())
                                || r.toCategoryId().equals(category.id()))
                        .toList(),
                category.createdAt(),
                category.updatedAt());
    }

    private static String requireName(String name) {
        String clean = DraftWriter.clean(name);
        if (clean.isEmpty()) {
            throw DomainException.invalid("INVALID_NAME", "name must not be blank");
        }
        return clean;
    }

    private static DomainException nameTaken(String name) {
        return new DomainException(
                ErrorCategory.CONFLICT,
                "CATEGORY_NAME_TAKEN",
                "The project already has a category named '" + name + "'");
    }
}
