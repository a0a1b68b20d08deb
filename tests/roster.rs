//! A roster's plan, coverage, gaps and instructors equal deciding every cell on every day.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]

mod common;

use bevoegd::*;
use common::{cases, parts, seeded_request};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::subsequence;

fn on(ctx: &Context, day: Date) -> Context {
    ctx.to_builder().date(day).build().unwrap()
}

fn days(from: Date, through: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(from), move |d| d.next_day().filter(|n| *n <= through))
}

/// A generated roster: staff and places from rules' own example cases (perturbed), so cells are
/// often permitted; now and then only some staff assigned to some places.
#[derive(Clone, Debug)]
struct Parts {
    staff: Vec<(String, Professional)>,
    places: Vec<(String, Context)>,
    procedures: Vec<Procedure>,
    length: u16,
    /// `None`: everyone everywhere.
    assigned: Option<Vec<(String, String)>>,
}

impl Parts {
    fn roster(&self, through: Option<Date>) -> Roster<'_> {
        let from = self.places[0].1.date();
        Roster {
            staff: &self.staff,
            places: &self.places,
            procedures: &self.procedures,
            from,
            through: through.unwrap_or(from),
            assigned: self.assigned.as_deref(),
        }
    }

    fn works(&self, staff: &str, place: &str) -> bool {
        self.assigned.as_ref().is_none_or(|a| a.iter().any(|(s, p)| s == staff && p == place))
    }
}

fn roster_parts() -> impl Strategy<Value = Parts> {
    (
        vec(seeded_request(), 1..=4),
        vec(seeded_request(), 1..=3),
        subsequence(Procedure::ALL.to_vec(), 1..=3),
        0u16..=60,
        prop::option::of(vec(any::<bool>(), 12)),
    )
        .prop_map(|(staff, places, procedures, length, mask)| {
            let staff: Vec<(String, Professional)> =
                staff.into_iter().enumerate().map(|(i, (who, _, _))| (format!("s{i}"), who)).collect();
            let places: Vec<(String, Context)> =
                places.into_iter().enumerate().map(|(i, (_, _, ctx))| (format!("p{i}"), ctx)).collect();
            let assigned = mask.map(|mask| {
                let pairs = staff.iter().flat_map(|(s, _)| places.iter().map(move |(p, _)| (s.clone(), p.clone())));
                pairs.zip(mask).filter(|(_, keep)| *keep).map(|(pair, _)| pair).collect()
            });
            Parts { staff, places, procedures, length, assigned }
        })
}

fn runner() -> proptest::test_runner::TestRunner {
    proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: cases(120).min(120),
        failure_persistence: None,
        ..ProptestConfig::default()
    })
}

#[test]
fn a_plan_equals_deciding_every_cell_on_every_day() {
    runner()
        .run(&roster_parts(), |parts| {
            let Parts { staff, places, procedures, length, .. } = &parts;
            let from = places[0].1.date();
            let through = days(from, Date::MAX).nth(usize::from(*length)).unwrap_or(from);
            let plan = parts.roster(Some(through)).plan().unwrap();
            let pairs = staff.iter().flat_map(|(s, _)| places.iter().filter(|(p, _)| parts.works(s, p))).count();
            prop_assert_eq!(plan.cells.len(), pairs * procedures.len());
            for (staff_id, who) in staff {
                for (place_id, ctx) in places {
                    if !parts.works(staff_id, place_id) {
                        prop_assert!(plan.cell(staff_id, place_id, procedures[0]).is_none());
                        continue;
                    }
                    for &p in procedures {
                        let cell = plan.cell(staff_id, place_id, p).unwrap();
                        prop_assert_eq!(cell.spans.first().map(|s| s.from), Some(from));
                        prop_assert_eq!(cell.spans.last().map(|s| s.until), Some(through));
                        for day in days(from, through) {
                            let d = decide(who, p, &on(ctx, day));
                            let span = plan.on(staff_id, place_id, p, day).unwrap();
                            prop_assert_eq!(
                                (d.outcome(), d.route().or(d.conditional_route()), d.basis()),
                                (span.outcome, span.route, span.basis),
                                "{} at {} on {}",
                                staff_id,
                                place_id,
                                day
                            );
                        }
                    }
                }
            }
            // Coverage: contiguous per place and procedure, each day's counts as counted.
            for (place_id, ctx) in places {
                for &p in procedures {
                    let spans: Vec<&Coverage> =
                        plan.coverage.iter().filter(|c| &c.place == place_id && c.procedure == p).collect();
                    prop_assert_eq!(spans.first().map(|c| c.from), Some(from));
                    prop_assert_eq!(spans.last().map(|c| c.until), Some(through));
                    for pair in spans.windows(2) {
                        prop_assert_eq!(pair[0].until.next_day(), Some(pair[1].from));
                        let counts = |c: &Coverage| (c.independent, c.permitted, c.conditional);
                        prop_assert_ne!(counts(pair[0]), counts(pair[1]), "adjacent spans with equal counts");
                    }
                    for c in spans {
                        for day in days(c.from, c.until) {
                            let ds: Vec<Decision> = staff
                                .iter()
                                .filter(|(id, _)| parts.works(id, place_id))
                                .map(|(_, who)| decide(who, p, &on(ctx, day)))
                                .collect();
                            let count = |f: &dyn Fn(&Decision) -> bool| {
                                u32::try_from(ds.iter().filter(|d| f(d)).count()).unwrap()
                            };
                            prop_assert_eq!(c.independent, count(&|d| d.route() == Some(Route::Independent)));
                            prop_assert_eq!(c.permitted, count(&|d| d.is_permitted()));
                            prop_assert_eq!(c.conditional, count(&|d| d.is_conditional()));
                        }
                    }
                }
            }
            prop_assert!(plan.uncovered().all(|c| c.independent == 0));
            Ok(())
        })
        .unwrap();
}

