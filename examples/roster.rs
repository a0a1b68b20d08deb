//! The main example: one ward week in a small hospital, planned before any patient is known.
//!
//! Run it with `cargo run --example roster` (add `-- en` for English). The sample data is embedded
//! (`examples/data/roster.json`, the roster file of `bevoegd plan`, with its staff file
//! `examples/data/staff.jsonl`): thirteen professionals in different registration states, six
//! wards, a week; and the planned acts of one day (`examples/data/planned.json`). It prints, in one language throughout:
//!
//! 1. per day, who may do what in their own ward, with every case fact, the medicine and the
//!    technique still unknown, so that an answer resting on them shows as "if" (a conditional
//!    answer), and an act open on the instruction of a colleague working on the ward that day
//!    as "o";
//! 2. the day each eligibility changes in the week, and why;
//! 3. what each "if" cell needs, with its article, and whose instruction each "o" cell rests on,
//!    with what a manager must know before planning it;
//! 4. where nobody may independently perform what the ward does;
//! 5. the gap analysis: which single missing thing would open the most cells, with its warnings;
//! 6. the planned acts of one day, each with its inputs (medicine or technique, case facts,
//!    instruction) in words, so that two rows that look alike show why they differ, and for
//!    each that is not open the reasons.
//!
//! Wards, subdomains and professions are named by the roster's labels and the registrations, in
//! the language chosen; never by codes.
//!
//! 7. where it wrote the roster page: the same plan as one HTML file (`target/roster-nl.html`).
//!
//! Lines fit in 120 columns.

use std::collections::BTreeMap;
use std::error::Error;

use bevoegd::{
    CaseFacts, Context, Date, Decision, DrugClass, Instruction, LabelsIn, Lang, Outcome, Plan, Procedure,
    Qualification, RosterDraft, RosterFile, Route, StaffMember, Technique, Warning, decide,
};
use serde::Deserialize;

/// The week: places, who works where, labels (the roster file of `bevoegd plan`).
const ROSTER: &str = include_str!("data/roster.json");
/// The staff, as `bevoegd import` writes a staff file.
const STAFF: &str = include_str!("data/staff.jsonl");
/// The acts planned on one day.
const PLANNED: &str = include_str!("data/planned.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Acts {
    /// The day of the planned acts.
    date: Date,
    plan: Vec<Planned>,
}

#[derive(Deserialize, PartialEq, Debug)]
#[serde(deny_unknown_fields)]
struct Planned {
    /// A staff id of the roster.
    who: String,
    procedure: Procedure,
    /// A place id of the roster.
    ward: String,
    #[serde(default)]
    facts: CaseFacts,
    drug: Option<DrugClass>,
    technique: Option<Technique>,
    specialism: Option<Qualification>,
    /// A staff id of the roster.
    instructed_by: Option<String>,
    #[serde(default)]
    supervision_ensured: bool,
    #[serde(default)]
    emergency: bool,
}

/// The roster and what is needed to print it.
struct Week<'a> {
    roster: &'a RosterFile,
    labels: LabelsIn,
    /// Per staff id, the place they work at (the roster assigns each person one).
    home: BTreeMap<&'a str, &'a str>,
}

impl Week<'_> {
    fn label(&self, staff: &str) -> String {
        self.labels.staff.get(staff).cloned().unwrap_or_else(|| staff.to_owned())
    }

    fn place(&self, place: &str) -> String {
        self.labels.places.get(place).cloned().unwrap_or_else(|| place.to_owned())
    }

    fn home(&self, staff: &str) -> Result<&str, Box<dyn Error>> {
        Ok(self.home.get(staff).copied().ok_or_else(|| format!("no place for `{staff}`"))?)
    }

    fn staff(&self) -> &[StaffMember] {
        self.roster.staff()
    }

    /// Labels for staff ids, `, `-separated.
    fn labels(&self, ids: &[&str]) -> String {
        ids.iter().map(|id| self.label(id)).collect::<Vec<_>>().join(", ")
    }
}

/// One phrase in the language chosen.
fn t(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let lang = match std::env::args().nth(1).as_deref() {
        None | Some("nl") => Lang::Nl,
        Some("en") => Lang::En,
        Some(other) => return Err(format!("unknown language `{other}`, expected `nl` or `en`").into()),
    };
    // The roster file as `bevoegd plan --staff staff.jsonl < roster.json` reads it: every case
    // fact of each place unknown, each person assigned to their own ward.
    let draft: RosterDraft = serde_json::from_str(ROSTER)?;
    let staff = STAFF.lines().map(serde_json::from_str).collect::<Result<Vec<StaffMember>, _>>()?;
    let roster = draft.with_staff(staff)?;
    let acts: Acts = serde_json::from_str(PLANNED)?;
    let home = roster.assignments().unwrap_or_default().iter().map(|a| (a.staff.as_str(), a.place.as_str())).collect();
    let week = Week { roster: &roster, labels: roster.labels_in(lang), home };
    let plan = roster.plan();

    legend(&week, lang)?;
    grid(&week, &plan, lang)?;
    changes(&week, &plan, lang)?;
    conditions(&week, lang)?;
    instructed(&week, &plan, lang)?;
    uncovered(&week, &plan, lang);
    gaps(&week, lang);
    planned(&week, &acts, lang)?;
    page(&roster, lang)
}

