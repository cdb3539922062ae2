package com.theogen.exchange;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * What an import will bring in, as found when the file was checked (before the job writes it).
 *
 * @param origin the tool that wrote the file, as it says
 * @param textSources sources that become interviews with their text selections
 * @param documentSources {@code .docx}/{@code .pdf} sources without a plain-text version: parsed by TheoGen's own
 *     readers, their selections (which need the plain text) cannot be kept
 * @param codes codes in the codebook
 * @param selections coded text selections
 * @param codings code applications on those selections (one selection may carry several codes)
 * @param coders people who coded or wrote notes, each an imported coder
 * @param memos notes and comments that become memos
 * @param attributes interview attributes from cases and variables
 * @param skipped what the file holds that TheoGen does not keep (pictures, audio, video, PDF area selections, sets,
 *     graphs, links …), by element, with how many
 * @param warnings other things worth knowing (empty selections, colours that are not colours …), at most 50
 */
public record ImportSummary(
        @Nullable String origin,
        int textSources,
        int documentSources,
        int codes,
        int selections,
        int codings,
        int coders,
        int memos,
        int attributes,
        Map<String, Integer> skipped,
        List<String> warnings) {}