/// Gaps: each cell counted under a thing exactly when that thing alone is what one of its routes
/// needs, an instruction split by the colleagues at the place who may give it; most first.
#[test]
fn gaps_list_what_alone_opens_each_cell_most_first() {
    runner()
        .run(&roster_parts(), |parts| {
            let Parts { staff, places, procedures, .. } = &parts;
            let from = places[0].1.date();
            let gaps = parts.roster(None).gaps().unwrap();
            prop_assert!(gaps.windows(2).all(|w| w[0].opens.len() >= w[1].opens.len()));
            let mut expected = Vec::new();
            for (staff_id, who) in staff {
                for (place_id, ctx) in places {
                    if !parts.works(staff_id, place_id) {
                        continue;
                    }
                    for &p in procedures {
                        let ctx = on(ctx, from);
                        let d = decide(who, p, &ctx);
                        if d.is_permitted() {
                            continue;
                        }
                        for (route, needs) in d.missing_by_route() {
                            if needs.len() != 1 || matches!(needs[0], Remedy::NotOpen { .. }) {
                                continue;
                            }
                            let by: Vec<Option<String>> =
                                if matches!(needs[0], Remedy::Instruction | Remedy::AuthorisedInstructor) {
                                    // Only colleagues who work at the place may give it there.
                                    let ids: Vec<Option<String>> = instructors(staff, p, &ctx)
                                        .into_iter()
                                        .filter(|id| id != staff_id && parts.works(id, place_id))
                                        .map(|id| Some(id.to_owned()))
                                        .collect();
                                    if ids.is_empty() { vec![None] } else { ids }
                                } else {
                                    vec![None]
                                };
                            for i in by {
                                expected.push((
                                    format!("{:?}", needs[0]),
                                    i,
                                    staff_id.clone(),
                                    place_id.clone(),
                                    p,
                                    route,
                                ));
                            }
                        }
                    }
                }
            }
            let mut got: Vec<_> = gaps
                .iter()
                .flat_map(|g| {
                    g.opens.iter().map(move |c| {
                        (
                            format!("{:?}", g.remedy),
                            g.instructor.clone(),
                            c.staff.clone(),
                            c.place.clone(),
                            c.procedure,
                            c.route,
                        )
                    })
                })
                .collect();
            expected.sort();
            got.sort();
            prop_assert_eq!(got, expected);
            Ok(())
        })
        .unwrap();
}

