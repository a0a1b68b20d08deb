//! proptest strategies for professionals, contexts, procedures and dates, shared by the property
//! tests, the oracle comparison and the allocation test.
#![allow(dead_code, unreachable_pub, reason = "a helper module shared by test crates, each using a different part")]
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "strategies build only valid values; a failure is a test bug"
)]

use bevoegd::*;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use strum::IntoEnumIterator;

/// The cases a property runs: `PROPTEST_CASES` when set (`.ci/run` sets 10,000 under CI), else
/// `default`. Inside `proptest!` the variable wins anyway; runners driven directly read it here.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

pub fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// Days on which the law changes, the days beside them, and the edges of the covered range,
/// from the domain reference (not from the table).
pub const BOUNDARIES: &[&str] = &[
    "2010-11-01",
    "2011-06-30",
    "2011-07-01",
    "2011-12-31",
    "2012-01-01",
    "2013-12-31",
    "2014-01-01",
    "2014-01-31",
    "2014-02-01",
    "2018-08-31",
    "2018-09-01",
    "2020-06-30",
    "2020-07-01",
    "2020-12-31",
    "2021-01-01",
    "2023-06-30",
    "2023-07-01",
    "2025-06-30",
    "2025-07-01",
    "2026-11-22",
    "9999-12-31",
];

pub fn date() -> impl Strategy<Value = Date> {
    prop_oneof![
        3 => select(BOUNDARIES).prop_map(d),
        5 => (2010u16..=2032, 1u8..=12, 1u8..=28).prop_map(|(y, m, day)| Date::new(y, m, day).unwrap()),
        1 => (2033u16..=9999, 1u8..=12, 1u8..=31).prop_map(|(y, m, day)| {
            Date::new(y, m, day).or_else(|_| Date::new(y, m, 28)).unwrap()
        }),
    ]
    .prop_map(|day| day.max(law::COVERAGE_START))
}

/// Any date, also before the table's coverage, for record histories.
pub fn record_date() -> impl Strategy<Value = Date> {
    prop_oneof![date(), (2000u16..=2010, 1u8..=12, 1u8..=28).prop_map(|(y, m, day)| Date::new(y, m, day).unwrap()),]
}

pub const SUBDOMAINS: &[&str] = &["cardiology", "icu", "interventional_radiology", "ed"];

pub fn subdomain() -> impl Strategy<Value = Subdomain> {
    select(SUBDOMAINS).prop_map(|s| s.parse().unwrap())
}

pub fn procedure() -> impl Strategy<Value = Procedure> {
    select(Procedure::ALL.to_vec())
}

pub fn procedure_set() -> impl Strategy<Value = ProcedureSet> {
    subsequence(Procedure::ALL.to_vec(), 1..=14).prop_map(ProcedureSet::from_iter)
}

pub fn period() -> impl Strategy<Value = Period> {
    (record_date(), prop::option::of(record_date())).prop_map(|(a, b)| match b {
        Some(b) => Period::new(a.min(b), Some(a.max(b))).unwrap(),
        None => Period::starting(a),
    })
}

fn status() -> impl Strategy<Value = RegistrationStatus> {
    prop_oneof![
        6 => Just(RegistrationStatus::Active),
        1 => select(vec![SuspensionGround::Disciplinary, SuspensionGround::Provisional, SuspensionGround::Unfitness])
            .prop_map(|ground| RegistrationStatus::Suspended { ground }),
        1 => select(vec![StrikeOffGround::OnRequest, StrikeOffGround::Disciplinary, StrikeOffGround::MissedReregistration])
            .prop_map(|ground| RegistrationStatus::StruckOff { ground }),
        1 => procedure_set().prop_map(|procedures| RegistrationStatus::PartiallyWithdrawn { procedures }),
        1 => (procedure_set(), select(vec![RestrictionGround::Order, RestrictionGround::ForeignMeasure]))
            .prop_map(|(procedures, ground)| RegistrationStatus::Restricted { procedures, ground }),
        1 => Just(RegistrationStatus::ConditionsImposed),
        1 => Just(RegistrationStatus::ConditionalSuspension),
        1 => Just(RegistrationStatus::UnknownMeasure),
    ]
}

/// The two places generated contexts and restrictions name.
pub fn places() -> Vec<PlaceId> {
    vec![PlaceId::new("agb", "06010203").unwrap(), PlaceId::new("urn:example:site", "north").unwrap()]
}

