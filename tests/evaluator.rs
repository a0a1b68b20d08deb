//! The batch answers equal `decide`, cell for cell, over the whole space that matters to a route:
//! every profession and qualification (and people holding two registrations), competent or not,
//! trained where the act happens or not; every procedure; every day on which one of the
//! procedure's rows begins or ends, and the days beside it; and the context shapes that matter
//! (each case fact met, unmet or unknown; each field; each nurse-specialist category; each
//! substance and each technique, of the procedure and of another, and each not known yet; no
//! protocol; an instruction
//! absent, present with and without supervision, with directions not followed, from an
//! instructor without authority; emergency; not professional; and those instructions with the
//! facts unknown).
//!
//! Compared per cell: `PreparedContext::answer`, `PreparedContext::who_may`,
//! `who_may_answers` and `Eligibility::answer` against `decide(..).answer()` (outcome, route,
//! basis, required facts, medicines and techniques), and `PreparedContext::decide` against `decide` whole.
//!
//! The full product (13.3 million cells, about 5 s) runs with
//! `BEVOEGD_EVALUATOR_FULL=1 cargo test --release --test evaluator`; by default, and in CI, every
//! third context shape is taken (a deterministic sample: 4.5 million cells, about 25 s unoptimised).
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use bevoegd::law::{COVERAGE_START, LEGAL_BASIS_AS_OF, RULES};
use bevoegd::{
    CaseFact, CaseFacts, Competence, Context, ContextBuilder, Date, DrugClass, Eligibility, FieldOfCare, Instruction,
    Outcome, Period, PreparedContext, Procedure, ProcedureSet, Profession, Professional, Protocol, Qualification,
    Registration, Subdomain, Technique, decide, who_may_answers,
};
use strum::IntoEnumIterator;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn ward() -> Subdomain {
    "ward".parse().unwrap()
}

/// A professional holding `professions` (each registered from the table's first day) and
/// `qualification`, competent for every procedure or for none, trained in the ward or elsewhere.
fn person(
    professions: &[Profession],
    qualification: Option<Qualification>,
    competent: bool,
    trained: bool,
) -> Option<Professional> {
    let since = Period::starting(COVERAGE_START);
    let mut b = Professional::builder(format!("{professions:?} {qualification:?} {competent} {trained}"));
    for p in professions {
        b = b.registration(Registration::active_from(*p, COVERAGE_START));
    }
    if let Some(q) = qualification {
        b = b.qualification(q, since);
    }
    b = b.trained_in(if trained { ward() } else { "elsewhere".parse().unwrap() });
    if competent {
        for p in Procedure::ALL {
            b = b.competence(Competence { procedure: p, subdomain: None, valid: since });
        }
    }
    b.build().ok()
}

/// Everyone: each profession alone, a nurse with each qualification, each two professions that
/// hold rows of the table; competent or not; trained in the ward or not.
fn staff() -> Vec<Professional> {
    let mut holders: Vec<(Vec<Profession>, Option<Qualification>)> =
        Profession::iter().map(|p| (vec![p], None)).collect();
    holders.extend(Qualification::iter().map(|q| (vec![q.base_profession()], Some(q))));
    let mut with_rows: Vec<Profession> = RULES.iter().map(|r| r.registration_profession()).collect();
    with_rows.sort_by_key(|p| *p as u8);
    with_rows.dedup();
    for (i, a) in with_rows.iter().enumerate() {
        for b in &with_rows[i + 1..] {
            holders.push((vec![*a, *b], None));
        }
    }
    let mut out = Vec::new();
    for (professions, q) in &holders {
        for (competent, trained) in [(true, true), (false, true), (true, false)] {
            out.extend(person(professions, *q, competent, trained));
        }
    }
    assert!(out.len() > 200, "{} people", out.len());
    out
}

