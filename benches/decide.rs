//! Benchmarks: single decisions, `who_may` over 1,000 professionals, and a roster of 1,000
//! professionals × 14 procedures × 30 contexts (420,000 decisions), each with the naive oracle of
//! `tests/naive` as the baseline in the same run. Every timed loop checks its answer, so a fast
//! wrong answer cannot pass.
//!
//! `cargo bench --bench decide`
#![allow(clippy::unwrap_used, clippy::indexing_slicing, missing_docs, reason = "benchmark harness")]

#[path = "../tests/naive/mod.rs"]
mod naive;

use std::hint::black_box;

use bevoegd::*;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn since(p: Procedure) -> Competence {
    Competence { procedure: p, subdomain: None, valid: Period::starting(d("2012-01-01")) }
}

/// A deterministic staff of `n`: physicians (some suspended), physician assistants, nurse
/// specialists, nurses, ambulance nurses, clinical technologists, dentists, midwives, radiographers.
fn staff(n: usize) -> Vec<Professional> {
    let cardiology: Subdomain = "cardiology".parse().unwrap();
    let ir: Subdomain = "interventional_radiology".parse().unwrap();
    (0..n)
        .map(|i| {
            let b = Professional::builder(format!("staff {i}"));
            let b = match i % 10 {
                0 | 1 => b
                    .registration(Registration::active_from(Profession::Physician, d("2012-01-01")))
                    .competence(since(Procedure::Surgery))
                    .competence(since(Procedure::Injection))
                    .competence(since(Procedure::Catheterisation)),
                2 => b
                    .registration(
                        Registration::new(
                            Profession::Physician,
                            None,
                            [
                                StatusPeriod {
                                    period: Period::new(d("2012-01-01"), Some(d("2024-12-31"))).unwrap(),
                                    status: RegistrationStatus::Active,
                                },
                                StatusPeriod {
                                    period: Period::new(d("2025-01-01"), Some(d("2025-12-31"))).unwrap(),
                                    status: RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary },
                                },
                            ],
                        )
                        .unwrap(),
                    )
                    .competence(since(Procedure::Injection)),
                3 => b
                    .registration(Registration::active_from(Profession::PhysicianAssistant, d("2018-09-01")))
                    .trained_in(cardiology)
                    .competence(since(Procedure::Catheterisation))
                    .competence(since(Procedure::Injection)),
                4 => b
                    .registration(Registration::active_from(Profession::Nurse, d("2010-01-01")))
                    .qualification(Qualification::NurseSpecialistGeneralHealthcare, Period::starting(d("2021-01-01")))
                    .competence(since(Procedure::Catheterisation))
                    .competence(since(Procedure::Prescribing)),
                5 => b
                    .registration(Registration::active_from(Profession::Nurse, d("2010-01-01")))
                    .competence(since(Procedure::Injection))
                    .competence(since(Procedure::Puncture)),
                6 => b
                    .registration(Registration::active_from(Profession::Nurse, d("2010-01-01")))
                    .qualification(Qualification::AmbulanceNurse, Period::starting(d("2015-01-01")))
                    .competence(since(Procedure::Defibrillation))
                    .competence(since(Procedure::Injection)),
                7 => b
                    .registration(Registration::active_from(Profession::ClinicalTechnologist, d("2020-07-01")))
                    .trained_in(ir)
                    .competence(since(Procedure::Puncture))
                    .competence(since(Procedure::IonisingRadiation)),
                8 => b
                    .registration(Registration::active_from(Profession::Dentist, d("2011-01-01")))
                    .registration(Registration::active_from(Profession::Midwife, d("2011-01-01")))
                    .competence(since(Procedure::Surgery))
                    .competence(since(Procedure::Obstetrics)),
                _ => b
                    .registration(Registration::active_from(Profession::Radiographer, d("2014-01-01")))
                    .competence(since(Procedure::IonisingRadiation)),
            };
            b.build().unwrap()
        })
        .collect()
}

