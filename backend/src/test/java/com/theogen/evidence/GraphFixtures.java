package com.theogen.evidence;

import com.theogen.evidence.GraphBatch.Category;
import com.theogen.evidence.GraphBatch.Code;
import com.theogen.evidence.GraphBatch.Fragment;
import com.theogen.evidence.GraphBatch.FragmentCodes;
import com.theogen.evidence.GraphBatch.Interview;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Graph data for the contract tests. */
public final class GraphFixtures {

    private GraphFixtures() {}

    /**
     * Four categories whose co-occurrence graph is a star: A-B shares 2 fragments, A-C 1, A-D 1 (see {@link
     * EvidenceGraphContract} for the hand-computed metrics). Interview 1 holds f1..f3, interview 2 holds f4..f6;
     * f5 is coded only with B, f6 only with an ungrouped code.
     */
    public record Star(
            UUID project,
            UUID a,
            UUID b,
            UUID c,
            UUID d,
            UUID interview1,
            UUID interview2,
            List<UUID> fragments,
            UUID codeA1,
            UUID codeA2,
            UUID codeB,
            UUID codeC,
            UUID codeD,
            UUID ungrouped,
            GraphBatch batch) {}

    public static Star star() {
        UUID project = UUID.randomUUID();
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID();
        UUID i1 = UUID.randomUUID(), i2 = UUID.randomUUID();
        List<UUID> f = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            f.add(UUID.randomUUID());
        }
        UUID a1 = UUID.randomUUID(), a2 = UUID.randomUUID(), b1 = UUID.randomUUID();
        UUID c1 = UUID.randomUUID(), d1 = UUID.randomUUID(), u1 = UUID.randomUUID();
        GraphBatch batch = new GraphBatch(
                project,
                List.of(new Interview(i1, "Ana"), new Interview(i2, "Luis")),
                List.of(
                        new Fragment(f.get(0), i1),
                        new Fragment(f.get(1), i1),
                        new Fragment(f.get(2), i1),
                        new Fragment(f.get(3), i2),
                        new Fragment(f.get(4), i2),
                        new Fragment(f.get(5), i2)),
                List.of(new Category(a, "A"), new Category(b, "B"), new Category(c, "C"), new Category(d, "D")),
                List.of(
                        new Code(a1, "a1", a),
                        new Code(a2, "a2", a),
                        new Code(b1, "b1", b),
                        new Code(c1, "c1", c),
                        new Code(d1, "d1", d),
                        new Code(u1, "u1", null)),
                List.of(
                        new FragmentCodes(f.get(0), Set.of(a1, b1)),
                        new FragmentCodes(f.get(1), Set.of(a2, b1)),
                        new FragmentCodes(f.get(2), Set.of(a1, c1)),
                        new FragmentCodes(f.get(3), Set.of(a1, d1)),
                        new FragmentCodes(f.get(4), Set.of(b1)),
                        new FragmentCodes(f.get(5), Set.of(u1))));
        return new Star(project, a, b, c, d, i1, i2, f, a1, a2, b1, c1, d1, u1, batch);
    }

    /** A seeded random project: many categories, codes and fragments with 0 to 4 codes each. */
    public static GraphBatch random(long seed, int interviews, int fragmentsPerInterview, int categories, int codes) {
        Random random = new Random(seed);
        UUID project = new UUID(seed, 0);
        List<Interview> interviewNodes = new ArrayList<>();
        List<Fragment> fragmentNodes = new ArrayList<>();
        for (int i = 0; i < interviews; i++) {
            UUID interview = new UUID(random.nextLong(), random.nextLong());
            interviewNodes.add(new Interview(interview, "P" + i));
            for (int j = 0; j < fragmentsPerInterview; j++) {
                fragmentNodes.add(new Fragment(new UUID(random.nextLong(), random.nextLong()), interview));
            }
        }
        List<Category> categoryNodes = new ArrayList<>();
        for (int i = 0; i < categories; i++) {
            categoryNodes.add(new Category(new UUID(random.nextLong(), random.nextLong()), "category " + i));
        }
        List<Code> codeNodes = new ArrayList<>();
        for (int i = 0; i < codes; i++) {
            UUID category = random.nextInt(10) == 0
                    ? null
                    : categoryNodes.get(random.nextInt(categories)).id();
            codeNodes.add(new Code(new UUID(random.nextLong(), random.nextLong()), "code " + i, category));
        }
        List<FragmentCodes> applications = new ArrayList<>();
        for (Fragment fragment : fragmentNodes) {
            Set<UUID> applied = new HashSet<>();
            int n = random.nextInt(5);
            for (int k = 0; k < n; k++) {
                applied.add(codeNodes.get(random.nextInt(codes)).id());
            }
            applications.add(new FragmentCodes(fragment.id(), applied));
        }
        return new GraphBatch(project, interviewNodes, fragmentNodes, categoryNodes, codeNodes, applications);
    }
}
