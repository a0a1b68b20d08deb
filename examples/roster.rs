//! The main example: one ward week in a small hospital, planned before any patient is known.
//!
//! Run it with `cargo run --example roster` (add `-- en` for English). The sample data is embedded
//! (`examples/data/hospital.json`): thirteen professionals in different registration states, six
//! wards, a week, and the planned acts of one day. It prints, in one language throughout:
//!
//! 1. per day, who may do what in their own ward, with every case fact still unknown, so that an
//!    answer resting on case facts shows as "if" (a conditional answer);
//! 2. the day each eligibility changes in the week, and why;
//! 3. what each "if" cell needs, with its article;
//! 4. where nobody may independently perform what the ward does;
//! 5. the gap analysis: which single missing thing would open the most cells;
//! 6. the planned acts of one day, and for each that is not open the reasons, with the input
//!    that differs where two planned rows look alike.
//!
//! Lines fit in 120 columns.

use std::collections::BTreeMap;
use std::error::Error;

use bevoegd::{
    CaseFacts, Context, Date, Decision, DrugClass, FieldOfCare, Instruction, Lang, Outcome, Plan, Procedure,
    Professional, Protocol, Qualification, Roster, Route, Subdomain, Technique, decide,
};
use serde::Deserialize;

const HOSPITAL: &str = include_str!("data/hospital.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Hospital {
    /// The day of the planned acts.
    date: Date,
    week: Week,
    wards: BTreeMap<String, Ward>,
    /// Each professional's own ward.
    home_wards: BTreeMap<String, String>,
    staff: Vec<Professional>,
    plan: Vec<Planned>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Week {
    from: Date,
    through: Date,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Ward {
    field: FieldOfCare,
    subdomain: Subdomain,
    /// The nurse specialism whose sub-area the ward's patients fall in, if any.
    specialism: Option<Qualification>,
    #[serde(default)]
    protocols: Vec<Protocol>,
}

#[derive(Deserialize, PartialEq, Debug)]
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

/// One phrase in the language chosen.
fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// The short label a person goes by in the tables: their first name.
fn label(who: &Professional) -> &str {
    who.name().split(' ').next().unwrap_or(who.name())
}

fn main() -> Result<(), Box<dyn Error>> {
    let lang = match std::env::args().nth(1).as_deref() {
        None | Some("nl") => Lang::Nl,
        Some("en") => Lang::En,
        Some(other) => return Err(format!("unknown language `{other}`, expected `nl` or `en`").into()),
    };
    let hospital: Hospital = serde_json::from_str(HOSPITAL)?;

    // The roster: staff under their first names, each ward a place with every case fact unknown.
    let staff: Vec<(String, Professional)> = hospital.staff.iter().map(|p| (label(p).to_owned(), p.clone())).collect();
    let mut places = Vec::new();
    for (id, ward) in &hospital.wards {
        places.push((id.clone(), ward_context(ward, hospital.week.from, CaseFacts::UNKNOWN)?));
    }
    // Each person is planned in their own ward; anyone on the staff may give an instruction.
    let mut assigned = Vec::new();
    for (id, who) in &staff {
        assigned.push((id.clone(), home(&hospital, who)?.to_owned()));
    }
    let roster = Roster {
        staff: &staff,
        places: &places,
        procedures: &Procedure::ALL,
        from: hospital.week.from,
        through: hospital.week.through,
        assigned: Some(&assigned),
    };
    let plan = roster.plan()?;

    legend(&hospital, &staff, lang)?;
    week(&hospital, &plan, &staff, lang)?;
    changes(&hospital, &plan, &staff, lang)?;
    conditions(&hospital, &staff, &places, lang)?;
    uncovered(&hospital, &plan, lang);
    gaps(&roster, lang)?;
    planned(&hospital, lang)
}

fn ward_context(ward: &Ward, date: Date, facts: CaseFacts) -> Result<Context, Box<dyn Error>> {
    let mut ctx = Context::builder(date, ward.field).subdomain(ward.subdomain).facts(facts).drug(DrugClass::Other);
    for p in &ward.protocols {
        ctx = ctx.protocol(*p);
    }
    if let Some(s) = ward.specialism {
        ctx = ctx.specialism(s);
    }
    Ok(ctx.build()?)
}

fn home<'h>(hospital: &'h Hospital, who: &Professional) -> Result<&'h str, Box<dyn Error>> {
    Ok(hospital.home_wards.get(who.name()).ok_or_else(|| format!("no home ward for `{}`", who.name()))?)
}

