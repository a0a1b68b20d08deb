//! The main example: one day's planned procedures in a small hospital, decided.
//!
//! Run it with `cargo run --example roster` (add `-- en` for English reasons). The sample data is
//! embedded (`examples/data/hospital.json`): a dozen professionals in different registration
//! states, five wards, and the day's plan. It prints who may independently do what in their own
//! ward; then, for each planned act, who may do it, on which route and legal basis; and for every
//! denial or non-independent permission, every reason with its article.

use std::collections::BTreeMap;
use std::error::Error;

use bevoegd::{
    CaseFacts, Context, Date, DrugClass, Eligibility, FieldOfCare, Instruction, Lang, Procedure, Professional,
    Protocol, Qualification, Route, Subdomain, Technique, decide,
};
use serde::Deserialize;

const HOSPITAL: &str = include_str!("data/hospital.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Hospital {
    date: Date,
    wards: BTreeMap<String, Ward>,
    /// Each professional's own ward, for the overview of independent authority.
    home_wards: BTreeMap<String, String>,
    staff: Vec<Professional>,
    plan: Vec<Planned>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Ward {
    field: FieldOfCare,
    subdomain: Subdomain,
    #[serde(default)]
    protocols: Vec<Protocol>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Planned {
    who: String,
    procedure: Procedure,
    ward: String,
    #[serde(default)]
    facts: CaseFacts,
    drug: Option<DrugClass>,
    technique: Option<Technique>,
    specialism: Option<Qualification>,
    instructed_by: Option<String>,
    #[serde(default)]
    supervision_ensured: bool,
    #[serde(default)]
    emergency: bool,
}

fn main() -> Result<(), Box<dyn Error>> {
    let lang = match std::env::args().nth(1).as_deref() {
        None | Some("nl") => Lang::Nl,
        Some("en") => Lang::En,
        Some(other) => return Err(format!("unknown language `{other}`, expected `nl` or `en`").into()),
    };
    let hospital: Hospital = serde_json::from_str(HOSPITAL)?;
    let staff: BTreeMap<&str, &Professional> = hospital.staff.iter().map(|p| (p.name(), p)).collect();

    overview(&hospital)?;

    println!("\nPlanned reserved procedures on {}\n", hospital.date);
    println!("{:<54} {:<20} {:<26} {:<30} basis", "who", "procedure", "ward", "decision");
    println!("{}", "-".repeat(170));

    let mut details = Vec::new();
    for item in &hospital.plan {
        let who = staff.get(item.who.as_str()).ok_or_else(|| format!("plan names unknown staff `{}`", item.who))?;
        let ctx = context_for(&hospital, &staff, item)?;
        let decision = decide(who, item.procedure, &ctx);
        let verdict = match decision.route() {
            Some(route) => format!("yes: {route}"),
            None => "NO".to_owned(),
        };
        let basis = decision.basis().map(|c| c.to_string()).unwrap_or_default();
        println!("{:<54} {:<20} {:<26} {:<30} {basis}", item.who, item.procedure.to_string(), item.ward, verdict);
        if !decision.is_independent() {
            details.push((item.who.as_str(), item.procedure, decision));
        }
    }

    println!("\nWhy not independently, and what else was tried\n");
    for (who, procedure, decision) in details {
        println!("{who}, {procedure}:");
        for line in decision.explanation(lang) {
            println!("    {line}");
        }
    }
    Ok(())
}

/// Who may independently do what, each in their own ward, for a routine case (every case fact
/// established): one `Eligibility` matrix over the staff, one column per paragraph of art. 36.
fn overview(hospital: &Hospital) -> Result<(), Box<dyn Error>> {
    let mut contexts = Vec::new();
    for who in &hospital.staff {
        let ward_name =
            hospital.home_wards.get(who.name()).ok_or_else(|| format!("no home ward for `{}`", who.name()))?;
        let ward = hospital.wards.get(ward_name).ok_or_else(|| format!("unknown ward `{ward_name}`"))?;
        let mut ctx = Context::builder(hospital.date, ward.field)
            .subdomain(ward.subdomain)
            .facts(CaseFacts::ALL)
            .drug(DrugClass::Other);
        for p in &ward.protocols {
            ctx = ctx.protocol(*p);
        }
        // A nurse specialist works in the sub-area of their own specialism.
        let own = who
            .qualifications()
            .iter()
            .find(|q| q.qualification.is_nurse_specialism() && q.period.contains(hospital.date));
        if let Some(q) = own {
            ctx = ctx.specialism(q.qualification);
        }
        contexts.push(ctx.build()?);
    }
    // One context per person: the diagonal of staff × contexts is each person in their own ward.
    let matrix = Eligibility::compute(&hospital.staff, &Procedure::ALL, &contexts)?;
    println!(
        "Independent authority on {} in each person's own ward (I = independently), for a routine case; \
         under 14, prescribing a medicine outside the midwives' and nurses' classes\n",
        hospital.date
    );
    print!("{:<54}", "who");
    for p in Procedure::ALL {
        print!("{:>3}", p.paragraph());
    }
    println!();
    for (i, who) in hospital.staff.iter().enumerate() {
        print!("{:<54}", who.name());
        for p in Procedure::ALL {
            let mark = match matrix.get(i, i, p).flatten() {
                Some(Route::Independent) => "I",
                _ => ".",
            };
            print!("{mark:>3}");
        }
        println!();
    }
    Ok(())
}

fn context_for(
    hospital: &Hospital,
    staff: &BTreeMap<&str, &Professional>,
    item: &Planned,
) -> Result<Context, Box<dyn Error>> {
    let ward = hospital.wards.get(&item.ward).ok_or_else(|| format!("plan names unknown ward `{}`", item.ward))?;
    let mut ctx = Context::builder(hospital.date, ward.field)
        .subdomain(ward.subdomain)
        .facts(item.facts)
        .emergency(item.emergency);
    for p in &ward.protocols {
        ctx = ctx.protocol(*p);
    }
    if let Some(d) = item.drug {
        ctx = ctx.drug(d);
    }
    if let Some(t) = item.technique {
        ctx = ctx.technique(t);
    }
    if let Some(s) = item.specialism {
        ctx = ctx.specialism(s);
    }
    if let Some(name) = &item.instructed_by {
        let instructor = staff.get(name.as_str()).ok_or_else(|| format!("plan names unknown instructor `{name}`"))?;
        ctx = ctx.instruction(Instruction {
            instructor: (*instructor).clone(),
            directions_followed: true,
            supervision_ensured: item.supervision_ensured,
        });
    }
    Ok(ctx.build()?)
}