fn restriction_scope() -> impl Strategy<Value = RestrictionScope> {
    prop_oneof![
        2 => select(vec![PatientGroup::Minors, PatientGroup::Women, PatientGroup::Men])
            .prop_map(|group| RestrictionScope::PatientGroup { group }),
        1 => select(places()).prop_map(|place| RestrictionScope::OnlyPlace { place }),
        1 => select(places()).prop_map(|place| RestrictionScope::NotPlace { place }),
    ]
}

/// A registration's restrictions by patient group or place: none most of the time.
pub fn scoped_restrictions() -> impl Strategy<Value = Vec<ScopedRestriction>> {
    // Half of them in force throughout, so that they meet the date asked about.
    let throughout = prop_oneof![1 => Just(Period::starting(d("2000-01-01"))), 1 => period()];
    let one = (
        throughout,
        select(vec![RestrictionGround::Order, RestrictionGround::ForeignMeasure, RestrictionGround::PartialWithdrawal]),
        prop::option::weighted(0.3, procedure_set()),
        restriction_scope(),
    )
        .prop_map(|(period, ground, procedures, scope)| ScopedRestriction { period, ground, procedures, scope });
    prop_oneof![2 => Just(Vec::new()), 1 => vec(one, 1..=2)]
}

/// What a context says of its patient's groups: each group said or not.
pub fn patient_groups() -> impl Strategy<Value = PatientGroups> {
    vec(prop::option::of(any::<bool>()), 3).prop_map(|said| {
        [PatientGroup::Minors, PatientGroup::Women, PatientGroup::Men].into_iter().zip(said).fold(
            PatientGroups::UNKNOWN,
            |g, (group, member)| match member {
                Some(m) => g.with(group, m),
                None => g,
            },
        )
    })
}

/// A valid history: contiguous or gapped periods between sorted distinct dates.
fn history() -> impl Strategy<Value = Vec<StatusPeriod>> {
    (vec(record_date(), 1..=4), vec(status(), 4), any::<bool>(), any::<bool>()).prop_map(
        |(mut days, statuses, open, gap)| {
            days.sort();
            days.dedup();
            let mut out = Vec::new();
            for (i, from) in days.iter().enumerate() {
                let until = match days.get(i + 1) {
                    Some(next) => {
                        let last = next.previous_day().unwrap();
                        // A gap: end one more day earlier when there is room.
                        if gap { last.previous_day().filter(|l| l >= from).or(Some(last)) } else { Some(last) }
                    }
                    None if open => None,
                    None => Some(*from),
                };
                let period = Period::new(*from, until).unwrap();
                out.push(StatusPeriod { period, status: statuses[i % statuses.len()] });
            }
            out
        },
    )
}

/// Every profession but the experiment titles: a generated history may start on any day, and a
/// title record must start before its register opened. Register records that start earlier are
/// split into title and register by the builder, so titles are generated that way.
pub fn professions() -> Vec<Profession> {
    Profession::iter().filter(|p| p.kind() != ProfessionKind::ExperimentTitle).collect()
}

pub fn qualifications() -> Vec<Qualification> {
    Qualification::iter().collect()
}

pub fn competence() -> impl Strategy<Value = Competence> {
    (procedure(), prop::option::of(subdomain()), period()).prop_map(|(procedure, subdomain, valid)| Competence {
        procedure,
        subdomain,
        valid,
    })
}

/// The raw parts of a professional, so properties can rebuild it in another order.
#[derive(Clone, Debug)]
pub struct Parts {
    pub registrations: Vec<Registration>,
    pub qualifications: Vec<(Qualification, Period)>,
    pub trained_in: Vec<Subdomain>,
    pub competences: Vec<Competence>,
}

impl Parts {
    pub fn build(&self) -> Professional {
        let mut b = Professional::builder("generated");
        for r in &self.registrations {
            b = b.registration(r.clone());
        }
        for (q, p) in &self.qualifications {
            b = b.qualification(*q, *p);
        }
        for s in &self.trained_in {
            b = b.trained_in(*s);
        }
        for c in &self.competences {
            b = b.competence(*c);
        }
        b.build().unwrap()
    }
}

pub fn parts() -> impl Strategy<Value = Parts> {
    parts_with(0)
}