/// A single missing thing, once given, opens the cell: a competence record, a protocol, a case
/// fact, an instruction by the named instructor.
#[test]
fn a_gap_once_filled_opens_its_cells() {
    runner()
        .run(&roster_parts(), |parts| {
            let Parts { staff, places, .. } = &parts;
            let from = places[0].1.date();
            for gap in parts.roster(None).gaps().unwrap() {
                for cell in &gap.opens {
                    let who = &staff.iter().find(|(id, _)| *id == cell.staff).unwrap().1;
                    let ctx = on(&places.iter().find(|(id, _)| *id == cell.place).unwrap().1, from);
                    let instructor =
                        gap.instructor.as_ref().map(|i| staff.iter().find(|(id, _)| id == i).unwrap().1.clone());
                    let Some((who, ctx)) = fill(&gap.remedy, instructor, who, &ctx) else { continue };
                    let d = decide(&who, cell.procedure, &ctx);
                    prop_assert!(
                        d.is_permitted(),
                        "{:?} should open {:?}, got {}",
                        gap.remedy,
                        cell,
                        d.explain(Lang::En)
                    );
                }
            }
            Ok(())
        })
        .unwrap();
}

/// The inputs with `remedy` given, where a test can give it directly.
fn fill(
    remedy: &Remedy,
    instructor: Option<Professional>,
    who: &Professional,
    ctx: &Context,
) -> Option<(Professional, Context)> {
    let facts = |fact: CaseFact| ctx.to_builder().facts(ctx.facts().set(fact, FactValue::Established)).build().ok();
    match remedy {
        Remedy::CaseFact { fact } => {
            let fact = fact.case_fact()?;
            Some((who.clone(), facts(fact)?))
        }
        Remedy::RegistrationConditionsMet => Some((who.clone(), facts(CaseFact::RegistrationConditionsMet)?)),
        Remedy::Protocol { procedure, subdomain: Some(s) } => {
            let ctx = ctx
                .to_builder()
                .protocol(Protocol { subdomain: *s, procedures: ProcedureSet::only(*procedure) })
                .build()
                .ok()?;
            Some((who.clone(), ctx))
        }
        Remedy::Instruction | Remedy::AuthorisedInstructor => {
            let ins = Instruction { instructor: instructor?, directions_followed: true, supervision_ensured: true };
            Some((who.clone(), ctx.to_builder().instruction(ins).build().ok()?))
        }
        _ => None,
    }
}

/// An instructor is one who, competent, would be independently permitted there (their own
/// competence waived from 2011-07-01, art. 36 lid 15); before that day, exactly those permitted.
#[test]
fn instructors_are_those_with_independent_authority() {
    runner()
        .run(&(vec(parts(), 1..=4), seeded_request()), |(staff_parts, (_, p, ctx))| {
            let staff: Vec<(String, Professional)> =
                staff_parts.iter().enumerate().map(|(i, parts)| (format!("s{i}"), parts.build())).collect();
            let got = instructors(&staff, p, &ctx);
            let waived = ctx.date() >= "2011-07-01".parse().unwrap();
            let expected: Vec<&str> = staff_parts
                .iter()
                .zip(&staff)
                .filter(|(parts, (_, who))| {
                    let who = if waived {
                        let mut competent = (*parts).clone();
                        for q in Procedure::ALL {
                            competent.competences.push(Competence {
                                procedure: q,
                                subdomain: ctx.subdomain(),
                                valid: Period::starting(Date::MIN),
                            });
                        }
                        competent.build()
                    } else {
                        who.clone()
                    };
                    decide(&who, p, &ctx).route() == Some(Route::Independent)
                })
                .map(|(_, (id, _))| id.as_str())
                .collect();
            prop_assert_eq!(got, expected);
            Ok(())
        })
        .unwrap();
}

