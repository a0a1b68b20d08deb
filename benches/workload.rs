//! The Cedar peer's workload (`peers/cedar/`, a crate of its own): the same deterministic 100,000 requests
//! over 1,000 practitioners, answered by `bevoegd` in several timing modes, side by side with the
//! peer's own figures.
//!
//! ```text
//! cargo bench --bench workload                 # 1 warm-up + 5 timed passes per mode, medians
//! cargo bench --bench workload -- --reps 9     # more passes
//! BEVOEGD_PEER_DUMP=target/workload.jsonl cargo bench --bench workload   # + agreement with Cedar
//! ```
//!
//! The generator is a port of the peer's (xorshift64*, seed `0x5eedceda20240001`, the same draws
//! in the same order), checked against the dump when one is given. Its data map to `bevoegd`
//! inputs as the peer's README describes them: half-open windows `from <= d < until` become
//! inclusive periods `from ..= until - 1`; a "nurse practitioner" is a nurse with the
//! general-healthcare nurse-specialist qualification (`NurseSpecialistGeneralHealthcare`), held
//! as long as the registration, and hospital contexts are in that category's sub-area
//! (`context.specialism`); the trained subdomains of nurse practitioners, physician assistants and
//! clinical technologists become `trained_in`; a suspended or struck-off status holds over the
//! whole registration period; each procedure in a context's `protocols` becomes a protocol in the
//! context's subdomain; the case facts the peer does not model (radiation-protection
//! requirements, a physician's diagnosis, registration conditions) are established.
//!
//! Modes (each pass asserts the allow count of the first):
//! - `decide`: professionals and contexts prebuilt, only `decide` timed;
//! - `prepared`: each request's context prepared once (`PreparedContext`, outside the timing),
//!   then `PreparedContext::decide` timed; `prepared_answer`: the same with
//!   `PreparedContext::answer` (the batch answer, no reasons);
//! - `context`: professionals prebuilt, the context built per request (Cedar's end-to-end);
//! - `inputs`: professional and context both built per request from the plain data;
//! - `json`: each request a JSON text (as on the wire), parsed, validated and decided;
//! - `json_staff` (with `--features json`): the same requests naming a held staff member by
//!   `staff_id` and carrying only the context, parsed and decided against the staff held;
//! - `jsonl` (with `--features json`): the same texts as one JSON Lines input answered by
//!   `jsonl::answer_lines_parallel` (full audit records written to memory), on one thread and on
//!   the cores available; printed as `mode=jsonl threads=N lines_per_s=X`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::print_stdout,
    missing_docs,
    reason = "benchmark harness"
)]

use std::collections::{BTreeMap, HashMap};
use std::hint::black_box;
use std::time::{Duration, Instant};

use bevoegd::*;

const SEED: u64 = 0x5EED_CEDA_2024_0001;
const N_PRACTITIONERS: usize = 1_000;
const N_CONTEXTS: usize = 20;
const N_REQUESTS: usize = 100_000;

