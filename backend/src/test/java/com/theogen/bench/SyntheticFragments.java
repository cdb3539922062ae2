package com.theogen.bench;

import com.theogen.evidence.IndexedFragment;
import com.theogen.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Seeded synthetic interview fragments in Spanish and English, 12 to 40 words each. */
final class SyntheticFragments {

    private static final String[] SPANISH =
            ("cuidar madre padre hijo trabajo salud clínica autobús dinero comunidad vecinos escuela "
                            + "maestra enfermera médico cita espera horas apoyo familia abuela casa renta deuda "
                            + "cooperativa mercado cosecha lluvia sequía miedo esperanza cansancio descanso tiempo "
                            + "pueblo ciudad camino río agua luz teléfono internet programa ayuda gobierno")
                    .split(" ");
    private static final String[] ENGLISH =
            ("care mother father child job health clinic bus money community neighbours school teacher "
                            + "nurse doctor appointment waiting hours support family grandmother home rent debt "
                            + "cooperative market harvest rain drought fear hope tiredness rest time village city "
                            + "road river water power phone internet program help government")
                    .split(" ");
    private static final String[] SPANISH_GLUE = "el la de que y en a los las por con para no me se".split(" ");
    private static final String[] ENGLISH_GLUE = "the of and to in a for with not I we it was is".split(" ");

    private final Random random;
    private final List<UUID> interviews = new ArrayList<>();
    private final List<UUID> codes = new ArrayList<>();
    private final List<UUID> categories = new ArrayList<>();

    SyntheticFragments(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < 100; i++) {
            interviews.add(new UUID(seed, i));
        }
        for (int i = 0; i < 10; i++) {
            categories.add(new UUID(seed + 1, i));
        }
        for (int i = 0; i < 40; i++) {
            codes.add(new UUID(seed + 2, i));
        }
    }

    List<UUID> categories() {
        return categories;
    }

    List<IndexedFragment> next(UUID project, int count) {
        List<IndexedFragment> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Language language = random.nextBoolean() ? Language.ES : Language.EN;
            int code = random.nextInt(codes.size());
            out.add(new IndexedFragment(
                    project,
                    interviews.get(random.nextInt(interviews.size())),
                    new UUID(random.nextLong(), random.nextLong()),
                    "P" + (1 + random.nextInt(5)),
                    language,
                    sentence(language),
                    List.of(codes.get(code)),
                    List.of(categories.get(code % categories.size()))));
        }
        return out;
    }

    String sentence(Language language) {
        String[] words = language == Language.ES ? SPANISH : ENGLISH;
        String[] glue = language == Language.ES ? SPANISH_GLUE : ENGLISH_GLUE;
        int length = 12 + random.nextInt(29);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String[] pool = random.nextInt(3) == 0 ? words : glue;
            text.append(i == 0 ? "" : " ").append(pool[random.nextInt(pool.length)]);
        }
        return text.append('.').toString();
    }

    float[] randomUnitVector(int dimension) {
        float[] v = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < dimension; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