fn legend(hospital: &Hospital, staff: &[(String, Professional)], lang: Lang) -> Result<(), Box<dyn Error>> {
    let (from, through) = (hospital.week.from, hospital.week.through);
    println!("{} {from} {} {through}\n", t(lang, "Roosterweek", "Roster week"), t(lang, "t/m", "through"));
    println!(
        "{}",
        t(
            lang,
            "Voorbehouden handelingen (Wet BIG art. 36, lid):",
            "Reserved procedures (Wet BIG art. 36, paragraph):"
        )
    );
    let names: Vec<String> =
        Procedure::ALL.iter().map(|p| format!("{:>2} {}", p.paragraph(), p.short_name(lang))).collect();
    for row in names.chunks(5) {
        println!("  {}", row.iter().map(|n| format!("{n:<22}")).collect::<String>().trim_end());
    }
    println!(
        "\n{}",
        t(
            lang,
            "Per dag, per persoon in de eigen afdeling, vóór de casusfeiten bekend zijn:\n  \
             Z = zelfstandig bevoegd   ? = zelfstandig, mits casusfeiten (zie onder)\n  \
             o = in opdracht of functioneel zelfstandig   . = niet",
            "Per day, each person in their own ward, before the case facts are known:\n  \
             Z = independently authorised   ? = independently, provided case facts hold (see below)\n  \
             o = on instruction or functionally independent   . = not"
        )
    );
    println!("\n{}", t(lang, "Wie:", "Who:"));
    for (id, who) in staff {
        println!("  {id:<7} {:<54} {}", who.name(), home(hospital, who)?);
    }
    Ok(())
}

/// The mark of one cell on one day.
fn mark(plan: &Plan, staff: &str, place: &str, p: Procedure, day: Date) -> char {
    match plan.on(staff, place, p, day) {
        Some(s) if s.outcome == Outcome::Permitted && s.route == Some(Route::Independent) => 'Z',
        Some(s) if s.outcome == Outcome::Conditional && s.route == Some(Route::Independent) => '?',
        Some(s) if s.outcome == Outcome::Permitted => 'o',
        _ => '.',
    }
}

fn days(from: Date, through: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(from), move |d| d.next_day().filter(|n| *n <= through))
}

fn week(hospital: &Hospital, plan: &Plan, staff: &[(String, Professional)], lang: Lang) -> Result<(), Box<dyn Error>> {
    let days: Vec<Date> = days(hospital.week.from, hospital.week.through).collect();
    let row = |first: &str, blocks: &mut dyn Iterator<Item = String>| {
        let line: String = blocks.map(|b| format!("{b:<15}")).collect();
        println!("{first:<8}{}", line.trim_end());
    };
    println!();
    row("", &mut days.iter().map(|d| d.to_string().get(5..).unwrap_or_default().to_owned()));
    let numbers: String = Procedure::ALL.iter().map(|p| char::from(b'0' + p.paragraph() % 10)).collect();
    row("", &mut days.iter().map(|_| numbers.clone()));
    println!(
        "{:<8}{}",
        "",
        t(lang, "(kolommen: lid 1 t/m 14, laatste cijfer)", "(columns: paragraphs 1 to 14, last digit)")
    );
    for (id, who) in staff {
        let ward = home(hospital, who)?;
        row(id, &mut days.iter().map(|day| Procedure::ALL.iter().map(|p| mark(plan, id, ward, *p, *day)).collect()));
    }
    Ok(())
}

fn changes(
    hospital: &Hospital,
    plan: &Plan,
    staff: &[(String, Professional)],
    lang: Lang,
) -> Result<(), Box<dyn Error>> {
    println!("\n{}", t(lang, "Wijzigingen in de week:", "Changes in the week:"));
    for (id, who) in staff {
        let ward = home(hospital, who)?;
        for p in Procedure::ALL {
            let Some(cell) = plan.cell(id, ward, p) else { continue };
            let mut before = mark(plan, id, ward, p, plan.from);
            for span in cell.spans.iter().skip(1) {
                let now = mark(plan, id, ward, p, span.from);
                if now == before {
                    continue;
                }
                before = now;
                let answer = match (span.outcome, span.route) {
                    (Outcome::Permitted, Some(route)) => route.name(lang).to_owned(),
                    (Outcome::Conditional, Some(route)) => {
                        format!("{}, {}", route.name(lang), t(lang, "mits", "provided"))
                    }
                    _ => t(lang, "niet", "not").to_owned(),
                };
                let because = span.because.as_ref().map(|c| c.describe(lang)).unwrap_or_default();
                println!(
                    "  {id:<7} {:<16} {} {}: {answer} ({because})",
                    p.short_name(lang),
                    t(lang, "vanaf", "from"),
                    span.from
                );
            }
        }
    }
    Ok(())
}