const PROCEDURES: [&str; 14] = [
    "surgery",
    "obstetrics",
    "endoscopy",
    "catheterisation",
    "injection",
    "puncture",
    "general_anaesthesia",
    "ionising_radiation",
    "cardioversion",
    "defibrillation",
    "electroconvulsive_therapy",
    "lithotripsy",
    "artificial_fertilisation",
    "prescribing",
];
const ALL_14: [usize; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const DENTIST_PROCS: [usize; 6] = [0, 4, 5, 6, 7, 13];
const MIDWIFE_PROCS: [usize; 4] = [1, 4, 5, 13];
const NP_PA_PROCS: [usize; 8] = [0, 2, 3, 4, 5, 8, 9, 13];
const CT_PROCS: [usize; 9] = [0, 2, 3, 4, 5, 8, 9, 7, 11];
const SUBDOMAINS: [&str; 10] = [
    "cardiology",
    "intensive_care",
    "interventional_radiology",
    "gastroenterology",
    "emergency_care",
    "oncology",
    "urology",
    "anaesthesiology",
    "surgical_care",
    "neurology",
];
const DENTAL_SUBDOMAINS: [&str; 2] = ["general_dentistry", "oral_surgery"];
const OBSTETRIC_SUBDOMAINS: [&str; 2] = ["primary_obstetric_care", "clinical_obstetrics"];

/// The peer's procedure order, as `bevoegd` procedures (index = the peer's id).
const OURS: [Procedure; 14] = Procedure::ALL;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
enum Kind {
    Physician,
    Dentist,
    Midwife,
    NursePractitioner,
    PhysicianAssistant,
    ClinicalTechnologist,
}

impl Kind {
    fn procedures(self) -> &'static [usize] {
        match self {
            Kind::Physician => &ALL_14,
            Kind::Dentist => &DENTIST_PROCS,
            Kind::Midwife => &MIDWIFE_PROCS,
            Kind::NursePractitioner | Kind::PhysicianAssistant => &NP_PA_PROCS,
            Kind::ClinicalTechnologist => &CT_PROCS,
        }
    }
    fn scoped(self) -> bool {
        matches!(self, Kind::NursePractitioner | Kind::PhysicianAssistant | Kind::ClinicalTechnologist)
    }
    fn name(self) -> &'static str {
        match self {
            Kind::Physician => "physician",
            Kind::Dentist => "dentist",
            Kind::Midwife => "midwife",
            Kind::NursePractitioner => "nurse_practitioner",
            Kind::PhysicianAssistant => "physician_assistant",
            Kind::ClinicalTechnologist => "clinical_technologist",
        }
    }
}

fn day(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A day number (days since 1970-01-01) as a `Date`.
fn date(z: i64) -> Date {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date::new(y as u16, m as u8, d as u8).unwrap()
}

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(if seed == 0 { 0x9E37_79B9_7F4A_7C15 } else { seed })
    }
    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() >> 32) * n) >> 32
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo) as u64) as i64
    }
    fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
}

