//! The authorisation matrix (holders × procedures × periods, with conditions), rendered from the
//! table for `docs/matrix.md`.

use std::fmt::Write as _;

use crate::law::{Citation, Condition, RULES, Rule};
use crate::text::Lang;
use crate::types::date::Date;
use crate::types::procedure::Procedure;
use crate::types::route::Route;

/// The short key of a condition in the matrix.
fn key(c: Condition) -> Option<&'static str> {
    Some(match c {
        Condition::WithinField => "field",
        Condition::WithinSpecialism => "spec",
        Condition::WithinTrainedSubdomain => "sub",
        Condition::Protocol => "prot",
        Condition::LimitedComplexity => "lc",
        Condition::Routine => "rt",
        Condition::RisksOverseeable => "risk",
        Condition::ComplexTechnicalMedicalAct => "ctm",
        Condition::RadiationRequirements => "rad",
        Condition::DiagnosisByPhysician => "diag",
        Condition::DrugPermitted => "drug",
        Condition::TechniqueCovered => "tech",
        Condition::QualificationHeld => "qual",
        Condition::Instructed | Condition::InstructorAuthorised | Condition::DirectionsFollowed => return None,
        Condition::RegistrationInForce | Condition::Competent => return None,
    })
}

fn cell(rule: &Rule) -> String {
    let keys: Vec<&str> = rule.all_conditions().iter().filter_map(key).collect();
    let letter = if rule.route == Route::FunctionalIndependence { "F" } else { "I" };
    if keys.is_empty() { letter.to_owned() } else { format!("{letter}({})", keys.join(",")) }
}

/// `text` as a Markdown link to the text of `citation` valid on `on`, or as it is when the
/// instrument has no identifier.
fn linked(text: &str, citation: Citation, on: Date) -> String {
    match citation.url_on(on) {
        Some(url) => format!("[{text}]({url})"),
        None => text.to_owned(),
    }
}

fn holder(rule: &Rule) -> String {
    match rule.qualification {
        Some(q) => q.name(Lang::En).to_owned(),
        None => rule.profession.name(Lang::En).to_owned(),
    }
}