/// Parts with at least `min_registrations` registrations.
pub fn parts_with(min_registrations: usize) -> impl Strategy<Value = Parts> {
    (
        subsequence(professions(), min_registrations..=3),
        vec(history(), 3),
        subsequence(qualifications(), 0..=2),
        vec(period(), 2),
        subsequence(SUBDOMAINS.to_vec(), 0..=2),
        vec(competence(), 0..=6),
        vec(procedure(), 3),
        vec(scoped_restrictions(), 3),
    )
        .prop_map(|(profs, histories, quals, qperiods, trained, competences, must_be_competent_for, scoped)| {
            let registrations: Vec<Registration> = profs
                .iter()
                .zip(histories)
                .zip(scoped)
                .map(|((p, h), scoped)| Registration::new(*p, None, h).unwrap().with_restrictions(scoped).unwrap())
                .collect();
            let has_nurse = profs.contains(&Profession::Nurse);
            let qualifications = if has_nurse { quals.into_iter().zip(qperiods).collect() } else { Vec::new() };
            let mut competences = competences;
            // Bias towards competence, or almost every case would fail on lid 15 alone.
            for p in must_be_competent_for {
                competences.push(Competence {
                    procedure: p,
                    subdomain: None,
                    valid: Period::starting(d("2000-01-01")),
                });
            }
            Parts {
                registrations,
                qualifications,
                trained_in: trained.into_iter().map(|s| s.parse().unwrap()).collect(),
                competences,
            }
        })
}

pub fn professional() -> impl Strategy<Value = Professional> {
    parts().prop_map(|p| p.build())
}

/// Case facts: all established now and then, otherwise each established, not, or (one time in
/// eight) unknown.
pub fn facts() -> impl Strategy<Value = CaseFacts> {
    (any::<[u8; 7]>(), any::<bool>()).prop_map(|(b, all)| {
        if all {
            CaseFacts::ALL
        } else {
            CaseFact::iter().zip(b).fold(CaseFacts::NONE, |f, (fact, v)| match v % 8 {
                0 => f.with_unknown(fact),
                1..=4 => f.with(fact),
                _ => f,
            })
        }
    })
}

pub fn instruction() -> impl Strategy<Value = Instruction> {
    (professional(), any::<bool>(), any::<bool>()).prop_map(|(instructor, directions_followed, supervision_ensured)| {
        Instruction { instructor, directions_followed, supervision_ensured }
    })
}

/// A context, and the procedure it is asked about (a technique always belongs to it).
pub fn request() -> impl Strategy<Value = (Professional, Procedure, Context)> {
    (
        professional(),
        procedure(),
        date(),
        select(vec![FieldOfCare::Medicine, FieldOfCare::Dentistry, FieldOfCare::Obstetrics]),
        prop::option::of(subdomain()),
        prop::option::of(select(qualifications().into_iter().filter(|q| q.is_nurse_specialism()).collect::<Vec<_>>())),
        vec((subdomain(), procedure_set()), 0..=2),
        facts(),
        prop::option::of(select(DrugClass::iter().collect::<Vec<_>>())),
        prop::option::of(select(Technique::iter().collect::<Vec<_>>())),
        (prop::bool::weighted(0.1), prop::bool::weighted(0.9), prop::option::weighted(0.4, instruction())),
        (patient_groups(), prop::option::of(select(places()))),
    )
        .prop_map(
            |(
                who,
                p,
                date,
                field,
                sub,
                specialism,
                protocols,
                facts,
                drug,
                technique,
                (emergency, professional, instruction),
                (groups, place),
            )| {
                let mut b = Context::builder(date, field)
                    .facts(facts)
                    .emergency(emergency)
                    .professional(professional)
                    .patient_groups(groups);
                if let Some(place) = place {
                    b = b.place(place);
                }
                if let Some(s) = sub {
                    b = b.subdomain(s);
                }
                if let Some(q) = specialism {
                    b = b.specialism(q);
                }
                for (subdomain, procedures) in protocols {
                    b = b.protocol(Protocol { subdomain, procedures });
                }
                if let Some(dr) = drug {
                    b = b.drug(dr);
                }
                if let Some(t) = technique.filter(|t| t.procedure() == p) {
                    b = b.technique(t);
                }
                if let Some(i) = instruction {
                    b = b.instruction(i);
                }
                (who, p, b.build().unwrap())
            },
        )
}

/// A physician who may instruct almost anything (registered and competent throughout).
pub fn instructing_physician() -> Professional {
    let since = Period::starting(d("2000-01-01"));
    let mut b = Professional::builder("instructing physician")
        .registration(Registration::active_from(Profession::Physician, d("2000-01-01")));
    for p in Procedure::ALL {
        b = b.competence(Competence { procedure: p, subdomain: None, valid: since });
    }
    b.build().unwrap()
}

