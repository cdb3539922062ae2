package com.theogen.theory.internal.pipeline;

import static com.theogen.theory.internal.pipeline.PipelineFixtures.application;
import static com.theogen.theory.internal.pipeline.PipelineFixtures.fragment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.theogen.coding.CodingSnapshot;
import com.theogen.coding.CodingSnapshot.Origin;
import com.theogen.evidence.CategoryProbe;
import com.theogen.evidence.Evidence;
import com.theogen.evidence.EvidenceResult;
import com.theogen.evidence.FragmentCoding;
import com.theogen.evidence.GraphBatch;
import com.theogen.evidence.IndexedFragment;
import com.theogen.evidence.NetworkMetrics;
import com.theogen.evidence.ProjectSnapshot;
import com.theogen.evidence.ScoredFragment;
import com.theogen.evidence.SearchQuery;
import com.theogen.interview.Fragment;
import com.theogen.llm.LlmAccess;
import com.theogen.llm.ProviderKind;
import com.theogen.shared.DomainException;
import com.theogen.shared.Language;
import com.theogen.support.InlineJobContext;
import com.theogen.theory.Theory;
import com.theogen.theory.TheoryError;
import com.theogen.theory.TheoryProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rule verification enforces on both paths (it does not know whether a model or the offline analyst drafted the
 * claims; the run here is offline): a claim whose every quote is dropped gets new evidence searched for its statement
 * among its category's fragments, or is removed and listed; nothing is saved without evidence.
 */
class VerifyStageTest {

    static final UUID PROJECT = PipelineFixtures.PROJECT;
    static final UUID INTERVIEW = PipelineFixtures.INTERVIEW;
    static final UUID NIGHTS = UUID.randomUUID();
    static final UUID FAMILY = UUID.randomUUID();
    static final UUID MONEY = UUID.randomUUID();
    static final UUID INVENTED = UUID.randomUUID();

    final Fragment stayUp = fragment(0, "I stay up with my mother most nights.");
    final Fragment sister = fragment(1, "My sister helps on Sundays.");
    final Fragment nurse = fragment(2, "The nurse comes on Tuesdays.");
    final ProjectData data = data();
    final List<CategoryProbe> probes = new ArrayList<>();

    /** The index ranks the nurse fragment first for anything, and offers a fragment of another category too. */
    final Evidence evidence =
            new SearchOnly((category, k) -> List.of(scored(stayUp, 0.95), scored(nurse, 0.9), scored(sister, 0.5)));

    @Test
    void aClaimWithoutVerifiedQuotesIsRepairedFromItsCategoryOrRemovedAndListed() {
        Drafts.Claim family = new Drafts.Claim(FAMILY, "Relatives step in at night.", invented());
        Drafts.Claim money = new Drafts.Claim(MONEY, "Money runs short.", invented());
        Drafts.Claim nowhere = new Drafts.Claim(null, "A category the project does not have.", invented());
        Drafts.Claim nights = new Drafts.Claim(NIGHTS, "Nights are sleepless.", List.of(cite(stayUp, "I stay up")));
        Drafts.Proposition proposition = new Drafts.Proposition(
                "If relatives help, then nights are shorter, because care is shared.",
                List.of(NIGHTS, FAMILY),
                invented());

        StageOutputs.Verified verified = verify(
                List.of(cite(stayUp, "I stay up")),
                paradigm(List.of(family), List.of(money), List.of(nowhere), List.of(nights), List.of(proposition)));

        Theory.Claim repaired = verified.paradigm().causalConditions().get(0);
        assertThat(repaired.statement()).isEqualTo("Relatives step in at night.");
        assertThat(repaired.evidence())
                .extracting(Theory.EvidenceRef::quote)
                .as("the search for the statement ranked the nurse first; the other category's fragment is not used")
                .containsExactly("The nurse comes", "My sister helps");
        assertThat(probes).extracting(CategoryProbe::probeText).contains("Relatives step in at night.");
        assertThat(verified.paradigm().context()).isEmpty();
        assertThat(verified.paradigm().interveningConditions()).isEmpty();
        assertThat(verified.propositions()).singleElement().satisfies(p -> assertThat(p.evidence())
                .isNotEmpty());
        Theory.Validation validation = verified.validation();
        assertThat(validation.claimsRepaired()).isEqualTo(2);
        assertThat(validation.unsupportedClaims())
                .extracting(Theory.UnsupportedClaim::component, Theory.UnsupportedClaim::reason)
                .containsExactly(
                        tuple("context", "no_verified_evidence"), tuple("intervening_conditions", "unknown_category"));
        assertThat(validation.unsupportedClaims().get(0).categoryIds()).containsExactly(MONEY);
        assertThat(validation.unsupportedClaims().get(0).evidenceDropped()).isEqualTo(2);
        assertThat(verified.coverage().ratio()).isEqualTo(1.0);
        assertThat(verified.coverage().claims()).isEqualTo(4); // core, family, nights, proposition
    }