/// Writes the roster page (the same plan, as a ward manager would rather look at it) under
/// `target/` and says where: open it in a browser, or print it.
fn page(roster: &RosterFile, lang: Lang) -> Result<(), Box<dyn Error>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("roster-{}.html", <&str>::from(lang)));
    std::fs::write(&path, roster.page(lang)?)?;
    println!("\n{} {}", t(lang, "De roosterpagina:", "The roster page:"), path.display());
    Ok(())
}

fn legend(week: &Week<'_>, lang: Lang) -> Result<(), Box<dyn Error>> {
    let (from, through) = (week.roster.from(), week.roster.through());
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
            "Per dag, per persoon in de eigen afdeling, vóór casusfeiten, middel en techniek bekend zijn:\n  \
             Z = zelfstandig bevoegd   ? = bevoegd, mits casusfeiten, middel of techniek (zie onder)\n  \
             o = op opdracht van een collega die die dag op de afdeling werkt (zie onder)   . = niet",
            "Per day, each person in their own ward, before case facts, medicine and technique are known:\n  \
             Z = independently authorised   ? = authorised, provided case facts, medicine or technique (see below)\n  \
             o = on the instruction of a colleague working on the ward that day (see below)   . = not"
        )
    );
    println!("\n{}", t(lang, "Wie:", "Who:"));
    for m in week.staff() {
        println!(
            "  {:<7} {:<16} {:<29} {}",
            week.label(&m.id),
            m.professional.name(),
            week.place(week.home(&m.id)?),
            m.professional.title(week.roster.from(), lang),
        );
    }
    Ok(())
}

/// The mark of one cell on one day: the place's own answer, else whether a colleague working
/// there that day could give the instruction.
fn mark(plan: &Plan, staff: &str, place: &str, p: Procedure, day: Date) -> char {
    let instructed =
        || plan.cell(staff, place, p).is_some_and(|c| c.on_instruction.iter().any(|o| o.from <= day && day <= o.until));
    match plan.on(staff, place, p, day) {
        Some(s) if s.outcome == Outcome::Permitted && s.route == Some(Route::Independent) => 'Z',
        Some(s) if s.outcome == Outcome::Conditional => '?',
        Some(s) if s.outcome == Outcome::Permitted => 'o',
        _ if instructed() => 'o',
        _ => '.',
    }
}

fn days(from: Date, through: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(from), move |d| d.next_day().filter(|n| *n <= through))
}

fn grid(week: &Week<'_>, plan: &Plan, lang: Lang) -> Result<(), Box<dyn Error>> {
    let days: Vec<Date> = days(week.roster.from(), week.roster.through()).collect();
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
    for m in week.staff() {
        let (id, ward) = (m.id.as_str(), week.home(&m.id)?);
        row(
            &week.label(id),
            &mut days.iter().map(|day| Procedure::ALL.iter().map(|p| mark(plan, id, ward, *p, *day)).collect()),
        );
    }
    Ok(())
}