/// Requests near the edge of a rule: a row's own example case, then perturbed (date, facts,
/// subdomain, field, technique, competence, instruction, procedure), so that every route and
/// most reasons are reached often.
pub fn seeded_request() -> impl Strategy<Value = (Professional, Procedure, Context)> {
    (
        select(law::RULES.to_vec()),
        (
            prop::option::weighted(0.5, date()),
            prop::option::weighted(0.4, facts()),
            prop::option::weighted(0.2, subdomain()),
        ),
        (
            prop::option::weighted(
                0.15,
                select(vec![FieldOfCare::Medicine, FieldOfCare::Dentistry, FieldOfCare::Obstetrics]),
            ),
            prop::option::weighted(0.2, select(Technique::iter().collect::<Vec<_>>())),
        ),
        (prop::bool::weighted(0.1), prop::option::weighted(0.3, (any::<bool>(), any::<bool>()))),
        (prop::bool::weighted(0.05), prop::bool::weighted(0.05), prop::option::weighted(0.1, procedure())),
        (scoped_restrictions(), patient_groups(), prop::option::of(select(places()))),
    )
        .prop_map(
            |(
                rule,
                (date, facts, sub),
                (field, technique),
                (drop_competence, instruct),
                (emergency, lay, other_procedure),
                (scoped, groups, place),
            )| {
                let (who, ctx) = rule.example_case().unwrap();
                // A restriction by patient group or place on the registration the row rests on,
                // now and then, and what the context says of the patient and the place.
                let who = if scoped.is_empty() {
                    who
                } else {
                    let mut b = Professional::builder(who.name());
                    for r in who.registrations() {
                        let r = if r.profession() == rule.registration_profession() {
                            r.clone().with_restrictions(scoped.clone()).unwrap()
                        } else {
                            r.clone()
                        };
                        b = b.registration(r);
                    }
                    for q in who.qualifications() {
                        b = b.qualification(q.qualification, q.period);
                    }
                    for s in who.trained_in() {
                        b = b.trained_in(*s);
                    }
                    for c in who.competences() {
                        b = b.competence(*c);
                    }
                    b.build().unwrap()
                };
                let who = if drop_competence {
                    let mut b = Professional::builder(who.name());
                    for r in who.registrations() {
                        b = b.registration(r.clone());
                    }
                    for q in who.qualifications() {
                        b = b.qualification(q.qualification, q.period);
                    }
                    for s in who.trained_in() {
                        b = b.trained_in(*s);
                    }
                    b.build().unwrap()
                } else {
                    who
                };
                let p = other_procedure.unwrap_or(rule.procedure);
                let mut b = ctx.to_builder().emergency(emergency).professional(!lay).patient_groups(groups);
                if let Some(place) = place {
                    b = b.place(place);
                }
                if let Some(day) = date {
                    b = b.date(day);
                }
                if let Some(f) = facts {
                    b = b.facts(f);
                }
                if let Some(s) = sub {
                    b = b.subdomain(s);
                }
                if let Some(f) = field {
                    b = b.field(f);
                }
                if let Some(t) = technique.filter(|t| t.procedure() == p) {
                    b = b.technique(t);
                } else if ctx.technique().is_some_and(|t| t.procedure() != p) {
                    b = b.no_technique();
                }
                if let Some((directions_followed, supervision_ensured)) = instruct {
                    b = b.instruction(Instruction {
                        instructor: instructing_physician(),
                        directions_followed,
                        supervision_ensured,
                    });
                }
                (who, p, b.build().unwrap())
            },
        )
}

/// Random and seeded requests, mixed.
pub fn any_request() -> impl Strategy<Value = (Professional, Procedure, Context)> {
    prop_oneof![1 => request(), 2 => seeded_request()]
}

/// The blocks of `docs/wire-format.md` fenced as ```` ```json <tag> ````, in order (at least one).
pub fn documented(tag: &str) -> Vec<serde_json::Value> {
    let fence = format!("```json {tag}\n");
    let blocks: Vec<serde_json::Value> = include_str!("../../docs/wire-format.md")
        .split(fence.as_str())
        .skip(1)
        .map(|b| serde_json::from_str(b.split("\n```").next().unwrap()).unwrap())
        .collect();
    assert!(!blocks.is_empty(), "no ```json {tag} block in docs/wire-format.md");
    blocks
}

