//! The law as data: typed citations, conditions, and the table of rules.
//!
//! [`RULES`] is the single source of truth; every row is also a documented `const` (for example
//! [`PHYSICIAN_SURGERY`]) whose doc example decides a case and asserts the cited provision.

mod citation;
mod condition;
mod index;
mod jci;
mod matrix;
mod provisions;
mod rule;
mod table;

pub use citation::{Citation, CitationError, Instrument};
pub use condition::{Condition, ConditionSet};
pub(crate) use index::{RowId, RowMask, RowMasks};
pub(crate) use jci::cited_texts;
pub use jci::{CitedText, Identifier, Jci, TextUrl};
pub use matrix::{MatrixCell, TableRow, matrix_markdown, matrix_markdown_on, matrix_on, table_rows};
pub use provisions::*;
pub use rule::{ChangedBy, Confidence, Rule};
pub use table::*;

use crate::types::date::{Date, ymd};
use crate::types::procedure::Procedure;

/// The first day the table covers: 2010-11-01, the earliest consolidated Wet BIG text the table
/// was checked against. Contexts dated earlier are rejected rather than answered from a table that
/// was not checked for them.
pub const COVERAGE_START: Date = ymd!(2010 - 11 - 1);

/// The day the table was last checked against its sources ("legal basis as of"). Later dates are
/// answered under the law as it stood then: a change after this day needs a new row.
pub const LEGAL_BASIS_AS_OF: Date = ymd!(2026 - 11 - 22);

/// How many days past [`LEGAL_BASIS_AS_OF`] an answer is given without the note that it is a
/// forecast, unless the table itself knows of a change on the way ([`forecast_note_needed`]). The
/// table is re-checked at least this often (`docs/law-table.md`), so an answer within the horizon
/// applies law that was checked recently; the answer's `forecast` field says it all the same.
pub const FORECAST_HORIZON_DAYS: i64 = 90;

/// Whether an answer dated `date` opens with the note that it is a forecast: the date is after
/// [`LEGAL_BASIS_AS_OF`] and either more than [`FORECAST_HORIZON_DAYS`] past it, or on or after a
/// day the table knows the law changes after the check (a row that begins or ends after
/// [`LEGAL_BASIS_AS_OF`], published before the check).
///
/// ```
/// use bevoegd::law::{forecast_note_needed, FORECAST_HORIZON_DAYS, LEGAL_BASIS_AS_OF};
///
/// assert!(!forecast_note_needed(LEGAL_BASIS_AS_OF));
/// let soon = LEGAL_BASIS_AS_OF.next_day().ok_or("a day")?;
/// let far = (0..=FORECAST_HORIZON_DAYS).try_fold(LEGAL_BASIS_AS_OF, |d, _| d.next_day()).ok_or("a day")?;
/// assert!(forecast_note_needed(far));
/// assert_eq!(forecast_note_needed(soon), bevoegd::law::RULES.iter().any(|r| r.valid.from() == soon));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn forecast_note_needed(date: Date) -> bool {
    forecast_note_needed_in(RULES, date)
}

/// [`forecast_note_needed`] against the rows `rules` (the tests give it tables with changes after
/// the check day, which the real table may not have).
fn forecast_note_needed_in(rules: &[Rule], date: Date) -> bool {
    if !date.after(LEGAL_BASIS_AS_OF) {
        return false;
    }
    let changes = |day: Option<Date>| day.is_some_and(|d| d.after(LEGAL_BASIS_AS_OF) && !d.after(date));
    date.days_since(LEGAL_BASIS_AS_OF) > FORECAST_HORIZON_DAYS
        || rules.iter().any(|r| changes(Some(r.valid.from())) || changes(r.valid.until().and_then(Date::next_day)))
}

/// The first day from `from` through `until` (open-ended: `None`) that is after
/// [`LEGAL_BASIS_AS_OF`], whose answer is a forecast; `None` when there is none.
///
/// ```
/// use bevoegd::law::{forecast_from, LEGAL_BASIS_AS_OF};
/// use bevoegd::Date;
///
/// let after = LEGAL_BASIS_AS_OF.next_day().ok_or("a day")?;
/// assert_eq!(forecast_from(Date::new(2025, 1, 1)?, None), Some(after));
/// assert_eq!(forecast_from(Date::new(2025, 1, 1)?, Some(LEGAL_BASIS_AS_OF)), None);
/// assert_eq!(forecast_from(after, Some(after)), Some(after));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn forecast_from(from: Date, until: Option<Date>) -> Option<Date> {
    let first = if from.after(LEGAL_BASIS_AS_OF) { Some(from) } else { LEGAL_BASIS_AS_OF.next_day() }?;
    until.is_none_or(|u| !first.after(u)).then_some(first)
}

