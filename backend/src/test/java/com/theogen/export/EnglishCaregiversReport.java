package com.theogen.export;

import static com.theogen.export.FixtureQuotes.consequence;
import static com.theogen.export.FixtureQuotes.item;
import static com.theogen.export.FixtureQuotes.proposition;

import com.theogen.export.RunManifest.InputHash;
import com.theogen.export.RunManifest.PromptVersion;
import com.theogen.export.RunManifest.StageTiming;
import com.theogen.shared.Language;
import java.time.Instant;
import java.util.List;

/**
 * A realistic English report on the same theme, produced by the offline analyst (degraded) with no budget
 * trims; participants' names carry accents so the English exports must render them too.
 */
final class EnglishCaregiversReport {

    private EnglishCaregiversReport() {}

    static TheoryReport build() {
        FixtureQuotes f = new FixtureQuotes();
        EvidenceQuote ines1 = f.q(
                "I01 · Inés",
                "Inés",
                "I start at eight, but before that I get Mum up, sort her tablets and leave her breakfast out. Some"
                        + " days I'm late and I've stopped apologising.");
        EvidenceQuote ines2 = f.q(
                "I01 · Inés",
                "Inés",
                "My manager just said “do what you need to do”, and honestly that got me through that winter.");
        EvidenceQuote grace1 = f.q(
                "I02 · Grace",
                "Grace",
                "Who else was going to do it? My brothers are in London and I'm the daughter without kids, so it"
                        + " fell to me.");
        EvidenceQuote grace2 =
                f.q("I02 · Grace", "Grace", "It's a second shift that starts when I clock off and never really ends.");
        EvidenceQuote jose1 = f.q(
                "I03 · José",
                "José",
                "It happened overnight: the stroke was on a Tuesday and by Thursday I was asking HR how to go"
                        + " part-time.");
        EvidenceQuote jose2 = f.q(
                "I03 · José",
                "José",
                "Going part-time cost me about three hundred pounds a month, and nobody pays for the pads and the"
                        + " creams.");
        EvidenceQuote niamh1 = f.q(
                "I04 · Niamh",
                "Niamh",
                "We applied for the care assessment eleven months ago and nobody has come round yet.");
        EvidenceQuote niamh2 = f.q(
                "I04 · Niamh",
                "Niamh",
                "I feel guilty if I go for a coffee; I keep thinking “what if she falls right now?”.");
        EvidenceQuote dev1 = f.q(
                "I05 · Dev",
                "Dev",
                "At the plant the shifts are the shifts. If I ask to swap, the supervisor looks at me like I'm not"
                        + " committed.");
        EvidenceQuote dev2 = f.q(
                "I05 · Dev", "Dev", "In the end I quit. There was no way to fit the dialysis round the night shift.");
        EvidenceQuote zoe1 = f.q(
                "I06 · Zoë",
                "Zoë",
                "The neighbour downstairs sits with Dad on Wednesdays and I do her shopping. That's how we manage.");
        EvidenceQuote zoe2 = f.q(
                "I06 · Zoë",
                "Zoë",
                "I've stopped going to the GP about my own stuff. Mine can always wait, his can't.");
        EvidenceQuote renee1 = f.q(
                "I07 · Renée",
                "Renée",
                "We pay a carer by the hour, but my salary only stretches to three mornings a week.");
        EvidenceQuote renee2 = f.q(
                "I07 · Renée",
                "Interviewer",
                "And on the days she doesn't come? — Then I take the laptop to Mum's and work from there, with my"
                        + " heart in my mouth.");
        EvidenceQuote tom1 = f.q(
                "I08 · Tom",
                "Tom",
                "Since I started caring for my wife I never see my mates; Saturday is for the shopping and the"
                        + " prescriptions.");
        EvidenceQuote tom2 = f.q(
                "I08 · Tom",
                "Tom",
                "My daughter and I have never talked so much. Caring has brought us together, I'll give it that.");
        EvidenceQuote grace3 = f.q(
                "I02 · Grace",
                "Grace",
                "Working from home two days a week means I can take her to the day centre and pick her up; without"
                        + " it, impossible.");
        EvidenceQuote ines3 = f.q(
                "I01 · Inés",
                "Inés",
                "It was always the women in our house who cared: my grandmother, my mother, now me. No discussion!");

        ParadigmModel paradigm = new ParadigmModel(
                List.of(
                        item(
                                "Working carers rearrange their working day, every day, around the needs of a dependent"
                                        + " relative.",
                                ines1,
                                renee2),
                        item(
                                "Care is lived as a second shift that starts when paid work ends and never finishes.",
                                grace2)),
                List.of(
                        item(
                                "The sudden onset of dependency (a stroke, a fall, a dementia diagnosis) forces people"
                                        + " into care without preparation.",
                                jose1),
                        item(
                                "With no other relative available, care concentrates on one person, usually a daughter.",
                                grace1),
                        item("Rigid working hours clash with medical appointments and crises.", dev1)),
                List.of(
                        item("Low- and middle-income households in which the carer's wage is indispensable.", jose2),
                        item(
                                "Relatives with moderate or severe dependency who cannot be left alone for more than a"
                                        + " few hours.",
                                niamh2)),
                List.of(
                        item("The line manager's attitude opens or blocks leave and shift changes.", ines2, dev1),
                        item("Waiting lists for social care assessments delay support for months.", niamh1),
                        item("Gender norms assign care to the women of the family.", ines3)),
                List.of(
                        item("Negotiating shifts, working from home or reduced hours.", grace3, jose1),
                        item("Weaving informal networks of neighbours, siblings and friends to cover the gaps.", zoe1),
                        item("Paying for hourly care despite its cost.", renee1),
                        item("Putting off one's own health and rest.", zoe2)),
                List.of(
                        consequence(
                                "Lost income from reduced hours and the costs of care.",
                                ConsequenceType.MATERIAL,
                                Horizon.SHORT_TERM,
                                jose2),
                        consequence(
                                "Isolation and loss of social life.", ConsequenceType.SOCIAL, Horizon.LONG_TERM, tom1),
                        consequence(
                                "Leaving employment or retiring early, with lower future pension contributions.",
                                ConsequenceType.INSTITUTIONAL,
                                Horizon.LONG_TERM,
                                dev2),
                        consequence(
                                "Closer family bonds with whoever shares the care.",
                                ConsequenceType.SOCIAL,
                                Horizon.SHORT_TERM,
                                tom2),
                        consequence(
                                "Declining physical and emotional health of the carer.",
                                ConsequenceType.MATERIAL,
                                Horizon.LONG_TERM,
                                zoe2,
                                niamh2)));

        List<Proposition> propositions = List.of(
                proposition(
                        "P1",
                        "If dependency begins suddenly and no other relative is available, then the carer"
                                + " cuts their hours or leaves work, because there is no time to organise other support.",
                        jose1,
                        dev2),
                proposition(
                        "P2",
                        "If the line manager is understanding, then the carer keeps their job, because"
                                + " hours can be adjusted without a reputational cost.",
                        ines2,
                        grace3),
                proposition(
                        "P3",
                        "If the job has rigid shifts, then care is held together by informal networks or"
                                + " the job is given up, because there is no formal room to reconcile the two.",
                        dev1,
                        zoe1),
                proposition(
                        "P4",
                        "If public support is delayed, then private spending and overload grow, because"
                                + " the family alone covers the waiting time.",
                        niamh1,
                        renee1),
                proposition(
                        "P5",
                        "If care falls on a single daughter, then guilt and moral duty limit her rest,"
                                + " because gender norms define care as a woman's obligation.",
                        grace1,
                        ines3,
                        niamh2),
                proposition(
                        "P6",
                        "If the carer puts off their own health for more than a year, then their capacity"
                                + " to care declines, because physical strain accumulates.",
                        zoe2),
                proposition(
                        "P7",
                        "If care is shared with another relative, then the bond grows stronger and"
                                + " isolation falls, because caring becomes a joint project.",
                        tom2));

        return new TheoryReport(
                        "Caring while working: family carers in Leeds and Glasgow",
                        "How do people in paid work sustain the care of a dependent relative?",
                        Language.EN,
                        new ReportTemplate(
                                "health",
                                "Health",
                                List.of(
                                        "carers",
                                        "patients",
                                        "nurses",
                                        "GPs",
                                        "health managers",
                                        "community health workers")),
                        2,
                        Instant.parse("2026-11-21T09:05:00Z"),
                        "offline analyst",
                        true,
                        List.of(
                                "Eight interviews describe people who hold down a job while caring every day for a dependent"
                                        + " relative. The core category, “Juggling care and paid work”, explains how they"
                                        + " rearrange time, money and their own health so that neither side collapses.",
                                "The juggling is triggered by the sudden onset of dependency and worsens when no other relative"
                                        + " can help. The line manager's attitude and delays in public support decide whether"
                                        + " the strategies (working from home, neighbours, paid care) are enough or whether the"
                                        + " carer ends up leaving work.",
                                "Consequences are uneven: lost income and health in the short and long term, but also stronger"
                                        + " family bonds when care is shared. Young male carers and rural families are missing."),
                        new CoreCategory(
                                "Juggling care and paid work",
                                "The continuous, costly adjustment of hours, income and one's own health to sustain both paid"
                                        + " work and the care of a dependent relative.",
                                "Highest PageRank (0.231 against 0.168 for the next), present in all 8 interviews (coverage ≥"
                                        + " 100%) and co-occurring with the other six categories → it ties the model together."),
                        paradigm,
                        propositions,
                        List.of(
                                new Gap(
                                        "Workplace flexibility",
                                        "Only two interviews describe employers with formal carer"
                                                + " policies; we do not know whether the manager effect holds where they exist.",
                                        Severity.HIGH),
                                new Gap(
                                        "Guilt and moral duty",
                                        "Male carers (2 of 8) barely mention guilt: real absence or an"
                                                + " interview bias?",
                                        Severity.MEDIUM),
                                new Gap(
                                        "Access to health services",
                                        "No rural interviews, where the nearest surgery may be"
                                                + " more than 30 km away.",
                                        Severity.HIGH),
                                new Gap(
                                        "Economic costs of care",
                                        "Amounts are mentioned in passing; no estimate of monthly" + " spending.",
                                        Severity.LOW)),
                        List.of(
                                new SamplingStep(
                                        "Carers at employers with a carer policy (2–3 interviews)",
                                        "Test proposition P2 → does a formal policy replace an understanding manager?"),
                                new SamplingStep(
                                        "Young men caring for a parent",
                                        "Saturate “Guilt and moral duty” and test the gender reading of P5."),
                                new SamplingStep(
                                        "Rural families in the Highlands with severe dependency",
                                        "Fill the access gap and the ≥ 30 km distance to services.")),
                        new NetworkSummary(
                                List.of(
                                        new CentralityRow("Juggling care and paid work", 9, 41, 8, 6, 58, 0.231),
                                        new CentralityRow("Physical and emotional overload", 7, 29, 7, 5, 39, 0.168),
                                        new CentralityRow("Workplace flexibility", 6, 24, 6, 4, 31, 0.139),
                                        new CentralityRow("Informal support networks", 5, 18, 6, 4, 22, 0.121),
                                        new CentralityRow("Guilt and moral duty", 5, 15, 5, 4, 19, 0.118),
                                        new CentralityRow("Access to health services", 4, 14, 5, 3, 15, 0.112),
                                        new CentralityRow("Economic costs of care", 4, 12, 4, 3, 13, 0.111)),
                                List.of(
                                        new CoOccurrence("Juggling care and paid work", "Workplace flexibility", 14),
                                        new CoOccurrence(
                                                "Juggling care and paid work", "Physical and emotional overload", 12),
                                        new CoOccurrence("Physical and emotional overload", "Guilt and moral duty", 9),
                                        new CoOccurrence("Juggling care and paid work", "Informal support networks", 9),
                                        new CoOccurrence("Juggling care and paid work", "Economic costs of care", 8),
                                        new CoOccurrence("Workplace flexibility", "Economic costs of care", 6),
                                        new CoOccurrence(
                                                "Access to health services", "Physical and emotional overload", 6),
                                        new CoOccurrence("Juggling care and paid work", "Guilt and moral duty", 5),
                                        new CoOccurrence("Informal support networks", "Access to health services", 5),
                                        new CoOccurrence("Juggling care and paid work", "Access to health services", 4),
                                        new CoOccurrence("Workplace flexibility", "Informal support networks", 4),
                                        new CoOccurrence("Guilt and moral duty", "Informal support networks", 3),
                                        new CoOccurrence(
                                                "Physical and emotional overload", "Workplace flexibility", 3))),
                        List.of(
                                new SaturationPoint(1, "I01 · Inés", 13, 13),
                                new SaturationPoint(2, "I02 · Grace", 10, 23),
                                new SaturationPoint(3, "I03 · José", 6, 29),
                                new SaturationPoint(4, "I04 · Niamh", 5, 34),
                                new SaturationPoint(5, "I05 · Dev", 4, 38),
                                new SaturationPoint(6, "I06 · Zoë", 2, 40),
                                new SaturationPoint(7, "I07 · Renée", 1, 41),
                                new SaturationPoint(8, "I08 · Tom", 0, 41)),
                        codebook(),
                        new VerificationCounts(52, 52, 0, 0),
                        new RunManifest(
                                List.of("offline analyst (deterministic)", "all-MiniLM-L6-v2 (embeddings, local)"),
                                List.of(
                                        new PromptVersion(
                                                "identify_central_category", "offline: centrality × coverage"),
                                        new PromptVersion("build_paradigm", "offline: cue phrases en v1")),
                                "health",
                                List.of(),
                                List.of(new InputHash(
                                        "interviews",
                                        "4d1e8a2f6b9c0d3e5f7a1b2c4d6e8f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e")),
                                List.of(
                                        new StageTiming("load_project", 37, 0, 0),
                                        new StageTiming("auto_code", 2_410, 0, 0),
                                        new StageTiming("network_metrics", 171, 0, 0),
                                        new StageTiming("build_paradigm", 1_288, 0, 0),
                                        new StageTiming("verify_evidence", 198, 0, 0))),
                        ReportLinks.NONE)
                .withLinks(new ReportLinks(
                        "https://theogen.example.org",
                        java.util.UUID.fromString("5a1c0000-0000-4000-8000-000000000002")));
    }