/// `bevoegd <args>` with `stdin` on its standard input: exit code, standard output, standard
/// error. The input is written from another thread: a long input would otherwise fill the pipe
/// while the command waits for its answers to be read, and a command that exits early (a usage
/// error) closes its input, so a failed write is not an error here.
#[cfg(feature = "cli")]
pub fn run_bevoegd(args: &[&str], stdin: &str) -> (i32, String, String) {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_bevoegd"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let text = stdin.to_owned();
    let writer = std::thread::spawn(move || input.write_all(text.as_bytes()).is_ok());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// `ctx` with the facts in `established` taken as established and those in `not_established` as
/// not. The facts read from other fields are set through them. For the patient's group: the
/// patient in none (or, not established, in every one) of the groups the context leaves open. For
/// the place, each registration's restrictions by place are read on their own, as the engine
/// reads them: established, a place every registration allows if there is one, else one the
/// registration of `focus` (the profession the answer rests on) allows, else one any allows; not
/// established, a place every registration with such restrictions bars, and `None` when no place
/// does (two registrations restricted to opposite places: no single place makes the fact false).
pub fn facts_taken(
    who: &Professional,
    p: Procedure,
    ctx: &Context,
    focus: Option<Profession>,
    established: CaseFactSet,
    not_established: CaseFactSet,
) -> Option<Context> {
    let derived = |f: &CaseFact| matches!(f, CaseFact::PatientGroup | CaseFact::Place);
    let facts = established.iter().filter(|f| !derived(f)).fold(ctx.facts(), |f, fact| f.with(fact));
    let facts =
        not_established.iter().filter(|f| !derived(f)).fold(facts, |f, fact| f.set(fact, FactValue::NotEstablished));
    let mut b = ctx.to_builder().facts(facts);
    for (fact, holds) in established.iter().map(|f| (f, true)).chain(not_established.iter().map(|f| (f, false))) {
        if fact == CaseFact::PatientGroup {
            let groups = [PatientGroup::Minors, PatientGroup::Women, PatientGroup::Men];
            b = b.patient_groups(groups.into_iter().fold(ctx.patient_groups(), |g, group| match g.member(group) {
                Some(_) => g,
                None => g.with(group, !holds),
            }));
        }
        if fact == CaseFact::Place {
            // Per registration (the person's, then the instructor's): its restrictions by place
            // in force for `p`, and whether it is the one the answer rests on.
            let instructor = ctx.instruction().map(|i| &i.instructor);
            let registrations = who
                .registrations()
                .iter()
                .map(|r| (r, focus == Some(r.profession())))
                .chain(instructor.into_iter().flat_map(|i| i.registrations()).map(|r| (r, false)));
            let groups: Vec<(bool, Vec<&RestrictionScope>)> = registrations
                .map(|(r, focused)| {
                    let scopes = r
                        .restrictions()
                        .iter()
                        .filter(|x| x.period.contains(ctx.date()) && x.procedures.is_none_or(|ps| ps.contains(p)))
                        .map(|x| &x.scope)
                        .filter(|s| matches!(s, RestrictionScope::OnlyPlace { .. } | RestrictionScope::NotPlace { .. }))
                        .collect();
                    (focused, scopes)
                })
                .filter(|(_, scopes): &(bool, Vec<&RestrictionScope>)| !scopes.is_empty())
                .collect();
            let allows = |scopes: &[&RestrictionScope], place: &PlaceId| {
                scopes.iter().all(|s| match s {
                    RestrictionScope::OnlyPlace { place: only } => only == place,
                    RestrictionScope::NotPlace { place: barred } => barred != place,
                    _ => true,
                })
            };
            let mut candidates: Vec<PlaceId> = groups
                .iter()
                .flat_map(|(_, scopes)| scopes.iter())
                .filter_map(|s| match s {
                    RestrictionScope::OnlyPlace { place } | RestrictionScope::NotPlace { place } => Some(place.clone()),
                    _ => None,
                })
                .collect();
            candidates.push(PlaceId::new("oracle", "elsewhere").unwrap());
            let pick = |ok: &dyn Fn(&PlaceId) -> bool| candidates.iter().find(|c| ok(c)).cloned();
            let place = if holds {
                pick(&|c| groups.iter().all(|(_, s)| allows(s, c)))
                    .or_else(|| pick(&|c| groups.iter().any(|(focused, s)| *focused && allows(s, c))))
                    .or_else(|| pick(&|c| groups.iter().any(|(_, s)| allows(s, c))))
                    // No place allows it at all: any place shows that.
                    .or_else(|| candidates.last().cloned())
            } else {
                pick(&|c| groups.iter().all(|(_, s)| !allows(s, c)))
            };
            b = b.place(place?);
        }
    }
    Some(b.build().unwrap())
}