/// Art. 36 lid 15, second sentence (the incompetent professional still counts as a source of
/// authority for an instruction) is in the text from the version of 2011-07-01 on.
pub(crate) const INSTRUCTOR_COMPETENCE_WAIVED_FROM: Date = ymd!(2011 - 7 - 1);

/// The day the art. 3 register of a profession that began as an art. 36a experiment opened: the
/// physician assistant on 2018-09-01 (Stb. 2017, 374) and the clinical technologist on 2020-07-01
/// (Stb. 2019, 182; registrations decided earlier took effect that day). Before it, only the
/// experiment's title existed.
pub const fn register_opened(p: crate::types::profession::Profession) -> Option<Date> {
    match p {
        crate::types::profession::Profession::PhysicianAssistant => Some(ymd!(2018 - 9 - 1)),
        crate::types::profession::Profession::ClinicalTechnologist => Some(ymd!(2020 - 7 - 1)),
        _ => None,
    }
}

/// A fingerprint of the law table: 16 hex digits of FNV-1a (64 bit) over [`fingerprint_text`],
/// the table written out row by row. Two versions of the crate with the same fingerprint answer
/// from the same table; an audit record carries it, so a replay can tell that the table changed.
/// It moves when any field of any row moves (and when [`LEGAL_BASIS_AS_OF`] does), and only
/// then: the text form is the crate's own, not Rust's `Debug`, which is not promised stable.
///
/// ```
/// let f = bevoegd::law::fingerprint();
/// assert_eq!(f.len(), 16);
/// assert!(f.bytes().all(|b| b.is_ascii_hexdigit()));
/// ```
pub fn fingerprint() -> &'static str {
    static FINGERPRINT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    FINGERPRINT.get_or_init(|| format!("{:016x}", fnv1a(&table_text(RULES))))
}

/// The text [`fingerprint`] hashes, for an auditor who wants to see what two fingerprints differ
/// by: a first line `legal_basis_as_of=<date>`, then one line per row of [`RULES`] in table
/// order, every field that can change an answer or a citation as `key=value;`:
///
/// `name`, `route`, `profession`, `qualification`, `procedure` (wire codes; `-` for none),
/// `valid` (`<from>..<last day>`, the last day empty when open-ended), `conditions`, `field`,
/// `drugs`, `techniques` (codes joined by `,`; `-` when the row does not limit them, empty when it
/// limits them to none), `citation`,
/// `conditions_source`, `sources`, `also` (`<condition>:<citation>` joined by `,`),
/// `drug_sources` (`<substance>:<citation>` joined by `,`),
/// `started_by`, `ended_by` and `confidence`. A citation is written
/// `instrument/article/paragraph/letter/item` with `-` for what it does not have.
///
/// ```
/// let text = bevoegd::law::fingerprint_text();
/// let mut lines = text.lines();
/// assert_eq!(lines.next(), Some(format!("legal_basis_as_of={}", bevoegd::law::LEGAL_BASIS_AS_OF).as_str()));
/// assert_eq!(lines.count(), bevoegd::law::RULES.len());
/// assert!(text.contains("name=clinical_technologist_puncture;route=independent;profession=clinical_technologist;"));
/// ```
pub fn fingerprint_text() -> String {
    table_text(RULES)
}

/// [`fingerprint_text`] of a table.
fn table_text(rules: &[Rule]) -> String {
    let mut out = format!("legal_basis_as_of={LEGAL_BASIS_AS_OF}\n");
    for rule in rules {
        write_row(rule, &mut out);
        out.push('\n');
    }
    out
}