/// The matrix as Markdown: one line per holder, route and period, one column per paragraph of
/// art. 36, and the instruments cited.
///
/// ```
/// let m = bevoegd::law::matrix_markdown();
/// assert!(m.contains("| clinical technologist | I | 2020-07-01 | I(sub,prot,ctm) |"));
/// ```
pub fn matrix_markdown() -> String {
    // Group rows by holder, route and period, keeping table order.
    let mut groups: Vec<(String, Route, String, Vec<&Rule>)> = Vec::new();
    for rule in RULES {
        let h = holder(rule);
        let period = match rule.valid.until() {
            Some(u) => format!("{} to {u}", rule.valid.from()),
            None => rule.valid.from().to_string(),
        };
        match groups.iter_mut().find(|(gh, gr, gp, _)| *gh == h && *gr == rule.route && *gp == period) {
            Some((_, _, _, rows)) => rows.push(rule),
            None => groups.push((h, rule.route, period, vec![rule])),
        }
    }
    let mut out = String::new();
    out.push_str("# Authorisation matrix\n\n");
    out.push_str(
        "Generated from the law table (`bevoegd::law::RULES`) by `bevoegd::law::matrix_markdown()`. \
         `cargo test` fails when this file is stale; regenerate it with \
         `BLESS=1 cargo test --test matrix`.\n\n",
    );
    out.push_str(
        "Legend: `I` independent authority, `F` functional independence (needs an instruction from an \
         independently authorised professional; no supervision). Every cell also needs the registration \
         in force and competence (art. 36 lid 15). Conditions: `field` within the field of care, `spec` \
         within the nurse specialist's own specialism, `sub` within the subdomain trained in, `prot` \
         national guidelines and a derived local protocol, `lc` limited complexity, `rt` routine, `risk` \
         risks overseeable, `ctm` part of a complex technical-medical act, `rad` radiation-protection \
         requirements met, `diag` diagnosis by a physician, `drug` permitted drug class, `tech` permitted \
         technique, `qual` the qualification held on the date. An empty cell: on instruction only \
         (art. 35, 38), in an emergency, or not at all. Periods include both ends; a single date is \
         open-ended.\n\n",
    );
    out.push_str("| holder | route | period |");
    for p in Procedure::ALL {
        let _ = write!(out, " {} |", p.paragraph());
    }
    out.push_str(" source |\n|---|---|---|");
    for _ in Procedure::ALL {
        out.push_str("---|");
    }
    out.push_str("---|\n");
    for (h, route, period, rows) in &groups {
        let route = if *route == Route::FunctionalIndependence { "F" } else { "I" };
        let _ = write!(out, "| {h} | {route} | {period} |");
        for p in Procedure::ALL {
            let cells: Vec<String> = rows.iter().filter(|r| r.procedure == p).map(|r| cell(r)).collect();
            let _ = write!(out, " {} |", cells.join(" / "));
        }
        let mut sources: Vec<String> = Vec::new();
        for r in rows {
            // The article (or instrument) cited, linked to its text on the period's first day.
            let c = r.citation;
            let article = Citation::new(c.instrument(), c.article(), c.suffix());
            let s = linked(&article.to_string(), article, r.valid.from());
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        let _ = writeln!(out, " {} |", sources.join("; "));
    }
    out.push_str("\nProcedures: ");
    let names: Vec<String> = Procedure::ALL.iter().map(|p| format!("{} {}", p.paragraph(), p.name(Lang::En))).collect();
    out.push_str(&names.join(", "));
    out.push_str(".\n");
    out
}

/// One cell of the matrix on a day: a row in force, its holder, route, procedure and the
/// conditions it sets beyond registration and competence.
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize)]
#[non_exhaustive]
pub struct MatrixCell {
    /// The profession (for a qualification row, the registration it sits on).
    pub profession: crate::types::profession::Profession,
    /// The qualification the row needs, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualification: Option<crate::types::profession::Qualification>,
    /// Independent authority or functional independence.
    pub route: Route,
    /// The procedure.
    pub procedure: Procedure,
    /// The conditions, by the matrix's short keys (`sub`, `prot`, `lc`, ...).
    pub conditions: Vec<&'static str>,
    /// The row's wire code.
    pub rule: &'static str,
    /// The provision it rests on.
    pub citation: String,
    /// Its Juriconnect BWB reference, when its instrument has a BWB identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jci: Option<String>,
    /// The address of its text valid on the matrix's day; absent when its instrument has no
    /// identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The date is after [`LEGAL_BASIS_AS_OF`](super::LEGAL_BASIS_AS_OF): the cell is a forecast
    /// under the law as it stood then, as an answer's `forecast` says. Absent (false) otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub forecast: bool,
}

/// The rows in force on `date`, as cells, in table order.
///
/// ```
/// use bevoegd::{law, Date, Procedure, Profession};
///
/// let cells = law::matrix_on(Date::new(2025, 1, 1)?);
/// let kt: Vec<_> = cells.iter().filter(|c| c.profession == Profession::ClinicalTechnologist).map(|c| c.procedure).collect();
/// assert_eq!(kt.len(), 5, "five procedures since 2020-07-01: {kt:?}");
/// assert!(!kt.contains(&Procedure::Endoscopy));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn matrix_on(date: Date) -> Vec<MatrixCell> {
    RULES
        .iter()
        .filter(|r| r.valid.contains(date))
        .map(|r| MatrixCell {
            profession: r.registration_profession(),
            qualification: r.qualification,
            route: r.route,
            procedure: r.procedure,
            conditions: r.all_conditions().iter().filter_map(key).collect(),
            rule: r.name,
            citation: r.citation.to_string(),
            jci: r.citation.jci().map(|j| j.to_string()),
            url: r.citation.url_on(date).map(|u| u.to_string()),
            forecast: date.after(super::LEGAL_BASIS_AS_OF),
        })
        .collect()
}