/// What each conditional cell needs, once per person and procedure (on the first day).
fn conditions(
    hospital: &Hospital,
    staff: &[(String, Professional)],
    places: &[(String, Context)],
    lang: Lang,
) -> Result<(), Box<dyn Error>> {
    println!("\n{}", t(lang, "Wat een ?-cel nodig heeft:", "What a ? cell needs:"));
    for (id, who) in staff {
        let ward = home(hospital, who)?;
        let ctx = places.iter().find(|(p, _)| p == ward).map(|(_, c)| c).ok_or("home ward not a place")?;
        for p in Procedure::ALL {
            let d = decide(who, p, ctx);
            if d.is_conditional() {
                println!("  {id:<7} {}, {}:", p.name(lang), t(lang, "mits", "provided that"));
                for r in d.requires() {
                    for (i, part) in
                        wrap(&format!("{} ({})", r.unmet.requirement(lang), r.citation), 106).iter().enumerate()
                    {
                        println!("{}{part}", if i == 0 { "          " } else { "              " });
                    }
                }
            }
        }
    }
    Ok(())
}

/// Where nobody may independently perform what the ward's protocols cover.
fn uncovered(hospital: &Hospital, plan: &Plan, lang: Lang) {
    println!(
        "\n{}",
        t(
            lang,
            "Niemand zelfstandig bevoegd voor wat het protocol van de afdeling dekt:",
            "Nobody independently authorised for what the ward's protocol covers:"
        )
    );
    for c in plan.uncovered() {
        let Some(ward) = hospital.wards.get(&c.place) else { continue };
        if !ward.protocols.iter().any(|p| p.procedures.contains(c.procedure)) {
            continue;
        }
        println!(
            "  {:<24} {:<16} {} {} {}: {} {}, {} {}",
            c.place,
            c.procedure.short_name(lang),
            c.from,
            t(lang, "t/m", "through"),
            c.until,
            c.conditional,
            t(lang, "mits casusfeiten", "if case facts hold"),
            c.permitted,
            t(lang, "op een andere route", "on another route"),
        );
    }
}

fn gaps(roster: &Roster<'_>, lang: Lang) -> Result<(), Box<dyn Error>> {
    println!("\n{} {}:", t(lang, "Wat opent de meeste cellen op", "What opens the most cells on"), roster.from);
    for gap in roster.gaps()?.iter().take(8) {
        let by = gap.instructor.as_ref().map(|i| format!(" {} {i}", t(lang, "door", "by"))).unwrap_or_default();
        println!("  {:>2} {} {}{by}", gap.opens.len(), t(lang, "cel(len):", "cell(s):"), gap.remedy.describe(lang));
        let mut line = String::from("       ");
        for cell in &gap.opens {
            let item = format!("{} {} ({}); ", cell.staff, cell.procedure.short_name(lang), cell.place);
            if line.len() + item.len() > 118 {
                println!("{}", line.trim_end());
                line = String::from("       ");
            }
            line.push_str(&item);
        }
        println!("{}", line.trim_end().trim_end_matches(';'));
    }
    Ok(())
}