/// One row of [`fingerprint_text`].
fn write_row(r: &Rule, out: &mut String) {
    fn code(out: &mut String, key: &str, value: Option<&'static str>) {
        out.push_str(key);
        out.push('=');
        out.push_str(value.unwrap_or("-"));
        out.push(';');
    }
    fn codes(out: &mut String, key: &str, values: Option<Vec<&'static str>>) {
        let joined = values.map(|v| v.join(","));
        out.push_str(key);
        out.push('=');
        out.push_str(joined.as_deref().unwrap_or("-"));
        out.push(';');
    }
    fn citation(out: &mut String, key: &str, c: Option<Citation>) {
        out.push_str(key);
        out.push('=');
        match c {
            Some(c) => c.write_fingerprint_text(out),
            None => out.push('-'),
        }
        out.push(';');
    }
    fn cited(out: &mut String, key: &str, list: &[(Condition, Citation)]) {
        out.push_str(key);
        out.push('=');
        if list.is_empty() {
            out.push('-');
        }
        for (i, (condition, c)) in list.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str((*condition).into());
            out.push(':');
            c.write_fingerprint_text(out);
        }
        out.push(';');
    }
    code(out, "name", Some(r.name));
    code(out, "route", Some(r.route.into()));
    code(out, "profession", Some(r.profession.into()));
    code(out, "qualification", r.qualification.map(Into::into));
    code(out, "procedure", Some(r.procedure.into()));
    out.push_str("valid=");
    out.push_str(&r.valid.from().to_string());
    out.push_str("..");
    if let Some(last) = r.valid.until() {
        out.push_str(&last.to_string());
    }
    out.push(';');
    codes(out, "conditions", Some(r.conditions.iter().map(Into::into).collect()));
    code(out, "field", r.field.map(Into::into));
    codes(out, "drugs", r.drugs.map(|s| s.iter().map(Into::into).collect()));
    codes(out, "techniques", r.techniques.map(|s| s.iter().map(Into::into).collect()));
    citation(out, "citation", Some(r.citation));
    citation(out, "conditions_source", Some(r.conditions_source));
    cited(out, "sources", r.sources);
    cited(out, "also", r.also);
    out.push_str("drug_sources=");
    if r.drug_sources.is_empty() {
        out.push('-');
    }
    for (i, (drug, c)) in r.drug_sources.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str((*drug).into());
        out.push(':');
        c.write_fingerprint_text(out);
    }
    out.push(';');
    citation(out, "started_by", r.started_by);
    citation(out, "ended_by", r.ended_by);
    code(
        out,
        "confidence",
        Some(match r.confidence {
            Confidence::High => "high",
            Confidence::Medium => "medium",
        }),
    );
}

/// FNV-1a, 64 bit: a few lines, stable by definition (std's hashers are not promised stable).
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// The row named `name`, if any.
///
/// ```
/// let rule = bevoegd::law::rule_named("clinical_technologist_surgery").ok_or("no such row")?;
/// assert_eq!(rule.valid.from().to_string(), "2020-07-01");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn rule_named(name: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.name == name)
}

/// The rows for one procedure, in table order.
pub fn rules_for(p: Procedure) -> impl Iterator<Item = &'static Rule> {
    RULES.iter().filter(move |r| r.procedure == p)
}

/// The medicine classes the rows of `procedure` name (on any route, any date): a class outside
/// them fails every row that limits the medicine as no class at all does, so an unknown
/// medicine need only be tried as these.
pub(crate) fn drugs_named(procedure: Procedure) -> crate::types::facts::DrugSet {
    RULES
        .iter()
        .filter(|r| r.procedure == procedure)
        .filter_map(|r| r.drugs)
        .fold(crate::types::facts::DrugSet::EMPTY, crate::types::facts::DrugSet::union)
}