/// One row of the law table as `GET /v1/law` lists it: who, what, on which route, when, under
/// which conditions, and the provision it rests on with its identifiers.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize)]
#[non_exhaustive]
pub struct TableRow {
    /// The row's wire code (an answer's `rule`).
    pub rule: &'static str,
    /// The profession (for a qualification row, the registration it sits on).
    pub profession: crate::types::profession::Profession,
    /// The qualification the row needs, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualification: Option<crate::types::profession::Qualification>,
    /// Independent authority or functional independence.
    pub route: Route,
    /// The procedure.
    pub procedure: Procedure,
    /// The first day the row is law.
    pub from: Date,
    /// The last day it is law; absent when open-ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// Every condition the row checks, registration and competence included.
    pub conditions: Vec<Condition>,
    /// The provision it rests on, with its Juriconnect reference or publication.
    pub citation: Citation,
    /// The address of that provision's text valid on `from`; absent when its instrument has no
    /// identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// How firmly the row's source was verified.
    pub confidence: super::Confidence,
}

/// Every row of the law table, in table order, as `GET /v1/law` lists it.
///
/// ```
/// let rows = bevoegd::law::table_rows();
/// assert_eq!(rows.len(), bevoegd::law::RULES.len());
/// let surgery = &rows[0];
/// assert_eq!(surgery.rule, "physician_surgery");
/// assert_eq!(surgery.citation.jci().map(|j| j.to_string()).as_deref(), Some("jci1.3:c:BWBR0006251&artikel=36&lid=1&o=a"));
/// assert!(surgery.url.as_deref().is_some_and(|u| u.starts_with("https://wetten.overheid.nl/jci1.3:c:BWBR0006251&artikel=36&lid=1&o=a&z=")));
/// ```
pub fn table_rows() -> Vec<TableRow> {
    RULES
        .iter()
        .map(|r| TableRow {
            rule: r.name,
            profession: r.registration_profession(),
            qualification: r.qualification,
            route: r.route,
            procedure: r.procedure,
            from: r.valid.from(),
            until: r.valid.until(),
            conditions: r.all_conditions().iter().collect(),
            citation: r.citation,
            url: r.citation.url_on(r.valid.from()).map(|u| u.to_string()),
            confidence: r.confidence,
        })
        .collect()
}

