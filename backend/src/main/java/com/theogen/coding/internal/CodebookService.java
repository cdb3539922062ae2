package com.theogen.coding.internal;

import com.theogen.coding.CodebookEditor;
import com.theogen.coding.CodingSnapshot.Application;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.coding.internal.ApplicationStore.NewApplication;
import com.theogen.coding.internal.CategoryStore.CategoryRow;
import com.theogen.coding.internal.CodeStore.CodeRow;
import com.theogen.interview.Fragment;
import com.theogen.project.ProjectRole;
import com.theogen.shared.DomainException;
import com.theogen.shared.ErrorCategory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Researchers' edits of codes and code applications; categories are in {@link CategoryEditing}. */
@Service
class CodebookService implements CodebookEditor {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final CodingAccess access;
    private final CodeStore codes;
    private final ApplicationStore applications;
    private final CoderStore coders;
    private final CodebookQueries queries;
    private final CategoryEditing categories;
    private final EvidenceSync sync;
    private final TransactionTemplate transactions;

    CodebookService(
            CodingAccess access,
            CodeStore codes,
            ApplicationStore applications,
            CoderStore coders,
            CodebookQueries queries,
            CategoryEditing categories,
            EvidenceSync sync,
            TransactionTemplate transactions) {
        this.access = access;
        this.codes = codes;
        this.applications = applications;
        this.coders = coders;
        this.queries = queries;
        this.categories = categories;
        this.sync = sync;
        this.transactions = transactions;
    }

    @Override
    public Page<CodeView> codes(UUID userId, UUID projectId, CodeQuery query) {
        access.project(projectId, userId, ProjectRole.VIEWER);
        coders.requireKnown(projectId, query.coders());
        return queries.codes(projectId, query);
    }

    @Override
    public CodeView createCode(UUID userId, UUID projectId, String label, String definition, UUID categoryId) {
        access.project(projectId, userId, ProjectRole.CODER);
        String clean = requireLabel(label);
        if (categoryId != null) {
            sameProject(access.category(categoryId, userId, ProjectRole.CODER).projectId(), projectId, "Category");
        }
        CodeRow code = transactions.execute(s -> {
            if (codes.codeByLabel(projectId, clean).isPresent()) {
                throw labelTaken(clean);
            }
            return codes.insertCode(projectId, clean, definition, Origin.HUMAN, categoryId, true, null, null);
        });
        sync.touched(projectId, List.of());
        return queries.code(projectId, code.id());
    }

    @Override
    public CodeView updateCode(
            UUID userId, UUID codeId, String label, String definition, UUID categoryId, CodeCriteria criteria) {
        CodeRow code = access.code(codeId, userId, ProjectRole.CODER);
        if (categoryId != null) {
            sameProject(
                    access.category(categoryId, userId, ProjectRole.CODER).projectId(), code.projectId(), "Category");
        }
        transactions.executeWithoutResult(s -> {
            String newLabel = code.label();
            List<String> aliases = new ArrayList<>(code.aliases());
            if (label != null) {
                newLabel = requireLabel(label);
                var other = codes.codeByLabel(code.projectId(), newLabel);
                if (other.isPresent() && !other.get().id().equals(codeId)) {
                    throw labelTaken(newLabel);
                }
                addAlias(aliases, code.label(), newLabel);
            }
            codes.updateCode(new CodeRow(
                    code.id(),
                    code.projectId(),
                    newLabel,
                    definition == null ? code.definition() : definition.strip(),
                    code.origin(),
                    categoryId == null ? code.categoryId() : categoryId,
                    categoryId != null || code.categoryPinned(),
                    true,
                    aliases,
                    code.properties(),
                    code.dimensions(),
                    code.createdAt(),
                    code.updatedAt()));
            if (criteria != null && !criteria.equals(CodeCriteria.UNCHANGED)) {
                codes.setCriteria(
                        codeId,
                        strip(criteria.inclusionCriteria()),
                        strip(criteria.exclusionCriteria()),
                        criteria.examples() == null
                                ? null
                                : criteria.examples().stream()
                                        .filter(e -> e != null && !e.isBlank())
                                        .map(String::strip)
                                        .toList());
            }
        });
        sync.touched(code.projectId(), applications.fragmentsOfCode(codeId));
        return queries.code(code.projectId(), codeId);
    }

