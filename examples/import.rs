//! Reads a BIG-register answer (SOAP XML) and a FHIR bundle (JSON, and the same in XML) from
//! `examples/data/`, converts them into professionals, shows what was skipped, what could not be
//! placed and where each registration came from, and decides one case for each.
//!
//! ```text
//! cargo run --example import --features big-register,fhir-xml
//! ```
#![allow(clippy::print_stdout, reason = "an example prints its results")]

use std::error::Error;

use bevoegd::big_register::Envelope;
use bevoegd::fhir::{Bundle, import_bundle, xml_to_json};
use bevoegd::{Competence, Date, Lang, Period, Procedure, Professional, Training, TrainingKind, decide, law};

/// The register and FHIR say who someone is; competence (bekwaamheid) and training come from
/// the hospital's own records, added here for the procedure decided.
fn competent_for(
    who: &Professional,
    p: Procedure,
    since: Date,
    training: Option<Training>,
) -> Result<Professional, Box<dyn Error>> {
    let mut b = Professional::builder(who.name());
    if let Some(t) = training {
        b = b.training(t);
    }
    for r in who.registrations() {
        b = b.registration(r.clone());
    }
    for q in who.qualifications() {
        b = b.qualification(q.qualification, q.period);
    }
    Ok(b.competence(Competence { procedure: p, subdomain: None, valid: Period::starting(since) }).build()?)
}

fn main() -> Result<(), Box<dyn Error>> {
    let today = Date::new(2026, 1, 5)?;

    let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/big-register.xml"))?;
    let response = quick_xml::de::from_str::<Envelope>(&xml)?.body.result;
    println!("BIG register: {} people found", response.people().len());
    for person in response.people() {
        let imported = person.to_professional(today)?;
        let who = &imported.professional;
        let professions: Vec<_> = who.professions().map(|p| p.code()).collect();
        println!("  {}: {}", who.name(), professions.join(", "));
        for s in &imported.skipped {
            println!("    left out {} = {:?}: {}", s.path, s.value, s.why);
        }
        for e in &imported.errors {
            println!("    could not place {e}");
        }
        for r in who.registrations() {
            if let (Some(p), Some(on)) = (r.provenance(), r.provenance().and_then(|p| p.on)) {
                let source: &str = p.source.into();
                println!("    {}: from the {source} on {on}, {}", r.profession(), p.id.as_deref().unwrap_or("-"));
            }
        }
    }
    let nurse = response.people().first().ok_or("no person")?.to_professional(today)?.professional;
    let nurse = competent_for(&nurse, Procedure::Prescribing, Date::new(2021, 3, 1)?, None)?;
    let (_, example) = law::NURSE_SPECIALIST_AGZ_PRESCRIBING.example_case()?;
    for day in [Date::new(2025, 3, 3)?, today] {
        let ctx = example.to_builder().date(day).build()?;
        println!(
            "  {} prescribes on {day}: {}",
            nurse.name(),
            decide(&nurse, Procedure::Prescribing, &ctx).explain(Lang::En)
        );
    }

    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/fhir-bundle.json"))?;
    let bundle: Bundle = serde_json::from_str(&json)?;
    println!("FHIR bundle:");
    let imports = import_bundle(&bundle, today);
    // The same resources in FHIR's XML form convert to the same professionals.
    let xml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/fhir-bundle.xml"))?;
    let from_xml: Bundle = serde_json::from_value(xml_to_json(&xml)?)?;
    println!("  (the XML form gives the same: {})", import_bundle(&from_xml, today) == imports);
    for p in &imports {
        match &p.result {
            Ok(imported) => println!("  {}: {}", p.id.as_deref().unwrap_or("-"), imported.professional.name()),
            Err(e) => println!("  {}: error {e}", p.id.as_deref().unwrap_or("(a role)")),
        }
    }
    let kt = imports.iter().find(|p| p.id.as_deref() == Some("kt-bos")).ok_or("kt-bos")?;
    let kt = &kt.result.as_ref().map_err(|e| e.to_string())?.professional;
    let (_, example) = law::CLINICAL_TECHNOLOGIST_PUNCTURE.example_case()?;
    let ctx = example.to_builder().date(today).build()?;
    let sub_area = ctx.subdomain().ok_or("the example names its sub-area")?;
    // The training office's records: the master track, completed; a fellowship, in progress.
    let master = Training {
        kind: TrainingKind::MasterTrack,
        discipline: sub_area,
        from: Some(Date::new(2017, 9, 1)?),
        until: Some(Date::new(2019, 8, 31)?),
        completed: true,
    };
    let fellowship =
        Training { kind: TrainingKind::Fellowship, completed: false, until: Some(Date::new(2026, 8, 31)?), ..master };
    let trained = competent_for(kt, Procedure::Puncture, Date::new(2020, 7, 1)?, Some(master))?;
    println!("  {} punctures on {today}: {}", kt.name(), decide(&trained, Procedure::Puncture, &ctx).explain(Lang::En));
    let in_training = competent_for(kt, Procedure::Puncture, Date::new(2020, 7, 1)?, Some(fellowship))?;
    println!(
        "  with only a fellowship in progress: {}",
        decide(&in_training, Procedure::Puncture, &ctx).explain(Lang::En)
    );
    Ok(())
}