/// The techniques the rows of `procedure` name (on any route, any date), as
/// [`drugs_named`] for the medicine.
pub(crate) fn techniques_named(procedure: Procedure) -> crate::types::facts::TechniqueSet {
    RULES
        .iter()
        .filter(|r| r.procedure == procedure)
        .filter_map(|r| r.techniques)
        .fold(crate::types::facts::TechniqueSet::EMPTY, crate::types::facts::TechniqueSet::union)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;
    use crate::decide;
    use crate::types::date::Period;
    use crate::types::subdomain::Subdomain;
    use crate::{DrugSet, FieldOfCare, Profession, Qualification, Route, TechniqueSet};

    /// Every qualification row sits on its qualification's base registration (what the index's
    /// per-qualification masks rely on; `index.rs` tests the masks themselves).
    #[test]
    fn every_qualification_row_sits_on_its_base_registration() {
        for r in RULES {
            if let Some(q) = r.qualification {
                assert_eq!(r.profession, q.base_profession(), "{}", r.name);
            }
        }
    }

    /// The note opens an answer from the day after the horizon, and from the day a row the table
    /// knows of begins or ends after the check day, not before either: on a table with no change
    /// after the check, and on tables with a row beginning, or ending, after it.
    #[test]
    fn the_forecast_note_needs_the_horizon_passed_or_a_known_change_reached() {
        let plus = |n: i64| (0..n).try_fold(LEGAL_BASIS_AS_OF, |d, _| d.next_day()).unwrap();
        let row = RULES[0];
        let quiet = [Rule { valid: Period::starting(row.valid.from()), ..row }];
        assert!(!forecast_note_needed_in(&quiet, LEGAL_BASIS_AS_OF));
        assert!(!forecast_note_needed_in(&quiet, plus(1)));
        assert!(!forecast_note_needed_in(&quiet, plus(FORECAST_HORIZON_DAYS)));
        assert!(forecast_note_needed_in(&quiet, plus(FORECAST_HORIZON_DAYS + 1)));
        let begins = [Rule { valid: Period::starting(plus(10)), ..row }];
        let ends = [Rule { valid: Period::between(row.valid.from(), plus(9)), ..row }];
        for table in [&begins, &ends] {
            assert!(!forecast_note_needed_in(table, plus(9)));
            assert!(forecast_note_needed_in(table, plus(10)));
            assert!(forecast_note_needed_in(table, plus(11)));
            assert!(!forecast_note_needed_in(table, LEGAL_BASIS_AS_OF));
        }
    }

    /// The table's fingerprint, pinned: a change to any row changes it, and then this value is
    /// updated on purpose (with the row's change in the changelog). The test below shows that it
    /// moves with every field of every row.
    #[test]
    fn the_fingerprint_is_pinned() {
        assert_eq!(fingerprint(), "f353c6b1e58b417d");
        assert_eq!(fingerprint(), format!("{:016x}", fnv1a(&fingerprint_text())));
    }

    #[test]
    fn the_fingerprint_moves_with_every_field_of_every_row() {
        let base = fnv1a(&table_text(RULES));
        type Change = (&'static str, fn(&mut Rule));
        let changes: [Change; 17] = [
            ("name", |r| r.name = "renamed"),
            ("route", |r| {
                r.route = if r.route == Route::Independent { Route::FunctionalIndependence } else { Route::Independent }
            }),
            ("profession", |r| {
                r.profession = if r.profession == Profession::Dentist { Profession::Nurse } else { Profession::Dentist }
            }),
            ("qualification", |r| {
                r.qualification =
                    if r.qualification.is_some() { None } else { Some(Qualification::NurseSpecialistAcuteCare) }
            }),
            ("procedure", |r| {
                r.procedure = if r.procedure == Procedure::Surgery { Procedure::Puncture } else { Procedure::Surgery }
            }),
            ("valid from", |r| r.valid = Period::starting(r.valid.from().next_day().unwrap())),
            ("valid until", |r| {
                r.valid = match r.valid.until() {
                    Some(_) => Period::starting(r.valid.from()),
                    None => Period::between(r.valid.from(), r.valid.from()),
                }
            }),
            ("conditions", |r| {
                let routine = ConditionSet::of(&[Condition::Routine]);
                r.conditions = if r.conditions.contains(Condition::Routine) {
                    r.conditions.difference(routine)
                } else {
                    r.conditions.union(routine)
                };
            }),
            ("field", |r| r.field = if r.field.is_some() { None } else { Some(FieldOfCare::Dentistry) }),
            ("drugs", |r| r.drugs = if r.drugs.is_some() { None } else { Some(DrugSet::EMPTY) }),
            ("techniques", |r| r.techniques = if r.techniques.is_some() { None } else { Some(TechniqueSet::EMPTY) }),
            ("citation", |r| r.citation = r.citation.lid(r.citation.paragraph().map_or(1, |p| p + 1))),
            ("conditions_source", |r| r.conditions_source = r.conditions_source.lid(99)),
            ("sources and also", |r| {
                r.sources = if r.sources.is_empty() { &[(Condition::Routine, SUPERVISION)] } else { &[] };
                r.also = if r.also.is_empty() { &[(Condition::Routine, SUPERVISION)] } else { &[] };
            }),
            ("drug_sources", |r| {
                r.drug_sources = if r.drug_sources.is_empty() {
                    &[(crate::types::facts::DrugClass::Iron, SUPERVISION)]
                } else {
                    &[]
                };
            }),
            ("started_by and ended_by", |r| {
                r.started_by = if r.started_by.is_some() { None } else { Some(SUPERVISION) };
                r.ended_by = if r.ended_by.is_some() { None } else { Some(SUPERVISION) };
            }),
            ("confidence", |r| {
                r.confidence = if r.confidence == Confidence::High { Confidence::Medium } else { Confidence::High }
            }),
        ];
        for (i, r) in RULES.iter().enumerate() {
            for (field, change) in changes {
                let mut rows = RULES.to_vec();
                change(&mut rows[i]);
                assert_ne!(rows[i], *r, "{} {field}: the change changed nothing", r.name);
                assert_ne!(fnv1a(&table_text(&rows)), base, "{} {field}", r.name);
            }
        }
        // Two rows swapped is another table too.
        let mut rows = RULES.to_vec();
        rows.swap(0, 1);
        assert_ne!(fnv1a(&table_text(&rows)), base);
    }

    #[test]
    fn every_citation_renders_to_the_text_written_beside_its_row() {
        assert_eq!(RULES.len(), table::CITED_TEXT.len());
        for (rule, (name, text)) in RULES.iter().zip(table::CITED_TEXT) {
            assert_eq!(rule.citation.to_string(), *text, "{name}");
        }
    }

    /// Every citation the table and the provisions make, for the round-trip test.
    fn every_citation() -> Vec<Citation> {
        let mut all = Vec::new();
        for r in RULES {
            all.extend([r.citation, r.conditions_source]);
            all.extend(r.sources.iter().chain(r.also).map(|(_, c)| *c));
            all.extend(r.started_by.into_iter().chain(r.ended_by));
        }
        all.extend([
            PROHIBITION,
            INSTRUCTED_AUTHORISED,
            INSTRUCTION,
            INSTRUCTED_COMPETENCE,
            INSTRUCTION_DIRECTIONS,
            SUPERVISION,
            COMPETENCE,
            COMPETENCE_EXPERIMENT,
            PRESCRIPTION_DEFINITION,
            NURSE_PRESCRIBING_DIAGNOSIS,
            NURSE_PRESCRIBING_ANNOTATION,
            SUSPENSION,
            PARTIAL_WITHDRAWAL,
            REGISTRATION_CONDITIONS,
            RESERVED_ACTS,
        ]);
        all
    }

    #[test]
    fn every_citation_reads_back_from_its_text_and_its_wire_form() {
        for c in every_citation() {
            let text = c.to_string();
            assert_eq!(text.parse::<Citation>(), Ok(c), "{text}");
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, citation::repr_json(c), "the written form is the form read back");
            assert_eq!(serde_json::from_str::<Citation>(&json).unwrap(), c, "{json}");
            assert!(c.letter().is_none_or(|l| l.bytes().all(|b| b.is_ascii_lowercase())), "{text}");
            // A part below a missing part would print like the shorter citation: never made.
            assert!(
                c.article() != 0 || (c.paragraph().is_none() && c.letter().is_none() && c.item().is_none()),
                "{text}"
            );
        }
        for p in Procedure::ALL {
            assert_eq!(reserving(p).to_string().parse::<Citation>(), Ok(reserving(p)));
        }
    }

    #[test]
    fn each_row_constant_is_named_as_its_wire_code() {
        assert_eq!(RULES.len(), table::CITED_TEXT.len());
        for (rule, (constant, _)) in RULES.iter().zip(table::CITED_TEXT) {
            assert_eq!(rule.name.to_uppercase(), *constant);
        }
    }

    #[test]
    fn rows_are_well_formed() {
        let mut names: Vec<_> = RULES.iter().map(|r| r.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "rule names must be unique");
        for r in RULES {
            assert_eq!(Period::new(r.valid.from(), r.valid.until()), Ok(r.valid), "{}", r.name);
            assert!(r.valid.from() >= COVERAGE_START, "{}", r.name);
            assert!(Subdomain::new(r.name).is_ok() || r.name.len() > 32, "{} is snake_case", r.name);
            if let Some(q) = r.qualification {
                assert_eq!(r.registration_profession(), q.base_profession(), "{}", r.name);
            }
        }
        assert!(Subdomain::new("example_subdomain").is_ok());
    }

    #[test]
    fn each_rows_example_case_is_decided_by_that_row() -> Result<(), crate::ValidationError> {
        for rule in RULES {
            let (who, ctx) = rule.example_case()?;
            let d = decide(&who, rule.procedure, &ctx);
            assert_eq!(d.basis_rule().map(|r| r.name), Some(rule.name), "{}", rule.name);
            assert_eq!(d.route(), Some(rule.route), "{}", rule.name);
        }
        Ok(())
    }

    #[test]
    fn rows_are_found_by_name() {
        assert!(rule_named("physician_surgery").is_some());
        assert!(rule_named("no_such_rule").is_none());
    }
}