    @Override
    public CodeView merge(UUID userId, UUID codeId, UUID intoCodeId) {
        CodeRow from = access.code(codeId, userId, ProjectRole.CODER);
        if (codeId.equals(intoCodeId)) {
            throw DomainException.invalid("MERGE_INTO_SELF", "A code cannot be merged into itself");
        }
        CodeRow into = codes.code(intoCodeId)
                .filter(c -> c.projectId().equals(from.projectId()))
                .orElseThrow(
                        () -> DomainException.invalid("UNKNOWN_CODE", "into_code_id names no code of this project"));
        List<UUID> fragments = transactions.execute(s -> {
            List<UUID> moved = applications.moveApplications(codeId, intoCodeId);
            List<String> aliases = new ArrayList<>(into.aliases());
            addAlias(aliases, from.label(), into.label());
            from.aliases().forEach(a -> addAlias(aliases, a, into.label()));
            codes.deleteCode(codeId);
            codes.updateCode(new CodeRow(
                    into.id(),
                    into.projectId(),
                    into.label(),
                    into.definition(),
                    into.origin(),
                    into.categoryId() != null ? into.categoryId() : from.categoryId(),
                    into.categoryPinned() || (into.categoryId() == null && from.categoryPinned()),
                    true,
                    aliases,
                    into.properties(),
                    into.dimensions(),
                    into.createdAt(),
                    into.updatedAt()));
            return moved;
        });
        sync.touched(from.projectId(), fragments);
        return queries.code(from.projectId(), intoCodeId);
    }

    @Override
    public CodeView recolor(UUID userId, UUID codeId, String color) {
        CodeRow code = access.code(codeId, userId, ProjectRole.CODER);
        if (color == null || !COLOR.matcher(color).matches()) {
            throw DomainException.invalid("INVALID_COLOR", "color must be #RRGGBB, e.g. #1F77B4");
        }
        codes.setColor(codeId, color);
        return queries.code(code.projectId(), codeId);
    }

    @Override
    public void deleteCode(UUID userId, UUID codeId) {
        CodeRow code = access.code(codeId, userId, ProjectRole.CODER);
        List<UUID> fragments = transactions.execute(s -> {
            List<UUID> coded = applications.fragmentsOfCode(codeId);
            codes.deleteCode(codeId);
            return coded;
        });
        sync.touched(code.projectId(), fragments);
    }

    @Override
    public Application apply(UUID userId, UUID fragmentId, UUID codeId, String label, int quoteStart, int quoteEnd) {
        Fragment fragment = access.fragment(fragmentId, userId, ProjectRole.CODER);
        String quote = SpanRule.quote(fragment.text(), quoteStart, quoteEnd);
        if (codeId == null && (label == null || label.isBlank())) {
            throw DomainException.invalid("CODE_REQUIRED", "Name the code by code_id or label");
        }
        Application applied = transactions.execute(s -> {
            UUID coderId = coders.user(fragment.projectId(), userId).id();
            CodeRow code = codeId != null
                    ? codes.code(codeId)
                            .filter(c -> c.projectId().equals(fragment.projectId()))
                            .orElseThrow(() ->
                                    DomainException.invalid("UNKNOWN_CODE", "code_id names no code of this project"))
                    : codes.codeByLabel(fragment.projectId(), requireLabel(label))
                            .orElseGet(() -> codes.insertCode(
                                    fragment.projectId(),
                                    requireLabel(label),
                                    "",
                                    Origin.HUMAN,
                                    null,
                                    true,
                                    null,
                                    null));
            applications.insertApplications(
                    fragment.projectId(),
                    List.of(new NewApplication(
                            code.id(),
                            fragmentId,
                            fragment.interviewId(),
                            quote,
                            quoteStart,
                            quoteEnd,
                            1.0,
                            Origin.HUMAN,
                            coderId)));
            return applications
                    .applicationAt(code.id(), fragmentId, quoteStart, quoteEnd, coderId)
                    .orElseThrow();
        });
        sync.touched(fragment.projectId(), List.of(fragmentId));
        return applied;
    }