struct Practitioner {
    kind: Kind,
    status: &'static str,
    registered_from: i64,
    valid_until: Option<i64>,
    subdomains: Vec<&'static str>,
    /// (procedure, subdomain) -> (from, until), half-open.
    competences: BTreeMap<(usize, Option<&'static str>), (i64, i64)>,
}

struct CareCtx {
    domain: &'static str,
    subdomain: &'static str,
    limited_complexity: bool,
    routine: bool,
    risks_overseeable: bool,
    complex_technical_medical_act: bool,
    protocols: Vec<usize>,
    emergency: bool,
}

#[derive(Clone, Copy)]
struct Raw {
    practitioner: usize,
    procedure: usize,
    context: usize,
    date: i64,
}

fn pick_distinct(rng: &mut Rng, from: &[&'static str], k: usize) -> Vec<&'static str> {
    let mut out = Vec::with_capacity(k);
    while out.len() < k {
        let s = *rng.pick(from);
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

fn validity(rng: &mut Rng) -> (i64, i64) {
    if rng.chance(800) {
        let from = rng.range(day(2016, 1, 1), day(2024, 1, 1));
        (from, from + rng.range(5 * 365, 10 * 365))
    } else {
        let from = rng.range(day(2019, 1, 1), day(2026, 7, 1));
        (from, from + rng.range(365, 5 * 365))
    }
}

fn gen_world() -> (Vec<Practitioner>, Vec<CareCtx>, Vec<Raw>) {
    let mut rng = Rng::new(SEED);
    let mut practitioners = Vec::with_capacity(N_PRACTITIONERS);
    for _ in 0..N_PRACTITIONERS {
        let kind = match rng.below(1000) {
            0..=379 => Kind::Physician,
            380..=489 => Kind::Dentist,
            490..=579 => Kind::Midwife,
            580..=739 => Kind::NursePractitioner,
            740..=849 => Kind::PhysicianAssistant,
            _ => Kind::ClinicalTechnologist,
        };
        let status = match rng.below(1000) {
            0..=879 => "active",
            880..=949 => "suspended",
            _ => "struck_off",
        };
        let registered_from = if rng.chance(920) {
            rng.range(day(1985, 1, 1), day(2024, 1, 1))
        } else {
            rng.range(day(2024, 1, 1), day(2026, 7, 1))
        };
        let valid_until = if rng.chance(350) {
            Some(rng.range(day(2024, 1, 1), day(2030, 1, 1)).max(registered_from + 365))
        } else {
            None
        };
        let subdomains = match kind {
            Kind::NursePractitioner | Kind::PhysicianAssistant | Kind::ClinicalTechnologist => {
                let k = 1 + rng.below(3) as usize;
                pick_distinct(&mut rng, &SUBDOMAINS, k)
            }
            Kind::Physician => pick_distinct(&mut rng, &SUBDOMAINS, 1),
            Kind::Dentist | Kind::Midwife => Vec::new(),
        };
        // The peer keys competences by text in a BTreeMap: a later insert of the same key
        // replaces the earlier one, as here.
        let mut competences = BTreeMap::new();
        if kind.scoped() {
            for sub in &subdomains {
                for &p in kind.procedures() {
                    if rng.chance(700) {
                        competences.insert((p, Some(*sub)), validity(&mut rng));
                    }
                }
            }
            if rng.chance(250) {
                let p = rng.below(14) as usize;
                let sub = *rng.pick(&SUBDOMAINS);
                competences.insert((p, Some(sub)), validity(&mut rng));
            }
        } else {
            for &p in kind.procedures() {
                if rng.chance(850) {
                    competences.insert((p, None), validity(&mut rng));
                }
            }
            if rng.chance(250) {
                let p = rng.below(14) as usize;
                competences.insert((p, None), validity(&mut rng));
            }
        }
        practitioners.push(Practitioner { kind, status, registered_from, valid_until, subdomains, competences });
    }
    let mut contexts = Vec::with_capacity(N_CONTEXTS);
    for c in 0..N_CONTEXTS {
        let (domain, subdomain) = match c {
            0..=2 => ("dentistry", *rng.pick(&DENTAL_SUBDOMAINS)),
            3..=5 => ("obstetrics", *rng.pick(&OBSTETRIC_SUBDOMAINS)),
            _ => ("hospital", *rng.pick(&SUBDOMAINS)),
        };
        let limited_complexity = rng.chance(700);
        let routine = rng.chance(700);
        let risks_overseeable = rng.chance(750);
        let complex_technical_medical_act = rng.chance(450);
        let protocols: Vec<usize> = (0..14).filter(|_| rng.chance(650)).collect();
        contexts.push(CareCtx {
            domain,
            subdomain,
            limited_complexity,
            routine,
            risks_overseeable,
            complex_technical_medical_act,
            protocols,
            emergency: c == N_CONTEXTS - 1,
        });
    }
    let matching: Vec<Vec<usize>> = practitioners
        .iter()
        .map(|p| (6..N_CONTEXTS).filter(|&c| p.subdomains.contains(&contexts[c].subdomain)).collect())
        .collect();
    let (lo, hi) = (day(2024, 1, 1), day(2027, 1, 1));
    let mut requests = Vec::with_capacity(N_REQUESTS);
    for _ in 0..N_REQUESTS {
        let pi = rng.below(N_PRACTITIONERS as u64) as usize;
        let p = &practitioners[pi];
        let procedure = if rng.chance(650) { *rng.pick(p.kind.procedures()) } else { rng.below(14) as usize };
        let context = if rng.chance(500) {
            match p.kind {
                Kind::Dentist => rng.range(0, 3) as usize,
                Kind::Midwife => rng.range(3, 6) as usize,
                Kind::Physician => rng.below(N_CONTEXTS as u64) as usize,
                _ if !matching[pi].is_empty() => *rng.pick(&matching[pi]),
                _ => rng.below(N_CONTEXTS as u64) as usize,
            }
        } else {
            rng.below(N_CONTEXTS as u64) as usize
        };
        requests.push(Raw { practitioner: pi, procedure, context, date: rng.range(lo, hi) });
    }
    (practitioners, contexts, requests)
}

/// A half-open window as an inclusive period.
fn period(from: i64, until: Option<i64>) -> Option<(Date, Option<Date>)> {
    match until {
        Some(u) if u <= from => None,
        Some(u) => Some((date(from), Some(date(u - 1)))),
        None => Some((date(from), None)),
    }
}

/// A practitioner's records as a hospital system holds them: typed values (days as dates,
/// codes as subdomains), converted from the peer's day numbers and strings once, outside the
/// timed passes. Building a professional from them is what the `inputs` mode times.
struct Plain {
    profession: Profession,
    status: RegistrationStatus,
    from: Date,
    until: Option<Date>,
    nurse_practitioner: bool,
    trained_in: Vec<Subdomain>,
    competences: Vec<(Procedure, Option<Subdomain>, Date, Date)>,
}

fn plain(p: &Practitioner) -> Plain {
    let (from, until) = period(p.registered_from, p.valid_until).expect("registrations last a year at least");
    Plain {
        profession: match p.kind {
            Kind::Physician => Profession::Physician,
            Kind::Dentist => Profession::Dentist,
            Kind::Midwife => Profession::Midwife,
            Kind::NursePractitioner => Profession::Nurse,
            Kind::PhysicianAssistant => Profession::PhysicianAssistant,
            Kind::ClinicalTechnologist => Profession::ClinicalTechnologist,
        },
        status: match p.status {
            "active" => RegistrationStatus::Active,
            "suspended" => RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary },
            _ => RegistrationStatus::StruckOff { ground: StrikeOffGround::Disciplinary },
        },
        from,
        until,
        nurse_practitioner: p.kind == Kind::NursePractitioner,
        trained_in: if p.kind.scoped() {
            p.subdomains.iter().map(|s| s.parse().unwrap()).collect()
        } else {
            Vec::new()
        },
        competences: p
            .competences
            .iter()
            .filter_map(|(&(proc_, sub), &(from, until))| {
                let (f, u) = period(from, Some(until))?;
                Some((OURS[proc_], sub.map(|s| s.parse().unwrap()), f, u?))
            })
            .collect(),
    }
}

/// The practitioner as a `bevoegd` professional, built (and validated) from the plain records.
fn professional(p: &Plain) -> Professional {
    let held = Period::new(p.from, p.until).unwrap();
    let mut b = Professional::builder("").registration(
        Registration::new(p.profession, None, [StatusPeriod { period: held, status: p.status }]).unwrap(),
    );
    if p.nurse_practitioner {
        b = b.qualification(Qualification::NurseSpecialistGeneralHealthcare, held);
    }
    for s in &p.trained_in {
        b = b.trained_in(*s);
    }
    b = b.competences(p.competences.iter().map(|&(procedure, subdomain, from, until)| Competence {
        procedure,
        subdomain,
        valid: Period::new(from, Some(until)).unwrap(),
    }));
    b.build().unwrap()
}

/// A care context as a hospital system holds it (typed, converted once).
struct PlainCtx {
    field: FieldOfCare,
    subdomain: Subdomain,
    protocols: ProcedureSet,
    facts: CaseFacts,
    emergency: bool,
}

fn plain_ctx(c: &CareCtx) -> PlainCtx {
    // Facts the peer does not model hold in its world: the radiation-protection requirements,
    // a physician's diagnosis before a nurse prescribes, conditions on a registration (none
    // here). Setting them keeps the disagreements to differences in the rules themselves.
    let mut facts = CaseFacts::NONE
        .with(CaseFact::RadiationRequirementsMet)
        .with(CaseFact::DiagnosisByPhysician)
        .with(CaseFact::RegistrationConditionsMet);
    for (holds, f) in [
        (c.limited_complexity, CaseFact::LimitedComplexity),
        (c.routine, CaseFact::Routine),
        (c.risks_overseeable, CaseFact::RisksOverseeable),
        (c.complex_technical_medical_act, CaseFact::ComplexTechnicalMedicalAct),
    ] {
        if holds {
            facts = facts.with(f);
        }
    }
    PlainCtx {
        field: match c.domain {
            "dentistry" => FieldOfCare::Dentistry,
            "obstetrics" => FieldOfCare::Obstetrics,
            _ => FieldOfCare::Medicine,
        },
        subdomain: c.subdomain.parse().unwrap(),
        protocols: c.protocols.iter().map(|&p| OURS[p]).collect(),
        facts,
        emergency: c.emergency,
    }
}

/// The context on `day`, built (and validated) from the plain record.
fn context(c: &PlainCtx, day: Date) -> Context {
    let mut b = Context::builder(day, c.field).subdomain(c.subdomain);
    if c.field == FieldOfCare::Medicine {
        b = b.specialism(Qualification::NurseSpecialistGeneralHealthcare);
    }
    if !c.protocols.is_empty() {
        b = b.protocol(Protocol { subdomain: c.subdomain, procedures: c.protocols });
    }
    b.facts(c.facts).emergency(c.emergency).build().unwrap()
}

/// The JSON Lines answering of the `bevoegd decide` command, in process: the texts as one input,
/// answers (full audit records) written to memory; one thread, then the cores available.
#[cfg(feature = "json")]
fn jsonl_throughput(texts: &[String], reps: usize) {
    use bevoegd::jsonl::{Options, answer_lines_parallel};
    use std::num::NonZeroUsize;
    let input = texts.join("\n") + "\n";
    let cores = std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN);
    let mut counts = vec![NonZeroUsize::MIN];
    if cores > NonZeroUsize::MIN {
        counts.push(cores);
    }
    for threads in counts {
        let mut out = Vec::with_capacity(input.len());
        let mut pass = || {
            out.clear();
            let t = Instant::now();
            let summary = answer_lines_parallel(&Options::default(), threads, input.as_bytes(), &mut out).unwrap();
            assert_eq!((summary.lines, summary.bad), (texts.len() as u64, 0));
            t.elapsed()
        };
        pass();
        let m = median((0..reps.max(1)).map(|_| pass()).collect());
        println!("mode=jsonl threads={threads} lines_per_s={:.0}", texts.len() as f64 / m.as_secs_f64());
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Runs `pass` once to warm up and `reps` times timed; every pass must give the same allow count.
fn time_mode(name: &str, reps: usize, mut pass: impl FnMut() -> usize) -> (Duration, usize) {
    let allow = pass();
    let mut runs = Vec::with_capacity(reps);
    for _ in 0..reps {
        let t = Instant::now();
        let a = pass();
        runs.push(t.elapsed());
        assert_eq!(a, allow, "mode {name}: a pass gave another allow count");
    }
    let m = median(runs);
    println!(
        "mode={name} median_ns={:.1} allow={allow} deny={}",
        m.as_nanos() as f64 / N_REQUESTS as f64,
        N_REQUESTS - allow
    );
    (m, allow)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let reps = args
        .iter()
        .position(|a| a == "--reps")
        .and_then(|i| args.get(i + 1))
        .map_or(5, |n| n.parse::<usize>().expect("--reps N"));
    // `--only MODE` runs one mode (for a profiler); the others are skipped.
    let only = args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1)).cloned();
    let run = |mode: &str| only.as_deref().is_none_or(|o| o == mode);
    let (practitioners, contexts, requests) = gen_world();
    println!(
        "workload: {} practitioners, {} competence records, {} contexts, {} requests; {reps} timed passes per mode",
        practitioners.len(),
        practitioners.iter().map(|p| p.competences.len()).sum::<usize>(),
        contexts.len(),
        requests.len()
    );

    println!(
        "sizes: Context {} B, Professional {} B, Decision {} B",
        size_of::<Context>(),
        size_of::<Professional>(),
        size_of::<Decision>()
    );
    let records: Vec<Plain> = practitioners.iter().map(plain).collect();
    let places: Vec<PlainCtx> = contexts.iter().map(plain_ctx).collect();
    let days: Vec<Date> = requests.iter().map(|r| date(r.date)).collect();
    let people: Vec<Professional> = records.iter().map(professional).collect();
    let prebuilt: Vec<Context> = requests.iter().zip(&days).map(|(r, day)| context(&places[r.context], *day)).collect();

    let allow = requests
        .iter()
        .zip(&prebuilt)
        .filter(|(r, ctx)| decide(&people[r.practitioner], OURS[r.procedure], ctx).is_permitted())
        .count();
    if run("decide") {
        time_mode("decide", reps, || {
            requests
                .iter()
                .zip(&prebuilt)
                .filter(|(r, ctx)| black_box(decide(&people[r.practitioner], OURS[r.procedure], ctx)).is_permitted())
                .count()
        });
    }
    if run("prepared") || run("prepared_answer") {
        // Each request's context prepared once, outside the timed passes, as a caller asking many
        // questions in one ward on one day would.
        let prepared: Vec<PreparedContext<'_>> = prebuilt.iter().map(PreparedContext::new).collect();
        if run("prepared") {
            time_mode("prepared", reps, || {
                requests
                    .iter()
                    .zip(&prepared)
                    .filter(|(r, ctx)| black_box(ctx.decide(&people[r.practitioner], OURS[r.procedure])).is_permitted())
                    .count()
            });
        }
        if run("prepared_answer") {
            time_mode("prepared_answer", reps, || {
                requests
                    .iter()
                    .zip(&prepared)
                    .filter(|(r, ctx)| black_box(ctx.answer(&people[r.practitioner], OURS[r.procedure])).is_permitted())
                    .count()
            });
        }
    }
    if run("context") {
        time_mode("context", reps, || {
            requests
                .iter()
                .zip(&days)
                .filter(|(r, day)| {
                    let ctx = context(&places[r.context], **day);
                    black_box(decide(&people[r.practitioner], OURS[r.procedure], &ctx)).is_permitted()
                })
                .count()
        });
    }
    if run("inputs") {
        time_mode("inputs", reps, || {
            requests
                .iter()
                .zip(&days)
                .filter(|(r, day)| {
                    let who = professional(&records[r.practitioner]);
                    let ctx = context(&places[r.context], **day);
                    black_box(decide(&who, OURS[r.procedure], &ctx)).is_permitted()
                })
                .count()
        });
    }
    if run("json") {
        let texts: Vec<String> = requests
            .iter()
            .zip(&prebuilt)
            .map(|(r, ctx)| {
                serde_json::to_string(&serde_json::json!({
                    "professional": people[r.practitioner], "procedure": OURS[r.procedure], "context": ctx,
                }))
                .unwrap()
            })
            .collect();
        println!("json: mean request {} bytes", texts.iter().map(String::len).sum::<usize>() / texts.len());
        // For timing the JSON Lines tool on the same requests:
        // BEVOEGD_WRITE_JSONL=path cargo bench --bench workload -- --only json
        if let Ok(path) = std::env::var("BEVOEGD_WRITE_JSONL") {
            std::fs::write(&path, texts.join("\n") + "\n").expect("write the JSON Lines file");
            println!("json: wrote {} lines to {path}", texts.len());
        }
        time_mode("json", reps, || {
            texts
                .iter()
                .filter(|t| {
                    let request: Request = serde_json::from_str(t).unwrap();
                    black_box(request.decide()).is_some_and(|d| d.is_permitted())
                })
                .count()
        });
        // The same requests naming a held staff member by id and carrying only the context,
        // parsed and decided against the staff held (`bevoegd serve --staff`).
        #[cfg(feature = "json")]
        {
            let lines: String = people
                .iter()
                .enumerate()
                .map(|(i, p)| serde_json::json!({"id": format!("p{i}"), "professional": p}).to_string() + "\n")
                .collect();
            let held = bevoegd::staff::HeldStaff::parse(&lines).unwrap();
            let by_id: Vec<String> = requests
                .iter()
                .zip(&prebuilt)
                .map(|(r, ctx)| {
                    serde_json::to_string(&serde_json::json!({
                        "staff_id": format!("p{}", r.practitioner), "procedure": OURS[r.procedure], "context": ctx,
                    }))
                    .unwrap()
                })
                .collect();
            println!("json_staff: mean request {} bytes", by_id.iter().map(String::len).sum::<usize>() / by_id.len());
            time_mode("json_staff", reps, || {
                by_id
                    .iter()
                    .filter(|t| {
                        let (request, _) = bevoegd::jsonl::parse_request_with(t, Some(&held)).unwrap();
                        black_box(request.decide()).is_some_and(|d| d.is_permitted())
                    })
                    .count()
            });
        }
        #[cfg(feature = "json")]
        jsonl_throughput(&texts, reps);
        // The floor under the JSON mode: serde_json only scanning the same texts (every token
        // read and checked, nothing built).
        let floor = median(
            (0..reps.max(1))
                .map(|_| {
                    let t = Instant::now();
                    for text in &texts {
                        black_box(serde_json::from_str::<serde::de::IgnoredAny>(text).unwrap());
                    }
                    t.elapsed()
                })
                .collect(),
        );
        println!(
            "json: serde_json's scan alone (IgnoredAny) median_ns={:.1}",
            floor.as_nanos() as f64 / N_REQUESTS as f64
        );
    }

    if let Ok(path) = std::env::var("BEVOEGD_PEER_DUMP") {
        agreement(&path, &practitioners, &requests, &people, &prebuilt, allow);
    }
}

/// Compares with Cedar's answers in the peer's dump, line by line, and groups every
/// disagreement by profession, procedure, what each side said and (for a `bevoegd` denial) the
/// first reason; the groups are the classes to explain.
fn agreement(
    path: &str,
    practitioners: &[Practitioner],
    requests: &[Raw],
    people: &[Professional],
    prebuilt: &[Context],
    allow: usize,
) {
    let text = std::fs::read_to_string(path).expect("the peer's dump");
    let mut classes: HashMap<(Kind, &'static str, &'static str, String), usize> = HashMap::new();
    let (mut agree, mut lines, mut cedar_allow) = (0usize, 0usize, 0usize);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let i = v["i"].as_u64().unwrap() as usize;
        let r = requests[i];
        // The port must be the peer's workload: every request's facts are checked.
        assert_eq!(v["procedure"], PROCEDURES[r.procedure], "request {i}: another procedure");
        assert_eq!(v["date"], r.date, "request {i}: another date");
        assert_eq!(v["practitioner"]["profession"], practitioners[r.practitioner].kind.name(), "request {i}");
        let cedar = v["decision"] == "allow";
        cedar_allow += usize::from(cedar);
        let decision = decide(&people[r.practitioner], OURS[r.procedure], &prebuilt[i]);
        lines += 1;
        if decision.is_permitted() == cedar {
            agree += 1;
            continue;
        }
        let ours = if decision.is_permitted() { "bevoegd allows" } else { "bevoegd denies" };
        let why = if decision.is_permitted() {
            format!("{:?} via {}", decision.route(), decision.basis_rule().map_or("-", |r| r.name))
        } else {
            let mut codes: Vec<String> = decision
                .independence_reasons()
                .iter()
                .map(|r| serde_json::to_value(r).unwrap()["code"].as_str().unwrap_or("?").to_owned())
                .collect();
            codes.dedup();
            codes.join("+")
        };
        let cedar_why = v["determining_policies"].to_string();
        *classes
            .entry((
                practitioners[r.practitioner].kind,
                PROCEDURES[r.procedure],
                ours,
                format!("{why}; cedar {cedar_why}"),
            ))
            .or_default() += 1;
    }
    assert_eq!(lines, requests.len(), "the dump has one line per request");
    println!(
        "agreement with cedar: {agree}/{lines} = {:.2}% (cedar allow={cedar_allow}, bevoegd allow={allow})",
        100.0 * agree as f64 / lines as f64
    );
    let mut classes: Vec<_> = classes.into_iter().collect();
    classes.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for ((kind, procedure, ours, why), n) in classes {
        println!("  {n:>6}  {} {procedure}: {ours} ({why})", kind.name());
    }
}