/// 30 contexts: five wards on six days, one in five with an instruction from a physician.
fn contexts() -> Vec<Context> {
    let instructor = staff(1).remove(0);
    let wards = ["cardiology", "interventional_radiology", "ed", "icu", "dental"];
    let days = ["2019-03-04", "2021-05-06", "2023-07-08", "2025-02-03", "2025-09-10", "2026-11-22"];
    let mut out = Vec::new();
    for (w, ward) in wards.iter().enumerate() {
        for (i, day) in days.iter().enumerate() {
            let sub: Subdomain = ward.parse().unwrap();
            let field = if *ward == "dental" { FieldOfCare::Dentistry } else { FieldOfCare::Medicine };
            let mut b = Context::builder(d(day), field)
                .subdomain(sub)
                .protocol(Protocol { subdomain: sub, procedures: ProcedureSet::ALL })
                .specialism(Qualification::NurseSpecialistGeneralHealthcare)
                .facts(if i % 2 == 0 {
                    CaseFacts::ALL
                } else {
                    CaseFacts::ALL.set(CaseFact::LimitedComplexity, FactValue::NotEstablished)
                });
            if (w + i) % 5 == 0 {
                b = b.instruction(Instruction {
                    instructor: instructor.clone(),
                    directions_followed: true,
                    supervision_ensured: i % 2 == 0,
                });
            }
            out.push(b.build().unwrap());
        }
    }
    out
}

fn single(c: &mut Criterion) {
    let (physician, theatre) = law::PHYSICIAN_SURGERY.example_case().unwrap();
    let (pa, ward) = law::PHYSICIAN_ASSISTANT_CATHETERISATION.example_case().unwrap();
    // Denied with four reasons: not limited complexity, not routine, risks, and no protocol.
    let hard =
        Context::builder(ward.date(), FieldOfCare::Medicine).subdomain(ward.subdomain().unwrap()).build().unwrap();
    assert_eq!(decide(&pa, Procedure::Catheterisation, &hard).independence_reasons().len(), 4);

    let mut g = c.benchmark_group("single");
    g.throughput(Throughput::Elements(1));
    g.bench_function("permitted/engine", |b| {
        b.iter(|| {
            let d = decide(black_box(&physician), black_box(Procedure::Surgery), black_box(&theatre));
            assert!(d.is_independent());
            d
        })
    });
    g.bench_function("permitted/oracle", |b| {
        b.iter(|| {
            let r = naive::oracle(black_box(&physician), black_box(Procedure::Surgery), black_box(&theatre));
            assert_eq!(r.0, Some(Route::Independent));
            r
        })
    });
    g.bench_function("denied_four_reasons/engine", |b| {
        b.iter(|| {
            let d = decide(black_box(&pa), black_box(Procedure::Catheterisation), black_box(&hard));
            assert!(!d.is_permitted() && d.other_route().is_some());
            d
        })
    });
    g.bench_function("denied_four_reasons/oracle", |b| {
        b.iter(|| {
            let r = naive::oracle(black_box(&pa), black_box(Procedure::Catheterisation), black_box(&hard));
            assert_eq!(r.0, None);
            r
        })
    });
    // The medicine named, and not known yet (every class tried: the answer names those that
    // permit).
    let (midwife, room) = law::MIDWIFE_INJECTION.example_case().unwrap();
    let named = room.to_builder().drug(bevoegd::DrugClass::Oxytocin).build().unwrap();
    let unknown = room.to_builder().drug_unknown().build().unwrap();
    g.bench_function("drug_named/engine", |b| {
        b.iter(|| {
            let d = decide(black_box(&midwife), black_box(Procedure::Injection), black_box(&named));
            assert!(d.is_independent());
            d
        })
    });
    g.bench_function("drug_unknown/engine", |b| {
        b.iter(|| {
            let d = decide(black_box(&midwife), black_box(Procedure::Injection), black_box(&unknown));
            assert!(d.is_conditional());
            d
        })
    });
    g.finish();
}