fn planned(hospital: &Hospital, lang: Lang) -> Result<(), Box<dyn Error>> {
    let staff: BTreeMap<&str, &Professional> = hospital.staff.iter().map(|p| (p.name(), p)).collect();
    println!(
        "\n{} {}\n",
        t(lang, "Geplande voorbehouden handelingen op", "Planned reserved procedures on"),
        hospital.date
    );
    println!(
        "{:<7} {:<16} {:<24} {:<29} {}",
        t(lang, "wie", "who"),
        t(lang, "handeling", "procedure"),
        t(lang, "afdeling", "ward"),
        t(lang, "besluit", "decision"),
        t(lang, "grondslag", "basis")
    );
    println!("{}", "-".repeat(119));
    let mut details: Vec<(&Planned, Decision)> = Vec::new();
    for item in &hospital.plan {
        let who = staff.get(item.who.as_str()).ok_or_else(|| format!("plan names unknown staff `{}`", item.who))?;
        let ctx = context_for(hospital, &staff, item)?;
        let decision = decide(who, item.procedure, &ctx);
        let verdict = match decision.route() {
            Some(route) => format!("{}: {}", t(lang, "ja", "yes"), route.name(lang)),
            None => t(lang, "NEE", "NO").to_owned(),
        };
        let basis = decision.basis().map(|c| c.to_string()).unwrap_or_default();
        let row =
            format!("{:<7} {:<16} {:<24} {:<29}", label(who), item.procedure.short_name(lang), item.ward, verdict);
        if row.chars().count() + 1 + basis.chars().count() <= 120 {
            println!("{}", format!("{row} {basis}").trim_end());
        } else {
            println!("{}\n{:51}{basis}", row.trim_end(), "");
        }
        if !decision.is_independent() {
            details.push((item, decision));
        }
    }

    println!(
        "\n{}\n",
        t(
            lang,
            "Waarom niet zelfstandig, en wat verder is geprobeerd:",
            "Why not independently, and what else was tried:"
        )
    );
    for (item, decision) in &details {
        let who = staff.get(item.who.as_str()).map_or(item.who.as_str(), |w| label(w));
        println!("{who}, {} ({}):", item.procedure.name(lang), item.ward);
        let twins: Vec<&Planned> = hospital
            .plan
            .iter()
            .filter(|o| !std::ptr::eq(*o, *item) && o.who == item.who && o.procedure == item.procedure)
            .collect();
        for twin in twins {
            let line = format!(
                "{}: {}",
                t(lang, "anders dan de andere rij", "unlike the other row"),
                differences(item, twin, lang)
            );
            for (i, part) in wrap(&line, 112).iter().enumerate() {
                println!("{}{part}", if i == 0 { "    " } else { "        " });
            }
        }
        for line in decision.explanation(lang) {
            for (i, part) in wrap(&line, 112).iter().enumerate() {
                println!("{}{part}", if i == 0 { "    " } else { "        " });
            }
        }
    }
    Ok(())
}

/// `text` cut at spaces into lines of at most `width` characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let last = lines.last_mut().map_or(0, |l| l.chars().count());
        if last > 0 && last + 1 + word.chars().count() > width {
            lines.push(String::new());
        }
        if let Some(line) = lines.last_mut() {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// The inputs in which `a` differs from `b`, as `a`'s values.
fn differences(a: &Planned, b: &Planned, lang: Lang) -> String {
    let mut out = Vec::new();
    if a.ward != b.ward {
        out.push(format!("{} {}", t(lang, "afdeling", "ward"), a.ward));
    }
    if a.facts != b.facts {
        out.push(format!("{} {}", t(lang, "casusfeiten", "case facts"), facts_text(a.facts, lang)));
    }
    if a.drug != b.drug {
        out.push(format!(
            "{} {}",
            t(lang, "middel", "drug"),
            a.drug.map_or("-".to_owned(), |d| d.name(lang).to_owned())
        ));
    }
    if a.technique != b.technique {
        out.push(format!("{} {}", t(lang, "techniek", "technique"), a.technique.map_or("-", |x| x.name(lang))));
    }
    if a.instructed_by != b.instructed_by || a.supervision_ensured != b.supervision_ensured {
        let by = a.instructed_by.as_deref().unwrap_or("-");
        out.push(format!(
            "{} {by}, {} {}",
            t(lang, "opdracht van", "instructed by"),
            t(lang, "toezicht", "supervision"),
            if a.supervision_ensured { t(lang, "ja", "yes") } else { t(lang, "nee", "no") }
        ));
    }
    if a.emergency != b.emergency {
        out.push(format!(
            "{} {}",
            t(lang, "noodsituatie", "emergency"),
            if a.emergency { t(lang, "ja", "yes") } else { t(lang, "nee", "no") }
        ));
    }
    if a.specialism != b.specialism {
        out.push(format!("{} {}", t(lang, "specialisme", "specialism"), a.specialism.map_or("-", |q| q.name(lang))));
    }
    out.join("; ")
}

fn facts_text(facts: CaseFacts, lang: Lang) -> String {
    use strum::IntoEnumIterator;
    let set: Vec<String> =
        bevoegd::CaseFact::iter().filter(|f| facts.is_established(*f)).map(|f| f.name(lang).to_owned()).collect();
    if set.is_empty() { t(lang, "geen vastgesteld", "none established").to_owned() } else { set.join(", ") }
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
    if let Some(s) = item.specialism.or(ward.specialism) {
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