    @Override
    public void removeApplication(UUID userId, UUID applicationId) {
        Application application =
                applications.application(applicationId).orElseThrow(() -> DomainException.notFound("Code application"));
        Fragment fragment = access.fragment(application.fragmentId(), userId, ProjectRole.CODER);
        applications.deleteApplication(applicationId);
        sync.touched(fragment.projectId(), List.of(fragment.id()));
    }

    @Override
    public Page<EvidenceItem> codeEvidence(UUID userId, UUID codeId, EvidenceFilter filter) {
        CodeRow code = access.code(codeId, userId, ProjectRole.VIEWER);
        coders.requireKnown(code.projectId(), filter.coders());
        return queries.evidence(List.of(codeId), filter);
    }

    @Override
    public List<CategoryView> categories(UUID userId, UUID projectId) {
        access.project(projectId, userId, ProjectRole.VIEWER);
        return categories.list(projectId);
    }

    @Override
    public CategoryView createCategory(UUID userId, UUID projectId, String name, String definition) {
        access.project(projectId, userId, ProjectRole.CODER);
        return categories.create(projectId, name, definition);
    }

    @Override
    public CategoryView updateCategory(UUID userId, UUID categoryId, String name, String definition) {
        CategoryRow category = access.category(categoryId, userId, ProjectRole.CODER);
        return categories.update(category, name, definition);
    }

    @Override
    public void deleteCategory(UUID userId, UUID categoryId) {
        categories.delete(access.category(categoryId, userId, ProjectRole.CODER));
    }

    @Override
    public CategoryView moveCodes(UUID userId, UUID categoryId, List<UUID> codeIds) {
        return categories.move(access.category(categoryId, userId, ProjectRole.CODER), codeIds);
    }

    @Override
    public Page<EvidenceItem> categoryEvidence(UUID userId, UUID categoryId, EvidenceFilter filter) {
        CategoryRow category = access.category(categoryId, userId, ProjectRole.VIEWER);
        coders.requireKnown(category.projectId(), filter.coders());
        List<UUID> members = codes.codes(category.projectId()).stream()
                .filter(c -> categoryId.equals(c.categoryId()))
                .map(CodeRow::id)
                .toList();
        return queries.evidence(members, filter);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static String requireLabel(String label) {
        String clean = DraftWriter.clean(label);
        if (clean.isEmpty()) {
            throw DomainException.invalid("INVALID_LABEL", "label must not be blank");
        }
        return clean;
    }

    private static void addAlias(List<String> aliases, String old, String current) {
        String key = DraftWriter.key(old);
        if (!key.equals(DraftWriter.key(current)) && !aliases.contains(key)) {
            aliases.add(key);
        }
    }

    private static void sameProject(UUID actual, UUID expected, String what) {
        if (!actual.equals(expected)) {
            throw DomainException.notFound(what);
        }
    }

    private static DomainException labelTaken(String label) {
        return new DomainException(
                ErrorCategory.CONFLICT, "CODE_LABEL_TAKEN", "The project already has a code labelled '" + label + "'");
    }

    static Map<UUID, List<UUID>> membersByCategory(List<CodeRow> codes) {
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        codes.stream().filter(c -> c.categoryId() != null).forEach(c -> members.computeIfAbsent(
                        c.categoryId(), k -> new ArrayList<>())
                .add(c.id()));
        return members;
    }

    static Set<UUID> ids(List<CodeRow> codes) {
        Set<UUID> ids = new HashSet<>();
        codes.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