    @Test
    void whenTheIndexHasNothingTheCategorysOwnCodedQuotesAreUsed() {
        Evidence down = new SearchOnly((category, k) -> List.of());

        StageOutputs.Verified verified = new VerifyStage(down)
                .run(
                        scope(),
                        state(
                                core(List.of(cite(stayUp, "I stay up"))),
                                paradigm(
                                        List.of(new Drafts.Claim(FAMILY, "Relatives step in.", invented())),
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        List.of())));

        assertThat(verified.paradigm().causalConditions().get(0).evidence())
                .extracting(Theory.EvidenceRef::quote)
                .containsExactlyInAnyOrder("My sister helps", "The nurse comes");
    }

    @Test
    void aCoreCategoryWithoutAnyVerifiableQuoteFailsTheRun() {
        assertThatThrownBy(() ->
                        verify(invented(), paradigm(List.of(), List.of(), List.of(), List.of(), List.of()), MONEY))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.is(TheoryError.CORE_CATEGORY_UNSUPPORTED))
                                .isTrue());
    }

    private StageOutputs.Verified verify(List<Drafts.Cite> coreCites, StageOutputs.Paradigm paradigm) {
        return verify(coreCites, paradigm, NIGHTS);
    }

    private StageOutputs.Verified verify(List<Drafts.Cite> coreCites, StageOutputs.Paradigm paradigm, UUID core) {
        return new VerifyStage(evidence)
                .run(
                        scope(),
                        state(
                                new StageOutputs.Core(core, "why", coreCites, List.of(), Drafts.Meta.computed(0)),
                                paradigm));
    }

    /** The run state verify_evidence reads: the loaded project, the core category and the paradigm. */
    private static RunState state(StageOutputs.Core core, StageOutputs.Paradigm paradigm) {
        return RunState.start(false)
                .with(LoadStage.STEP, loaded())
                .with(CentralCategoryStage.STEP, core)
                .with(ParadigmStage.STEP, paradigm);
    }

    private static StageOutputs.Core core(List<Drafts.Cite> cites) {
        return new StageOutputs.Core(NIGHTS, "why", cites, List.of(), Drafts.Meta.computed(0));
    }

    private static StageOutputs.Paradigm paradigm(
            List<Drafts.Claim> causal,
            List<Drafts.Claim> context,
            List<Drafts.Claim> intervening,
            List<Drafts.Claim> strategies,
            List<Drafts.Proposition> propositions) {
        return new StageOutputs.Paradigm(
                causal, context, intervening, strategies, List.of(), propositions, List.of(), Drafts.Meta.computed(0));
    }

    /** A quote that is nowhere, and a fragment id that does not exist. */
    private List<Drafts.Cite> invented() {
        return List.of(new Drafts.Cite(INVENTED, "I stay up", -1), cite(stayUp, "Caring at night exhausts everybody"));
    }

    private static Drafts.Cite cite(Fragment fragment, String quote) {
        return new Drafts.Cite(fragment.id(), quote, -1);
    }

    private RunScope scope() {
        LlmAccess offline = new LlmAccess(false, false, ProviderKind.OFFLINE, LlmAccess.KeySource.NONE, "offline");
        TheoryProperties settings =
                new TheoryProperties(TheoryProperties.Route.STAGED, 0, 2, 5, 12, Duration.ofMinutes(30));
        return new RunScope(new InlineJobContext(PROJECT, false), offline, Optional.empty(), settings, () -> data);
    }

    private static StageOutputs.Loaded loaded() {
        return new StageOutputs.Loaded(
                PROJECT,
                "Night care",
                "",
                Language.EN,
                "generic",
                List.of(new StageOutputs.InterviewRef(INTERVIEW, "Maria", Language.EN)),
                3,
                "staged",
                "",
                Drafts.Meta.computed(0));
    }

    private ProjectData data() {
        UUID nightCode = UUID.randomUUID();
        UUID familyCode = UUID.randomUUID();
        UUID moneyCode = UUID.randomUUID();
        CodingSnapshot coding = new CodingSnapshot(
                PROJECT,
                List.of(
                        new CodingSnapshot.Code(nightCode, "staying up", "", Origin.OFFLINE, NIGHTS),
                        new CodingSnapshot.Code(familyCode, "family help", "", Origin.OFFLINE, FAMILY),
                        new CodingSnapshot.Code(moneyCode, "money", "", Origin.OFFLINE, MONEY)),
                List.of(
                        new CodingSnapshot.Category(NIGHTS, "Nights", "", Origin.OFFLINE),
                        new CodingSnapshot.Category(FAMILY, "Family", "", Origin.OFFLINE),
                        new CodingSnapshot.Category(MONEY, "Money", "", Origin.OFFLINE)),
                List.of(),
                List.of(
                        application(nightCode, stayUp, "I stay up", 0.9),
                        application(familyCode, sister, "My sister helps", 0.8),
                        application(familyCode, nurse, "The nurse comes", 0.7)));
        return new ProjectData(coding, List.of(stayUp, sister, nurse));
    }

    private static ScoredFragment scored(Fragment f, double similarity) {
        return new ScoredFragment(
                new IndexedFragment(PROJECT, INTERVIEW, f.id(), "Maria", Language.EN, f.text(), List.of(), List.of()),
                similarity,
                similarity,
                false,
                List.of());
    }

    private interface Search {
        List<ScoredFragment> find(UUID category, int topK);
    }

    /** The evidence stores as verification uses them: category evidence only, every probe recorded. */
    private final class SearchOnly implements Evidence {
        private final Search search;

        SearchOnly(Search search) {
            this.search = search;
        }

        @Override
        public EvidenceResult<Map<UUID, List<ScoredFragment>>> categoryEvidence(
                UUID projectId, List<CategoryProbe> categories, int topK) {
            probes.addAll(categories);
            Map<UUID, List<ScoredFragment>> out = new HashMap<>();
            categories.forEach(c -> out.put(c.categoryId(), search.find(c.categoryId(), topK)));
            return EvidenceResult.complete(out);
        }

        @Override
        public void index(List<IndexedFragment> fragments) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void updateCoding(UUID projectId, List<FragmentCoding> codings) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void syncGraph(GraphBatch batch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteInterview(UUID projectId, UUID interviewId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteProject(UUID projectId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resync(ProjectSnapshot snapshot) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Generations generations() {
            throw new UnsupportedOperationException();
        }

        @Override
        public EvidenceResult<List<ScoredFragment>> search(SearchQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EvidenceResult<NetworkMetrics> metrics(UUID projectId) {
            throw new UnsupportedOperationException();
        }
    }
}