/// The days on which one of `p`'s rows begins or ends, the days beside them, the table's first
/// day, the day the instructor's own competence stopped counting, and the law's check day.
fn days(p: Procedure) -> Vec<Date> {
    let mut days = vec![Some(COVERAGE_START), Some(d("2011-06-30")), Some(d("2011-07-01")), Some(LEGAL_BASIS_AS_OF)];
    for r in RULES.iter().filter(|r| r.procedure == p) {
        days.extend([Some(r.valid.from()), r.valid.from().previous_day(), r.valid.from().next_day()]);
        if let Some(u) = r.valid.until() {
            days.extend([Some(u), u.previous_day(), u.next_day()]);
        }
    }
    let mut days: Vec<Date> = days.into_iter().flatten().filter(|d| *d >= COVERAGE_START).collect();
    days.sort();
    days.dedup();
    days
}

/// The instructors: a physician (authorised for every procedure) and a pharmacist (for none).
fn instructors() -> [Professional; 2] {
    [
        person(&[Profession::Physician], None, true, true).unwrap(),
        person(&[Profession::Pharmacist], None, true, true).unwrap(),
    ]
}

fn instruction(instructor: &Professional, supervision: bool, directions: bool) -> Instruction {
    Instruction { instructor: instructor.clone(), directions_followed: directions, supervision_ensured: supervision }
}

/// Every context shape for `p` on `date`, one condition varied at a time from a base that meets
/// them all, in each field.
fn contexts(p: Procedure, date: Date) -> Vec<Context> {
    let [physician, pharmacist] = instructors();
    let mut shapes: Vec<ContextBuilder> = Vec::new();
    for field in FieldOfCare::iter() {
        let base = Context::builder(date, field)
            .subdomain(ward())
            .protocol(Protocol { subdomain: ward(), procedures: ProcedureSet::ALL })
            .facts(CaseFacts::ALL);
        shapes.push(base.clone());
        shapes.push(base.clone().facts(CaseFacts::NONE));
        shapes.push(base.clone().facts(CaseFacts::UNKNOWN));
        for fact in CaseFact::iter() {
            shapes.push(base.clone().facts(CaseFacts::ALL.set(fact, bevoegd::FactValue::NotEstablished)));
            shapes.push(base.clone().facts(CaseFacts::ALL.with_unknown(fact)));
        }
        for q in Qualification::iter().filter(|q| q.is_nurse_specialism()) {
            shapes.push(base.clone().specialism(q));
            shapes.push(base.clone().specialism(q).facts(CaseFacts::UNKNOWN));
        }
        for drug in DrugClass::iter() {
            shapes.push(base.clone().drug(drug));
        }
        for t in Technique::iter().filter(|t| t.procedure() == p) {
            shapes.push(base.clone().technique(t));
        }
        if let Some(other) = Technique::iter().find(|t| t.procedure() != p) {
            shapes.push(base.clone().technique(other));
        }
        // The medicine or the technique not known yet, alone, together, with facts unknown, and
        // under an instruction (whose instructor's authority can turn on them).
        shapes.push(base.clone().drug_unknown());
        shapes.push(base.clone().technique_unknown());
        shapes.push(base.clone().drug_unknown().technique_unknown());
        shapes.push(base.clone().drug_unknown().facts(CaseFacts::UNKNOWN));
        shapes.push(base.clone().technique_unknown().facts(CaseFacts::UNKNOWN));
        shapes.push(base.clone().drug_unknown().instruction(instruction(&physician, false, true)));
        shapes.push(base.clone().technique_unknown().instruction(instruction(&physician, false, true)));
        let bare = Context::builder(date, field).subdomain(ward()).facts(CaseFacts::ALL);
        shapes.push(bare.clone());
        shapes.push(base.clone().subdomain("elsewhere".parse().unwrap()));
        for facts in [CaseFacts::ALL, CaseFacts::UNKNOWN, CaseFacts::NONE] {
            for i in [
                instruction(&physician, true, true),
                instruction(&physician, false, true),
                instruction(&physician, true, false),
                instruction(&pharmacist, true, true),
            ] {
                shapes.push(base.clone().facts(facts).instruction(i));
            }
        }
        shapes.push(base.clone().emergency(true));
        shapes.push(base.clone().facts(CaseFacts::NONE).emergency(true));
        shapes.push(base.clone().professional(false));
        shapes.push(bare.professional(false).facts(CaseFacts::UNKNOWN));
    }
    let every = if std::env::var_os("BEVOEGD_EVALUATOR_FULL").is_some() { 1 } else { 3 };
    shapes.into_iter().step_by(every).filter_map(|b| b.build().ok()).collect()
}