    private static List<CodebookEntry> codebook() {
        String core = "Juggling care and paid work";
        String load = "Physical and emotional overload";
        String flex = "Workplace flexibility";
        String nets = "Informal support networks";
        String guilt = "Guilt and moral duty";
        String access = "Access to health services";
        String cost = "Economic costs of care";
        return List.of(
                new CodebookEntry(
                        "late for work",
                        "Delays caused by care tasks before the working day.",
                        core,
                        CodeOrigin.OFFLINE,
                        6,
                        4),
                new CodebookEntry(
                        "second shift", "Care as a working day after the working day.", core, CodeOrigin.OFFLINE, 5, 4),
                new CodebookEntry(
                        "working from home to care",
                        "Working from the relative's home or alternating days.",
                        flex,
                        CodeOrigin.OFFLINE,
                        5,
                        3),
                new CodebookEntry(
                        "reduced hours",
                        "Asking for or working part-time because of care.",
                        flex,
                        CodeOrigin.HUMAN,
                        6,
                        4),
                new CodebookEntry(
                        "understanding manager",
                        "Managers who make leave and swaps easy.",
                        flex,
                        CodeOrigin.OFFLINE,
                        4,
                        3),
                new CodebookEntry(
                        "rigid shifts", "Fixed hours that rule out appointments.", flex, CodeOrigin.OFFLINE, 3, 2),
                new CodebookEntry(
                        "neighbours who care", "Neighbours covering hours of care.", nets, CodeOrigin.OFFLINE, 4, 3),
                new CodebookEntry(
                        "distant siblings",
                        "Relatives who live far away and do not take part.",
                        nets,
                        CodeOrigin.HUMAN,
                        3,
                        3),
                new CodebookEntry(
                        "paid hourly care",
                        "Hiring domestic or care support by the hour.",
                        cost,
                        CodeOrigin.OFFLINE,
                        4,
                        3),
                new CodebookEntry(
                        "cost of supplies", "Pads, creams and equipment nobody funds.", cost, CodeOrigin.OFFLINE, 3, 2),
                new CodebookEntry(
                        "lost wages",
                        "Lower income from cutting hours or leaving work.",
                        cost,
                        CodeOrigin.OFFLINE,
                        5,
                        4),
                new CodebookEntry(
                        "guilt about resting",
                        "Feeling guilty about time for oneself.",
                        guilt,
                        CodeOrigin.OFFLINE,
                        4,
                        3),
                new CodebookEntry(
                        "a daughter's duty",
                        "Care as an obligation of the women of the family.",
                        guilt,
                        CodeOrigin.HUMAN,
                        5,
                        4),
                new CodebookEntry(
                        "putting off own health",
                        "Neglecting one's own health problems.",
                        load,
                        CodeOrigin.OFFLINE,
                        4,
                        3),
                new CodebookEntry(
                        "exhaustion", "Accumulated physical and mental tiredness.", load, CodeOrigin.OFFLINE, 7, 6),
                new CodebookEntry(
                        "waiting for assessment",
                        "Months waiting for a care assessment or support.",
                        access,
                        CodeOrigin.OFFLINE,
                        4,
                        3),
                new CodebookEntry(
                        "day centre", "Using day centres and living with their hours.", access, CodeOrigin.HUMAN, 3, 2),
                new CodebookEntry("social isolation", "Losing touch with friends.", load, CodeOrigin.OFFLINE, 3, 3));
    }
}