#[test]
fn bad_rosters_are_typed_errors() {
    let (who, _, ctx) = (
        Professional::builder("x").build().unwrap(),
        (),
        Context::builder("2024-01-01".parse().unwrap(), FieldOfCare::Medicine).build().unwrap(),
    );
    let staff = [("a".to_owned(), who.clone()), ("a".to_owned(), who)];
    let places = [("ward".to_owned(), ctx)];
    let day = |s: &str| s.parse::<Date>().unwrap();
    let roster = Roster {
        staff: &staff,
        places: &places,
        procedures: &[Procedure::Injection],
        from: day("2024-01-01"),
        through: day("2024-01-07"),
        assigned: None,
    };
    assert_eq!(roster.plan(), Err(RosterError::DuplicateId { id: "a".to_owned() }));
    let backwards =
        Roster { staff: &staff[..1], from: day("2024-01-07"), through: day("2024-01-01"), ..roster.clone() };
    assert!(matches!(backwards.plan(), Err(RosterError::EndsBeforeStart { .. })));
    assert!(matches!(backwards.gaps(), Err(RosterError::EndsBeforeStart { .. })));
    let elsewhere = [("a".to_owned(), "theatre".to_owned())];
    let unknown = Roster { staff: &staff[..1], assigned: Some(&elsewhere), ..roster.clone() };
    assert_eq!(
        unknown.plan(),
        Err(RosterError::UnknownAssignment { staff: "a".to_owned(), place: "theatre".to_owned(), unknown: "place" })
    );
    assert_eq!(unknown.plan().unwrap_err().to_string(), "the assignment `a` at `theatre` names an unknown place");
}

/// A roster file with dated assignments: each person planned at a place only on the days assigned
/// there, each of those days equal to deciding it; who may instruct a person there on a day is
/// exactly the colleagues assigned there that day who may instruct; and the coverage counts only
/// who works there that day.
#[test]
fn a_roster_file_with_dated_assignments_plans_only_the_days_worked_with_the_instructors_there() {
    let strategy = (roster_parts(), vec((0usize..4, 0usize..3, 0u16..=20, 0u16..=20), 0..=8));
    runner()
        .run(&strategy, |(parts, picks)| {
            let Parts { staff, places, procedures, length, .. } = &parts;
            let from = places[0].1.date();
            let through = days(from, Date::MAX).nth(usize::from(*length)).unwrap_or(from);
            let nth = |n: u16| days(from, through).nth(usize::from(n)).unwrap_or(through);
            let assignments: Vec<Assignment> = picks
                .iter()
                .filter(|(s, p, _, _)| *s < staff.len() && *p < places.len())
                .map(|&(s, p, a, b)| {
                    let (a, b) = (nth(a.min(b)), nth(a.max(b)));
                    Assignment::new(staff[s].0.clone(), places[p].0.clone(), a, b)
                })
                .collect();
            let works = |s: &str, p: &str, day: Date| {
                assignments.iter().any(|a| a.staff == s && a.place == p && a.from <= day && day <= a.through)
            };
            let roster = RosterFile::new(
                staff.iter().map(|(id, who)| StaffMember::new(id.clone(), who.clone())).collect(),
                places.iter().map(|(id, ctx)| Place::new(id.clone(), ctx.clone())).collect(),
                procedures.clone(),
                from,
                through,
            )
            .unwrap()
            .with_assignments(assignments.clone())
            .unwrap();
            let plan = roster.plan();
            for (staff_id, who) in staff {
                for (place_id, ctx) in places {
                    for &p in procedures {
                        let cell = plan.cell(staff_id, place_id, p);
                        let worked = days(from, through).any(|d| works(staff_id, place_id, d));
                        prop_assert_eq!(cell.is_some(), worked);
                        for day in days(from, through) {
                            let span = plan.on(staff_id, place_id, p, day);
                            if !works(staff_id, place_id, day) {
                                prop_assert!(span.is_none(), "{} at {} on {}", staff_id, place_id, day);
                                continue;
                            }
                            let span = span.unwrap();
                            let ctx = on(ctx, day);
                            let d = decide(who, p, &ctx);
                            prop_assert_eq!(
                                (d.outcome(), d.route().or(d.conditional_route()), d.basis()),
                                (span.outcome, span.route, span.basis)
                            );
                            let expected: Vec<&str> = instructors(staff, p, &ctx)
                                .into_iter()
                                .filter(|id| *id != staff_id.as_str() && works(id, place_id, day))
                                .collect();
                            prop_assert_eq!(
                                plan.instructors_on(staff_id, place_id, p, day),
                                expected,
                                "{} at {} on {}",
                                staff_id,
                                place_id,
                                day
                            );
                        }
                    }
                }
            }
            // Who may instruct: per place and procedure, contiguous from the first day through
            // the last, adjacent spans differing.
            for (place_id, _) in places {
                for &p in procedures {
                    let spans: Vec<&Instructors> =
                        plan.instructors.iter().filter(|i| &i.place == place_id && i.procedure == p).collect();
                    prop_assert_eq!(spans.first().map(|i| i.from), Some(from));
                    prop_assert_eq!(spans.last().map(|i| i.until), Some(through));
                    for pair in spans.windows(2) {
                        prop_assert_eq!(pair[0].until.next_day(), Some(pair[1].from));
                        prop_assert_ne!(&pair[0].staff, &pair[1].staff);
                    }
                }
            }
            for c in &plan.coverage {
                let ctx = &places.iter().find(|(id, _)| *id == c.place).unwrap().1;
                for day in days(c.from, c.until) {
                    let permitted = staff
                        .iter()
                        .filter(|(id, _)| works(id, &c.place, day))
                        .filter(|(_, who)| decide(who, c.procedure, &on(ctx, day)).is_permitted())
                        .count();
                    prop_assert_eq!(usize::try_from(c.permitted).unwrap(), permitted);
                }
            }
            Ok(())
        })
        .unwrap();
}