#[allow(deprecated)]
fn team(c: &mut Criterion) {
    let staff = staff(1_000);
    let ctx = &contexts()[3];
    let expected = who_may(&staff, Procedure::Injection, ctx).iter().filter(|r| r.is_some()).count();
    assert!(expected > 100);
    let mut g = c.benchmark_group("who_may");
    g.throughput(Throughput::Elements(1_000));
    g.bench_with_input(BenchmarkId::new("engine", 1_000), &staff, |b, staff| {
        b.iter(|| {
            let answers = who_may(black_box(staff), Procedure::Injection, black_box(ctx));
            assert_eq!(answers.iter().filter(|r| r.is_some()).count(), expected);
            answers
        })
    });
    // The whole outcome kept: permitted (route, basis), conditional (facts required), denied.
    g.bench_with_input(BenchmarkId::new("answers", 1_000), &staff, |b, staff| {
        b.iter(|| {
            let answers = who_may_answers(black_box(staff), Procedure::Injection, black_box(ctx));
            assert_eq!(answers.iter().filter(|a| a.is_permitted()).count(), expected);
            answers
        })
    });
    // The same, and the first reason of every denial built.
    g.bench_with_input(BenchmarkId::new("answers_with_denials_first_reason", 1_000), &staff, |b, staff| {
        let prepared = PreparedContext::new(ctx);
        b.iter(|| {
            let answers = prepared.who_may(black_box(staff), Procedure::Injection);
            let reasons: Vec<Option<Reason>> = answers
                .iter()
                .zip(staff)
                .map(|(a, who)| {
                    (!a.is_permitted())
                        .then(|| prepared.decide(who, Procedure::Injection).reasons().into_iter().next())
                        .flatten()
                })
                .collect();
            assert_eq!(reasons.iter().filter(|r| r.is_none()).count(), expected);
            reasons
        })
    });
    // The answer of `POST /v1/who-may` for 1,000 held staff: every person's whole answer, with
    // `holds_until` for the permitted and the first reason and what is missing for the denied.
    #[cfg(feature = "json")]
    {
        let lines: String = staff
            .iter()
            .enumerate()
            .map(|(i, p)| serde_json::json!({"id": format!("e{i:04}"), "professional": p}).to_string() + "\n")
            .collect();
        let held = bevoegd::staff::HeldStaff::parse(&lines).unwrap();
        g.bench_with_input(BenchmarkId::new("held_staff_whole_answers", 1_000), &held, |b, held| {
            b.iter(|| {
                let answer = bevoegd::jsonl::who_may_held(black_box(held), Procedure::Injection, black_box(ctx));
                assert_eq!(answer.routes.iter().filter(|r| r.is_some()).count(), expected);
                answer
            })
        });
    }
    g.bench_with_input(BenchmarkId::new("oracle", 1_000), &staff, |b, staff| {
        b.iter(|| {
            let n = staff.iter().filter(|who| naive::oracle(who, Procedure::Injection, ctx).0.is_some()).count();
            assert_eq!(n, expected);
            n
        })
    });
    g.finish();
}

fn roster(c: &mut Criterion) {
    let staff = staff(1_000);
    let contexts = contexts();
    let m = Eligibility::compute(&staff, &Procedure::ALL, &contexts).unwrap();
    assert_eq!(m.cells().len(), 420_000);
    let expected = m.permitted();
    let mut g = c.benchmark_group("roster");
    g.sample_size(20);
    g.throughput(Throughput::Elements(420_000));
    g.bench_function("engine/1000x14x30", |b| {
        b.iter(|| {
            let m = Eligibility::compute(black_box(&staff), &Procedure::ALL, black_box(&contexts)).unwrap();
            assert_eq!(m.permitted(), expected);
            m
        })
    });
    g.bench_function("oracle/1000x14x30", |b| {
        b.iter(|| {
            let mut n = 0;
            for who in &staff {
                for ctx in &contexts {
                    for p in Procedure::ALL {
                        n += usize::from(naive::oracle(who, p, ctx).0.is_some());
                    }
                }
            }
            assert_eq!(n, expected);
            n
        })
    });
    g.finish();
}