/// Checks every cell of `staff` × `contexts` for `p` on `date` ([`Cell::check`]) and counts them
/// by outcome (permitted, conditional, denied).
fn check_every_cell(staff: &[Professional], p: Procedure, date: Date, contexts: &[Context]) -> [usize; 3] {
    let mut by_outcome = [0usize; 3];
    let matrix = Eligibility::compute(staff, &[p], contexts).unwrap();
    for (c, ctx) in contexts.iter().enumerate() {
        let prepared = PreparedContext::new(ctx);
        let team = prepared.who_may(staff, p);
        let single = who_may_answers(staff, p, ctx);
        for (s, who) in staff.iter().enumerate() {
            let cell = Cell { who, s, c, p, date, ctx, prepared: &prepared, matrix: &matrix };
            by_outcome[cell.check(&team[s], &single[s])] += 1;
        }
    }
    by_outcome
}

/// One cell: a person, a procedure and a context, with the batch answers computed for it.
struct Cell<'a> {
    who: &'a Professional,
    s: usize,
    c: usize,
    p: Procedure,
    date: Date,
    ctx: &'a Context,
    prepared: &'a PreparedContext<'a>,
    matrix: &'a Eligibility,
}

impl Cell<'_> {
    /// Asserts that every batch answer (`team` and `single`: this person's of `who_may` and
    /// `who_may_answers`) equals `decide`, and that the answer says what the decision says; gives
    /// the outcome's index (permitted, conditional, denied).
    fn check(&self, team: &bevoegd::Answer, single: &bevoegd::Answer) -> usize {
        let Cell { who, s, c, p, date, ctx, prepared, matrix } = *self;
        let decision = decide(who, p, ctx);
        let expected = decision.answer();
        let at = || format!("{} / {p} / {date} / {ctx:?}", who.name());
        assert_eq!(prepared.answer(who, p), expected, "{}", at());
        assert_eq!(*team, expected, "{}", at());
        assert_eq!(*single, expected, "{}", at());
        assert_eq!(matrix.answer(s, c, p), Some(expected), "{}", at());
        assert_eq!(matrix.get(s, c, p), Some(decision.route()), "{}", at());
        assert_eq!(prepared.decide(who, p), decision, "{}", at());
        // The answer says what the decision says.
        assert_eq!(expected.outcome(), decision.outcome());
        assert_eq!(expected.route(), decision.route());
        assert_eq!(expected.conditional_route(), decision.conditional_route());
        assert_eq!(expected.basis(), decision.basis());
        assert_eq!(expected.basis_rule().map(|r| r.name), decision.basis_rule().map(|r| r.name));
        assert_eq!(expected.required_facts(), decision.required_facts());
        assert_eq!(expected.required_drugs(), decision.required_drugs());
        assert_eq!(expected.required_techniques(), decision.required_techniques());
        match expected.outcome() {
            Outcome::Permitted => 0,
            Outcome::Conditional => 1,
            _ => 2,
        }
    }
}

#[test]
fn batch_answers_equal_decide_on_every_cell() {
    let staff = staff();
    let mut cells = 0usize;
    let mut by_outcome = [0usize; 3];
    for p in Procedure::ALL {
        for date in days(p) {
            let contexts = contexts(p, date);
            assert!(!contexts.is_empty());
            for (slot, n) in by_outcome.iter_mut().zip(check_every_cell(&staff, p, date, &contexts)) {
                *slot += n;
                cells += n;
            }
        }
    }
    // The space is large and every outcome occurs in it: the test cannot pass on an empty loop.
    eprintln!("{cells} cells, {by_outcome:?} permitted, conditional, denied");
    assert!(cells > 500_000, "{cells} cells");
    assert!(by_outcome.iter().all(|n| *n > 10_000), "{by_outcome:?}");
}