fn changes(week: &Week<'_>, plan: &Plan, lang: Lang) -> Result<(), Box<dyn Error>> {
    println!("\n{}", t(lang, "Wijzigingen in de week:", "Changes in the week:"));
    for m in week.staff() {
        let (id, ward) = (m.id.as_str(), week.home(&m.id)?);
        let name = week.label(id);
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
                    "  {name:<7} {:<16} {} {}: {answer} ({because})",
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
fn conditions(week: &Week<'_>, lang: Lang) -> Result<(), Box<dyn Error>> {
    println!("\n{}", t(lang, "Wat een ?-cel nodig heeft:", "What a ? cell needs:"));
    for m in week.staff() {
        let ward = week.home(&m.id)?;
        let place = week.roster.places().iter().find(|p| p.id == ward).ok_or("home ward not a place")?;
        for p in Procedure::ALL {
            let d = decide(&m.professional, p, &place.context);
            if d.is_conditional() {
                let route = d.conditional_route().map(|r| r.name(lang)).unwrap_or_default();
                println!(
                    "  {:<7} {} ({route}), {}:",
                    week.label(&m.id),
                    p.name(lang),
                    t(lang, "mits", "provided that")
                );
                for r in d.requires() {
                    for (i, part) in wrap(&r.requirement_with(lang, week.labels.names()), 106).iter().enumerate() {
                        println!("{}{part}", if i == 0 { "          " } else { "              " });
                    }
                }
            }
        }
    }
    Ok(())
}

/// Whose instruction each o cell rests on, on which days, and what a manager must know first;
/// also beside a ? cell, where an instruction would do without the facts.
fn instructed(week: &Week<'_>, plan: &Plan, lang: Lang) -> Result<(), Box<dyn Error>> {
    println!(
        "\n{}",
        t(
            lang,
            "Op opdracht van een collega die die dag(en) op dezelfde afdeling werkt (o, en naast een ?):",
            "On the instruction of a colleague working on the same ward that day (o, and beside a ?):"
        )
    );
    for m in week.staff() {
        let ward = week.home(&m.id)?;
        for p in Procedure::ALL {
            let Some(cell) = plan.cell(&m.id, ward, p) else { continue };
            for o in &cell.on_instruction {
                let route = o.route.map(|r| r.name(lang)).unwrap_or_default();
                let basis = o.basis.map(|b| format!(" ({b})")).unwrap_or_default();
                let line = format!(
                    "{} {} {} {}: {route}{basis}{}; {} {}",
                    p.short_name(lang),
                    o.from,
                    t(lang, "t/m", "through"),
                    o.until,
                    if o.outcome == Outcome::Conditional {
                        t(lang, ", mits casusfeiten", ", provided case facts")
                    } else {
                        ""
                    },
                    t(lang, "opdracht van", "instructed by"),
                    week.labels(&plan.instructors_on(&m.id, ward, p, o.from)),
                );
                for (i, part) in wrap(&line, 110).iter().enumerate() {
                    println!("{}{part}", if i == 0 { format!("  {:<7} ", week.label(&m.id)) } else { " ".repeat(14) });
                }
                print_warnings(week, &o.warnings, lang);
            }
        }
    }
    Ok(())
}

/// Each warning once, wrapped, after "let op:" ("note:").
fn print_warnings(week: &Week<'_>, warnings: &[Warning], lang: Lang) {
    let mut said: Vec<String> = Vec::new();
    for w in warnings {
        let text = format!("{} {}", t(lang, "let op:", "note:"), w.describe(lang, &week.labels));
        if said.contains(&text) {
            continue;
        }
        for (i, part) in wrap(&text, 104).iter().enumerate() {
            println!("{}{part}", if i == 0 { " ".repeat(10) } else { " ".repeat(16) });
        }
        said.push(text);
    }
}

/// Where nobody may independently perform what the ward's protocols cover.
fn uncovered(week: &Week<'_>, plan: &Plan, lang: Lang) {
    println!(
        "\n{}",
        t(
            lang,
            "Niemand zelfstandig bevoegd voor wat het protocol van de afdeling dekt:",
            "Nobody independently authorised for what the ward's protocol covers:"
        )
    );
    for c in plan.uncovered() {
        let Some(place) = week.roster.places().iter().find(|p| p.id == c.place) else { continue };
        if !place.context.has_protocol_for(c.procedure) {
            continue;
        }
        println!(
            "  {:<24} {:<16} {} {} {}: {} {}, {} {}",
            week.place(&c.place),
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

fn gaps(week: &Week<'_>, lang: Lang) {
    println!("\n{} {}:", t(lang, "Wat opent de meeste cellen op", "What opens the most cells on"), week.roster.from());
    for gap in week.roster.gaps().iter().take(8) {
        let by = gap
            .instructor
            .as_ref()
            .map(|i| format!(" {} {}", t(lang, "door", "by"), week.label(i)))
            .unwrap_or_default();
        println!(
            "  {:>2} {} {}{by}",
            gap.opens.len(),
            t(lang, "cel(len):", "cell(s):"),
            gap.remedy.describe_with(lang, week.labels.names())
        );
        let mut line = String::from("       ");
        for cell in &gap.opens {
            let item = format!(
                "{} {} ({}); ",
                week.label(&cell.staff),
                cell.procedure.short_name(lang),
                week.place(&cell.place)
            );
            if line.len() + item.len() > 118 {
                println!("{}", line.trim_end());
                line = String::from("       ");
            }
            line.push_str(&item);
        }
        println!("{}", line.trim_end().trim_end_matches(';'));
        let warnings: Vec<Warning> = gap.opens.iter().flat_map(|o| o.warnings.iter().cloned()).collect();
        print_warnings(week, &warnings, lang);
    }
}

fn planned(week: &Week<'_>, acts: &Acts, lang: Lang) -> Result<(), Box<dyn Error>> {
    let staff: BTreeMap<&str, &StaffMember> = week.staff().iter().map(|m| (m.id.as_str(), m)).collect();
    println!("\n{} {}", t(lang, "Geplande voorbehouden handelingen op", "Planned reserved procedures on"), acts.date);
    println!(
        "{}\n",
        t(
            lang,
            "(per handeling wat gevraagd is: middel of techniek, vastgestelde casusfeiten, opdracht; dan het besluit)",
            "(per act what was asked: medicine or technique, case facts established, instruction; then the decision)"
        )
    );
    let mut details: Vec<(&Planned, Decision)> = Vec::new();
    for item in &acts.plan {
        let who = staff.get(item.who.as_str()).ok_or_else(|| format!("plan names unknown staff `{}`", item.who))?;
        let ctx = context_for(week, acts.date, &staff, item)?;
        let decision = decide(&who.professional, item.procedure, &ctx);
        let verdict = match decision.route() {
            Some(route) => format!("{}: {}", t(lang, "ja", "yes"), route.name(lang)),
            None => t(lang, "NEE", "NO").to_owned(),
        };
        let basis = decision.basis().map(|c| format!(" ({c})")).unwrap_or_default();
        println!("{:<7} {:<16} {}", week.label(&who.id), item.procedure.short_name(lang), week.place(&item.ward));
        for line in [inputs(week, item, lang).join(" · "), format!("-> {verdict}{basis}")] {
            for (i, part) in wrap(&line, 110).iter().enumerate() {
                println!("{}{part}", if i == 0 { "        " } else { "           " });
            }
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
        println!("{}, {} ({}):", week.label(&item.who), item.procedure.name(lang), week.place(&item.ward));
        let twins: Vec<&Planned> = acts
            .plan
            .iter()
            .filter(|o| !std::ptr::eq(*o, *item) && o.who == item.who && o.procedure == item.procedure)
            .collect();
        for twin in twins {
            let line = format!(
                "{}: {}",
                t(lang, "anders dan de andere rij", "unlike the other row"),
                differences(week, item, twin, lang)
            );
            for (i, part) in wrap(&line, 112).iter().enumerate() {
                println!("{}{part}", if i == 0 { "    " } else { "        " });
            }
        }
        for line in decision.explanation_with(lang, week.labels.names()) {
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

/// The inputs of a planned act in words, each in its own column: the medicine or technique, the
/// case facts established, the instruction.
fn inputs(week: &Week<'_>, item: &Planned, lang: Lang) -> [String; 3] {
    let substance = match (item.drug, item.technique) {
        (Some(d), _) => format!("{} {}", t(lang, "middel:", "medicine:"), d.name(lang)),
        (None, Some(x)) => format!("{} {}", t(lang, "techniek:", "technique:"), x.name(lang)),
        (None, None) => t(lang, "middel/techniek: -", "medicine/technique: -").to_owned(),
    };
    let facts = format!("{} {}", t(lang, "casusfeiten:", "case facts:"), facts_text(item.facts, lang));
    let instruction = match &item.instructed_by {
        Some(by) => format!(
            "{} {}, {} {}",
            t(lang, "opdracht van", "instructed by"),
            week.label(by),
            t(lang, "toezicht", "supervision"),
            if item.supervision_ensured { t(lang, "ja", "yes") } else { t(lang, "nee", "no") }
        ),
        None if item.emergency => t(lang, "noodsituatie", "emergency").to_owned(),
        None => t(lang, "geen opdracht", "no instruction").to_owned(),
    };
    [substance, facts, instruction]
}

/// The inputs in which `a` differs from `b`, as `a`'s values.
fn differences(week: &Week<'_>, a: &Planned, b: &Planned, lang: Lang) -> String {
    let mut out = Vec::new();
    if a.ward != b.ward {
        out.push(format!("{} {}", t(lang, "afdeling", "ward"), week.place(&a.ward)));
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
        let by = a.instructed_by.as_deref().map_or_else(|| "-".to_owned(), |id| week.label(id));
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

/// The context of a planned act: its place's, on the day, with the act's own facts.
fn context_for(
    week: &Week<'_>,
    date: Date,
    staff: &BTreeMap<&str, &StaffMember>,
    item: &Planned,
) -> Result<Context, Box<dyn Error>> {
    let place = week
        .roster
        .places()
        .iter()
        .find(|p| p.id == item.ward)
        .ok_or_else(|| format!("plan names unknown ward `{}`", item.ward))?;
    let mut ctx = place.context.to_builder().date(date).facts(item.facts).emergency(item.emergency);
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
            instructor: instructor.professional.clone(),
            directions_followed: true,
            supervision_ensured: item.supervision_ensured,
        });
    }
    Ok(ctx.build()?)
}