/// A roster planned over four weeks against the same roster on one day (issue 11: at most twice
/// the cost), and against one day's `Eligibility` matrix: 200 staff × 14 procedures × 5 wards.
fn weeks(c: &mut Criterion) {
    let staff: Vec<(String, Professional)> = staff(200)
        .into_iter()
        .enumerate()
        .map(|(i, who)| (format!("{:011}", 19_000_000_000_u64 + i as u64), who))
        .collect();
    let all = contexts();
    let places: Vec<(String, Context)> =
        all.iter().skip(4).step_by(6).enumerate().map(|(i, ctx)| (format!("ward{i}"), ctx.clone())).collect();
    assert_eq!(places.len(), 5);
    let from = places[0].1.date();
    let through = (0..27).fold(from, |d, _| d.next_day().unwrap());
    let day =
        Roster { staff: &staff, places: &places, procedures: &Procedure::ALL, from, through: from, assigned: None };
    let four_weeks = Roster { through, ..day.clone() };
    let cells = 200 * 14 * 5;
    assert_eq!(day.plan().unwrap().cells.len(), cells);
    let spans = four_weeks.plan().unwrap().cells.iter().map(|c| c.spans.len()).sum::<usize>();
    assert!(spans >= cells);
    let people: Vec<Professional> = staff.iter().map(|(_, who)| who.clone()).collect();
    let ctxs: Vec<Context> = places.iter().map(|(_, ctx)| ctx.clone()).collect();
    let mut g = c.benchmark_group("weeks");
    g.sample_size(20);
    g.throughput(Throughput::Elements(cells as u64));
    g.bench_function("eligibility/1_day", |b| {
        b.iter(|| Eligibility::compute(black_box(&people), &Procedure::ALL, black_box(&ctxs)).unwrap())
    });
    g.bench_function("plan/1_day", |b| {
        b.iter(|| {
            let plan = black_box(&day).plan().unwrap();
            assert_eq!(plan.cells.len(), cells);
            plan
        })
    });
    g.bench_function("plan/28_days", |b| {
        b.iter(|| {
            let plan = black_box(&four_weeks).plan().unwrap();
            assert_eq!(plan.cells.iter().map(|c| c.spans.len()).sum::<usize>(), spans);
            plan
        })
    });
    // The roster file of the same staff and wards, each person assigned to one ward for the four
    // weeks (40 a ward): its whole answer (plan, instructors, gaps, labels), as `bevoegd plan`
    // and `POST /v1/plan` give it, against `Roster::plan` of the same cells.
    let members: Vec<StaffMember> = staff.iter().map(|(id, who)| StaffMember::new(id.clone(), who.clone())).collect();
    let wards: Vec<Place> = places.iter().map(|(id, ctx)| Place::new(id.clone(), ctx.clone())).collect();
    let assignments: Vec<Assignment> = staff
        .iter()
        .enumerate()
        .map(|(i, (id, _))| Assignment::new(id.clone(), format!("ward{}", i % 5), from, through))
        .collect();
    let assigned: Vec<(String, String)> = assignments.iter().map(|a| (a.staff.clone(), a.place.clone())).collect();
    let file = RosterFile::new(members, wards, Procedure::ALL.to_vec(), from, through)
        .unwrap()
        .with_assignments(assignments)
        .unwrap();
    let by_ward = Roster { assigned: Some(&assigned), ..four_weeks.clone() };
    assert_eq!(file.plan().cells, by_ward.plan().unwrap().cells);
    g.throughput(Throughput::Elements(200 * 14));
    g.bench_function("plan/28_days_one_ward_each", |b| b.iter(|| black_box(&by_ward).plan().unwrap()));
    g.bench_function("roster_file_answer/28_days_one_ward_each", |b| b.iter(|| black_box(&file).answer(Lang::Nl)));
    // The example week: its answer, and its page (the answer, then every cell's words).
    let draft: bevoegd::RosterDraft = serde_json::from_str(include_str!("../examples/data/roster.json")).unwrap();
    let staff = include_str!("../examples/data/staff.jsonl")
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<Vec<bevoegd::StaffMember>, _>>()
        .unwrap();
    let week = draft.with_staff(staff).unwrap();
    g.bench_function("example_week/answer", |b| b.iter(|| black_box(&week).answer(Lang::Nl)));
    g.bench_function("example_week/page", |b| b.iter(|| black_box(&week).page(Lang::Nl).unwrap()));
    g.finish();
}