/// A registration known only from a source the register has not confirmed, and one with a measure
/// that could not be read: the batch answers equal `decide` for them too, on days inside and
/// outside the measure, in every context shape (the facts with and without
/// `registration_confirmed`, unknown, under an instruction).
#[test]
fn unconfirmed_registrations_and_unknown_measures_answer_alike_in_batch() {
    use bevoegd::{Provenance, RegistrationStatus, StatusPeriod};
    let from = d("2021-01-01");
    let (m_from, m_until) = (d("2024-03-01"), d("2024-03-31"));
    let mut staff = Vec::new();
    for (profession, qualification) in [
        (Profession::Physician, None),
        (Profession::Nurse, Some(Qualification::NurseSpecialistGeneralHealthcare)),
        (Profession::PhysicianAssistant, None),
        (Profession::Midwife, None),
        (Profession::ClinicalTechnologist, None),
    ] {
        let competent = |mut b: bevoegd::ProfessionalBuilder| {
            for p in Procedure::ALL {
                b = b.competence(Competence { procedure: p, subdomain: None, valid: Period::starting(from) });
            }
            if let Some(q) = qualification {
                b = b.qualification(q, Period::starting(from));
            }
            b.trained_in(ward()).build().unwrap()
        };
        let unconfirmed = Registration::active_from(profession, from)
            .with_provenance(Some(Provenance::fhir(from, "PractitionerRole/r").unconfirmed()));
        staff.push(competent(Professional::builder("unconfirmed").registration(unconfirmed)));
        let measured = Registration::new(
            profession,
            None,
            [
                StatusPeriod {
                    period: Period::new(from, m_from.previous_day()).unwrap(),
                    status: RegistrationStatus::Active,
                },
                StatusPeriod {
                    period: Period::new(m_from, Some(m_until)).unwrap(),
                    status: RegistrationStatus::UnknownMeasure,
                },
                StatusPeriod::active_from(m_until.next_day().unwrap()),
            ],
        )
        .unwrap();
        staff.push(competent(Professional::builder("unknown measure").registration(measured)));
    }
    let mut by_outcome = [0usize; 3];
    for p in Procedure::ALL {
        for date in [d("2024-02-29"), d("2024-03-15"), d("2024-04-01")] {
            let contexts = contexts(p, date);
            for (slot, n) in by_outcome.iter_mut().zip(check_every_cell(&staff, p, date, &contexts)) {
                *slot += n;
            }
        }
    }
    assert!(by_outcome.iter().all(|n| *n > 100), "{by_outcome:?}");
}