/// A registration active from `from`, suspended (disciplinary) from `off` through `back`'s eve,
/// active again from `back`.
fn suspended_between(profession: Profession, from: Date, off: Date, back: Date) -> Registration {
    let active = |p: Period| StatusPeriod { period: p, status: RegistrationStatus::Active };
    let eve = |d: Date| d.previous_day().unwrap();
    Registration::new(
        profession,
        None,
        [
            active(Period::new(from, Some(eve(off))).unwrap()),
            StatusPeriod {
                period: Period::new(off, Some(eve(back))).unwrap(),
                status: RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary },
            },
            active(Period::starting(back)),
        ],
    )
    .unwrap()
}

/// Plans across days on which things change inside one stretch worked, the changes the
/// generated rosters seldom put there: a row of the table ends (the clinical technologist's
/// experiment, 2020-06-30), a registration is suspended and restored, an instructor's own
/// registration changes under the place's instruction, a competence record ends, a specialism
/// ends, and (in 2011) the instructor's competence stops being needed. Every cell on every day equals deciding it, and
/// who may instruct equals asking everyone each day.
#[test]
fn a_plan_across_changes_inside_a_stretch_equals_deciding_every_day() {
    let d = |s: &str| s.parse::<Date>().unwrap();
    let (kt, kt_ctx) = law::CLINICAL_TECHNOLOGIST_EXPERIMENT_ENDOSCOPY.example_case().unwrap();
    let (nurse, nurse_ctx) = law::NURSE_INJECTION.example_case().unwrap();
    let (_, clinic_ctx) = law::NURSE_SPECIALIST_AGZ_INJECTION.example_case().unwrap();
    // Each window: its days, the suspension (restored on `back`, which may lie past the window,
    // so that only one end of a status period lies inside it), the day a competence record ends
    // and the day a nurse specialist's specialism ends (the only record of hers that changes).
    for (from, through, off, back, competence_ends, specialism_ends) in [
        (d("2020-06-26"), d("2020-07-05"), d("2020-06-29"), d("2020-07-02"), d("2020-06-30"), d("2030-01-01")),
        (d("2011-06-20"), d("2011-07-03"), d("2011-06-22"), d("2011-06-25"), d("2011-06-26"), d("2030-01-01")),
        (d("2022-03-01"), d("2022-03-10"), d("2022-03-04"), d("2022-04-01"), d("2022-03-10"), d("2022-03-06")),
        // Before the waiver: an instructor's competence ending mid-window is a change.
        (d("2011-03-01"), d("2011-03-10"), d("2011-03-04"), d("2011-03-07"), d("2011-03-05"), d("2030-01-01")),
    ] {
        let all = |valid: Period| Procedure::ALL.map(|procedure| Competence { procedure, subdomain: None, valid });
        // Suspended for a few days, competent throughout.
        let suspended = Professional::builder("suspended")
            .registration(suspended_between(Profession::Physician, d("2000-01-01"), off, back))
            .competences(all(Period::starting(d("2000-01-01"))))
            .build()
            .unwrap();
        // Registered throughout, competent until a day inside the stretch.
        let lapsing = Professional::builder("lapsing")
            .registration(Registration::active_from(Profession::Physician, d("2000-01-01")))
            .competences(all(Period::new(d("2000-01-01"), Some(competence_ends)).unwrap()))
            .build()
            .unwrap();
        let specialist = Professional::builder("specialist")
            .registration(Registration::active_from(Profession::Nurse, d("2000-01-01")))
            .trained_in(clinic_ctx.subdomain().unwrap())
            .qualification(
                Qualification::NurseSpecialistGeneralHealthcare,
                Period::new(d("2015-01-01"), Some(specialism_ends)).unwrap(),
            )
            .competences(all(Period::starting(d("2000-01-01"))))
            .build()
            .unwrap();
        // Registered only from a day inside the window: nothing of hers changed before it.
        let newcomer = Professional::builder("newcomer")
            .registration(Registration::active_from(Profession::Physician, off))
            .competences(all(Period::starting(d("2000-01-01"))))
            .build()
            .unwrap();
        // Registered throughout, never recorded as competent: before 2011-07-01 they may not
        // instruct, from then on they may.
        let uncertified = Professional::builder("uncertified")
            .registration(Registration::active_from(Profession::Physician, d("2000-01-01")))
            .build()
            .unwrap();
        // Registered throughout, competent only from a day inside the window.
        let qualifying = Professional::builder("qualifying")
            .registration(Registration::active_from(Profession::Physician, d("2000-01-01")))
            .competences(all(Period::starting(off)))
            .build()
            .unwrap();
        let staff: Vec<(String, Professional)> = vec![
            ("kt".to_owned(), kt.clone()),
            ("newcomer".to_owned(), newcomer),
            ("qualifying".to_owned(), qualifying),
            ("uncertified".to_owned(), uncertified.clone()),
            ("nurse".to_owned(), nurse.clone()),
            ("suspended".to_owned(), suspended.clone()),
            ("lapsing".to_owned(), lapsing.clone()),
            ("specialist".to_owned(), specialist),
        ];
        // One place as the technologist's example has it, one where the suspended physician
        // instructs the nurse's injection.
        let instructed = Instruction { instructor: suspended, directions_followed: true, supervision_ensured: true };
        let lapsing_instructs =
            Instruction { instructor: lapsing.clone(), directions_followed: true, supervision_ensured: true };
        let uncertified =
            Instruction { instructor: uncertified.clone(), directions_followed: true, supervision_ensured: true };
        let places: Vec<(String, Context)> = vec![
            ("theatre".to_owned(), on(&kt_ctx, from)),
            ("ward".to_owned(), nurse_ctx.to_builder().date(from).instruction(instructed).build().unwrap()),
            ("clinic".to_owned(), on(&clinic_ctx, from)),
            // An instructor who never recorded competence: nothing of theirs changes, but before
            // 2011-07-01 their instruction opened nothing.
            ("ward2".to_owned(), nurse_ctx.to_builder().date(from).instruction(uncertified).build().unwrap()),
            // An instructor whose competence ends inside the window.
            ("ward3".to_owned(), nurse_ctx.to_builder().date(from).instruction(lapsing_instructs).build().unwrap()),
        ];
        let procedures = [Procedure::Endoscopy, Procedure::Injection, Procedure::Surgery];
        let roster = Roster { staff: &staff, places: &places, procedures: &procedures, from, through, assigned: None };
        let plan = roster.plan().unwrap();
        let mut changes = 0;
        for (place_id, ctx) in &places {
            for &p in &procedures {
                for (staff_id, who) in &staff {
                    let cell = plan.cell(staff_id, place_id, p).unwrap();
                    changes += cell.spans.len() - 1;
                    for day in days(from, through) {
                        let decided = decide(who, p, &on(ctx, day));
                        let span = plan.on(staff_id, place_id, p, day).unwrap();
                        assert_eq!(
                            (decided.outcome(), decided.route().or(decided.conditional_route()), decided.basis()),
                            (span.outcome, span.route, span.basis),
                            "{staff_id} at {place_id}, {p:?} on {day}"
                        );
                    }
                }
                for day in days(from, through) {
                    let asked = instructors(&staff, p, &on(ctx, day));
                    for (staff_id, _) in &staff {
                        let expected: Vec<&str> = asked.iter().copied().filter(|id| id != staff_id).collect();
                        assert_eq!(
                            plan.instructors_on(staff_id, place_id, p, day),
                            expected,
                            "{staff_id} at {place_id}, {p:?} on {day}"
                        );
                    }
                }
            }
        }
        assert!(changes >= 4, "the stretch holds changes: {changes}");
    }
}