/// The importers (feature `import`): 1,000 practitioners of the sample bundle's three kinds as FHIR
/// JSON and as FHIR XML, and 1,000 register answers' people, each read into staff lines.
fn imports(c: &mut Criterion) {
    #[cfg(feature = "import")]
    {
        let mut g = c.benchmark_group("import");
        let sample: serde_json::Value =
            serde_json::from_str(include_str!("../examples/data/fhir-bundle.json")).unwrap();
        let entries = sample["entry"].as_array().unwrap();
        let mut entry = Vec::new();
        for i in 0..334 {
            for e in entries {
                let mut e = e.clone();
                let r = &mut e["resource"];
                let id = format!("{}-{i}", r["id"].as_str().unwrap_or("x"));
                r["id"] = id.into();
                if let Some(reference) = r["practitioner"]["reference"].as_str() {
                    r["practitioner"]["reference"] = format!("{reference}-{i}").into();
                }
                if let Some(url) = e["fullUrl"].as_str() {
                    e["fullUrl"] = format!("{url}-{i}").into();
                }
                entry.push(e);
            }
        }
        let bundle = serde_json::json!({"resourceType": "Bundle", "type": "collection", "entry": entry});
        let json = bundle.to_string();
        let xml = fhir_xml(&bundle);
        let day = d("2026-01-05");
        let lines = bevoegd::staff::import_fhir(&json, day, None);
        assert!(lines.iter().all(|l| matches!(l, bevoegd::staff::ImportLine::Staff(_))));
        let people = lines.len();
        assert_eq!(people, 1002);
        assert_eq!(bevoegd::staff::import_fhir(&xml, day, None), bevoegd::staff::import_fhir(&json, day, None));
        g.throughput(Throughput::Elements(people as u64));
        g.bench_function("fhir_json/1002_practitioners", |b| {
            b.iter(|| bevoegd::staff::import_fhir(black_box(&json), day, None))
        });
        g.bench_function("fhir_xml/1002_practitioners", |b| {
            b.iter(|| bevoegd::staff::import_fhir(black_box(&xml), day, None))
        });
        let one = include_str!("../examples/data/big-register.xml");
        let (start, end) = (one.find("<ListHcpApprox4>").unwrap(), one.rfind("</ListHcpApprox4>").unwrap() + 17);
        let register = format!("{}{}{}", &one[..start], one[start..end].repeat(500), &one[end..]);
        assert_eq!(bevoegd::staff::import_big_register(&register, day, None).len(), 1000);
        g.throughput(Throughput::Elements(1000));
        g.bench_function("register_xml/1000_people", |b| {
            b.iter(|| bevoegd::staff::import_big_register(black_box(&register), day, None))
        });
        g.finish();
    }
    #[cfg(not(feature = "import"))]
    let _ = c;
}

/// FHIR's XML form of a resource in its JSON form (the shapes of the sample bundle).
#[cfg(feature = "import")]
fn fhir_xml(resource: &serde_json::Value) -> String {
    fn children(o: &serde_json::Map<String, serde_json::Value>) -> String {
        let mut out = String::new();
        for (k, v) in o {
            if k == "resourceType" || k.starts_with('_') {
                continue;
            }
            match v {
                serde_json::Value::Array(items) => items.iter().for_each(|i| out += &element(k, i)),
                _ => out += &element(k, v),
            }
        }
        out
    }
    fn element(k: &str, v: &serde_json::Value) -> String {
        match v {
            serde_json::Value::Object(o) if o.contains_key("resourceType") => format!("<{k}>{}</{k}>", fhir_xml(v)),
            serde_json::Value::Object(o) => format!("<{k}>{}</{k}>", children(o)),
            serde_json::Value::String(s) => {
                format!("<{k} value=\"{}\"/>", s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;"))
            }
            serde_json::Value::Null => String::new(),
            other => format!("<{k} value=\"{other}\"/>"),
        }
    }
    let kind = resource["resourceType"].as_str().unwrap();
    format!("<{kind} xmlns=\"http://hl7.org/fhir\">{}</{kind}>", children(resource.as_object().unwrap()))
}

criterion_group!(benches, single, team, roster, weeks, imports);
criterion_main!(benches);