/// The matrix on `date` as Markdown: one line per holder and route, one column per paragraph of
/// art. 36 (`I` independent, `F` functional independence, with the conditions' keys), and the
/// provisions cited.
///
/// ```
/// let m = bevoegd::law::matrix_markdown_on(bevoegd::Date::new(2025, 1, 1)?);
/// assert!(m.contains("| clinical technologist | I | I(sub,prot,ctm) |"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn matrix_markdown_on(date: Date) -> String {
    let mut groups: Vec<(String, Route, Vec<&Rule>)> = Vec::new();
    for rule in RULES.iter().filter(|r| r.valid.contains(date)) {
        let h = holder(rule);
        match groups.iter_mut().find(|(gh, gr, _)| *gh == h && *gr == rule.route) {
            Some((_, _, rows)) => rows.push(rule),
            None => groups.push((h, rule.route, vec![rule])),
        }
    }
    let mut out = format!("# Authorisation matrix on {date}\n\n");
    // Past the day the table was last checked, marked as an answer is: always said, and with the
    // full note where it matters (beyond the horizon, or past a change the table knows of).
    if date.after(super::LEGAL_BASIS_AS_OF) {
        let as_of = super::LEGAL_BASIS_AS_OF;
        if super::forecast_note_needed(date) {
            let _ = writeln!(
                out,
                "> Forecast: {date} is after {as_of}, the day the law table was last checked against its sources; \
                 this matrix applies the law of that day and is a forecast, not the law in force on {date}.\n"
            );
        } else {
            let _ = writeln!(out, "> Forecast: after {as_of}, the day the law table was last checked.\n");
        }
    }
    out.push_str("| holder | route |");
    for p in Procedure::ALL {
        let _ = write!(out, " {} |", p.paragraph());
    }
    out.push_str(" source |\n|---|---|");
    for _ in Procedure::ALL {
        out.push_str("---|");
    }
    out.push_str("---|\n");
    for (h, route, rows) in &groups {
        let route = if *route == Route::FunctionalIndependence { "F" } else { "I" };
        let _ = write!(out, "| {h} | {route} |");
        for p in Procedure::ALL {
            let cells: Vec<String> = rows.iter().filter(|r| r.procedure == p).map(|r| cell(r)).collect();
            let _ = write!(out, " {} |", cells.join(" / "));
        }
        let mut sources: Vec<String> = Vec::new();
        for r in rows {
            let s = linked(&r.citation.to_string(), r.citation, date);
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        let _ = writeln!(out, " {} |", sources.join("; "));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;
    use crate::types::date::Date;

    /// The matrix on a day has one line per holder and route in force, each row of theirs in its
    /// procedure's column and its citation once among the sources; the cells are the rows in
    /// force; a day past the check is marked, with the full note beyond the horizon.
    #[test]
    fn the_matrix_on_a_day_places_every_row_in_force_once() {
        let date = Date::new(2025, 1, 1).unwrap();
        let md = matrix_markdown_on(date);
        assert!(md.starts_with("# Authorisation matrix on 2025-01-01\n"));
        assert!(!md.contains("Forecast"));
        let in_force: Vec<&Rule> = RULES.iter().filter(|r| r.valid.contains(date)).collect();
        let mut holders: Vec<(String, Route)> = in_force.iter().map(|r| (holder(r), r.route)).collect();
        holders.sort_by(|a, b| a.0.cmp(&b.0).then((a.1 as u8).cmp(&(b.1 as u8))));
        holders.dedup();
        let lines: Vec<&str> = md.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| holder")).collect();
        assert_eq!(lines.len(), holders.len());
        for r in &in_force {
            let route = if r.route == Route::FunctionalIndependence { "F" } else { "I" };
            let line = lines.iter().find(|l| l.starts_with(&format!("| {} | {route} |", holder(r)))).unwrap();
            let columns: Vec<&str> = line.split(" |").collect();
            let at = Procedure::ALL.iter().position(|p| *p == r.procedure).unwrap() + 2;
            assert!(columns[at].split(" / ").any(|c| c.trim() == cell(r)), "{}: {line}", r.name);
            let sources = columns[columns.len() - 2].trim();
            let citation = match r.citation.url_on(date) {
                Some(url) => format!("[{}]({url})", r.citation),
                None => r.citation.to_string(),
            };
            assert_eq!(sources.split("; ").filter(|s| *s == citation).count(), 1, "{}: {sources}", r.name);
        }
        let cells = matrix_on(date);
        assert_eq!(
            cells.iter().map(|c| c.rule).collect::<Vec<_>>(),
            in_force.iter().map(|r| r.name).collect::<Vec<_>>()
        );
        assert!(cells.iter().all(|c| !c.forecast));
        for (c, r) in cells.iter().zip(&in_force) {
            assert_eq!(c.jci, r.citation.jci().map(|j| j.to_string()), "{}", r.name);
            assert_eq!(c.url, r.citation.url_on(date).map(|u| u.to_string()), "{}", r.name);
        }
        let soon = super::super::LEGAL_BASIS_AS_OF.next_day().unwrap();
        let far = (0..=super::super::FORECAST_HORIZON_DAYS).try_fold(soon, |d, _| d.next_day()).unwrap();
        assert!(matrix_on(soon).iter().all(|c| c.forecast));
        assert_eq!(matrix_markdown_on(soon).contains("and is a forecast"), super::super::forecast_note_needed(soon));
        assert!(matrix_markdown_on(soon).contains("> Forecast:"));
        assert!(matrix_markdown_on(far).contains("and is a forecast, not the law in force on"));
    }
}