/// Registrations restricted for a group of patients or a place (the person's own and the
/// instructor's): the batch answers equal `decide` for every patient group said, not said or
/// denied, every place (the one named, another, none), in every context shape, and every outcome
/// occurs.
#[test]
fn restrictions_by_patient_group_and_place_answer_alike_in_batch() {
    use bevoegd::{PatientGroup, PatientGroups, PlaceId, RestrictionGround, RestrictionScope, ScopedRestriction};
    let from = d("2021-01-01");
    let here = PlaceId::new("agb", "06010203").unwrap();
    let other = PlaceId::new("agb", "06019999").unwrap();
    let scopes = [
        RestrictionScope::PatientGroup { group: PatientGroup::Minors },
        RestrictionScope::OnlyPlace { place: here.clone() },
        RestrictionScope::NotPlace { place: here.clone() },
    ];
    let restricted = |profession: Profession, scope: &RestrictionScope, procedures: Option<ProcedureSet>| {
        Registration::active_from(profession, from)
            .with_restrictions([ScopedRestriction {
                period: Period::new(d("2024-03-01"), Some(d("2024-03-31"))).unwrap(),
                ground: RestrictionGround::PartialWithdrawal,
                procedures,
                scope: scope.clone(),
            }])
            .unwrap()
    };
    let competent = |mut b: bevoegd::ProfessionalBuilder, qualification: Option<Qualification>| {
        for p in Procedure::ALL {
            b = b.competence(Competence { procedure: p, subdomain: None, valid: Period::starting(from) });
        }
        if let Some(q) = qualification {
            b = b.qualification(q, Period::starting(from));
        }
        b.trained_in(ward()).build().unwrap()
    };
    let mut staff = Vec::new();
    for scope in &scopes {
        for (profession, qualification) in [
            (Profession::Physician, None),
            (Profession::Nurse, Some(Qualification::NurseSpecialistGeneralHealthcare)),
            (Profession::PhysicianAssistant, None),
            (Profession::Midwife, None),
        ] {
            for procedures in [None, Some(ProcedureSet::of(&[Procedure::Injection, Procedure::Surgery]))] {
                let reg = restricted(profession, scope, procedures);
                staff.push(competent(Professional::builder("restricted").registration(reg), qualification));
            }
        }
    }
    let mut by_outcome = [0usize; 3];
    for p in Procedure::ALL {
        for date in [d("2024-02-29"), d("2024-03-15"), d("2024-04-01")] {
            let mut contexts = Vec::new();
            for base in contexts_of(p, date) {
                for groups in [
                    PatientGroups::UNKNOWN,
                    PatientGroups::UNKNOWN.with(PatientGroup::Minors, true),
                    PatientGroups::UNKNOWN.with(PatientGroup::Minors, false),
                ] {
                    for place in [None, Some(&here), Some(&other)] {
                        let b = base.clone().patient_groups(groups);
                        contexts.push(match place {
                            Some(place) => b.place(place.clone()),
                            None => b,
                        });
                    }
                }
            }
            // An instructor restricted too: the instruction route turns on their scope.
            for scope in &scopes {
                let instructor = competent(
                    Professional::builder("restricted instructor").registration(restricted(
                        Profession::Physician,
                        scope,
                        None,
                    )),
                    None,
                );
                let i = Instruction { instructor, directions_followed: true, supervision_ensured: true };
                let base = Context::builder(date, FieldOfCare::Medicine)
                    .subdomain(ward())
                    .facts(CaseFacts::ALL)
                    .instruction(i);
                contexts.push(base.clone());
                contexts.push(base.clone().patient_groups(PatientGroups::UNKNOWN.with(PatientGroup::Minors, true)));
                contexts.push(base.clone().place(other.clone()));
                contexts.push(base.place(here.clone()));
            }
            let contexts: Vec<Context> = contexts.into_iter().filter_map(|b| b.build().ok()).collect();
            for (slot, n) in by_outcome.iter_mut().zip(check_every_cell(&staff, p, date, &contexts)) {
                *slot += n;
            }
        }
    }
    eprintln!("{by_outcome:?} permitted, conditional, denied");
    assert!(by_outcome.iter().all(|n| *n > 100), "{by_outcome:?}");
}

/// A few context shapes for the restriction test: every condition met, the facts unknown, an
/// instruction from an unrestricted physician, in each field.
fn contexts_of(p: Procedure, date: Date) -> Vec<ContextBuilder> {
    let [physician, _] = instructors();
    let mut out = Vec::new();
    for field in FieldOfCare::iter() {
        let base = Context::builder(date, field)
            .subdomain(ward())
            .protocol(Protocol { subdomain: ward(), procedures: ProcedureSet::ALL })
            .facts(CaseFacts::ALL);
        out.push(base.clone());
        out.push(base.clone().facts(CaseFacts::UNKNOWN));
        out.push(base.clone().instruction(instruction(&physician, true, true)));
        if p == Procedure::Prescribing {
            out.push(base.clone().drug_unknown());
        }
    }
    out
}
