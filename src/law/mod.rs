//! The law as data: typed citations, conditions, and the table of rules.
//!
//! [`RULES`] is the single source of truth; every row is also a documented `const` (for example
//! [`PHYSICIAN_SURGERY`]) whose doc example decides a case and asserts the cited provision.

mod citation;
mod condition;
mod matrix;
mod provisions;
mod rule;
mod table;

pub use citation::{Citation, CitationError, Instrument};
pub use condition::{Condition, ConditionSet};
pub use matrix::{MatrixCell, matrix_markdown, matrix_markdown_on, matrix_on};
pub use provisions::*;
pub use rule::{Confidence, Rule};
pub use table::*;

use crate::types::date::{Date, ymd};
use crate::types::procedure::Procedure;
use crate::types::route::Route;

/// The first day the table covers: 2010-11-01, the earliest consolidated Wet BIG text the table
/// was checked against. Contexts dated earlier are rejected rather than answered from a table that
/// was not checked for them.
pub const COVERAGE_START: Date = ymd!(2010 - 11 - 1);

/// The day the table was last checked against its sources ("legal basis as of"). Later dates are
/// answered under the law as it stood then: a change after this day needs a new row.
pub const LEGAL_BASIS_AS_OF: Date = ymd!(2026 - 11 - 22);

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

const MAX_ROWS_PER_PROCEDURE: usize = 32;
const ROUTES: usize = 2;

/// Row numbers per (route, procedure): independent authority first, functional independence
/// second, each in table order. Built at compile time.
struct Index {
    rows: [[[u8; MAX_ROWS_PER_PROCEDURE]; Procedure::ALL.len()]; ROUTES],
    len: [[u8; Procedure::ALL.len()]; ROUTES],
    /// Per profession: the candidate masks (over `rows`) of its rows without a qualification.
    by_profession: [CandidateMasks; PROFESSIONS],
    /// Per qualification: the candidate masks of its rows (their registration is the nurse's,
    /// which a professional with the qualification always holds).
    by_qualification: [CandidateMasks; QUALIFICATIONS],
}

const PROFESSIONS: usize = <crate::types::profession::Profession as strum::EnumCount>::COUNT;
const QUALIFICATIONS: usize = <crate::types::profession::Qualification as strum::EnumCount>::COUNT;

const fn route_slot(route: Route) -> usize {
    match route {
        Route::FunctionalIndependence => 1,
        Route::Independent | Route::OnInstruction | Route::Emergency | Route::NotProfessional => 0,
    }
}

#[allow(
    clippy::indexing_slicing,
    reason = "runs only in const evaluation: an out-of-bounds index fails the build, never a run"
)]
const fn build_index() -> Index {
    let mut index = Index {
        rows: [[[0; MAX_ROWS_PER_PROCEDURE]; Procedure::ALL.len()]; ROUTES],
        len: [[0; Procedure::ALL.len()]; ROUTES],
        by_profession: [[[0; Procedure::ALL.len()]; ROUTES]; PROFESSIONS],
        by_qualification: [[[0; Procedure::ALL.len()]; ROUTES]; QUALIFICATIONS],
    };
    assert!(RULES.len() <= u8::MAX as usize, "rule numbers must fit in a u8");
    let mut i = 0;
    while i < RULES.len() {
        let r = route_slot(RULES[i].route);
        let p = RULES[i].procedure.index();
        let n = index.len[r][p] as usize;
        assert!(n < MAX_ROWS_PER_PROCEDURE, "raise MAX_ROWS_PER_PROCEDURE");
        index.rows[r][p][n] = i as u8;
        index.len[r][p] += 1;
        if matches!(RULES[i].route, Route::Independent | Route::FunctionalIndependence) {
            match RULES[i].qualification {
                Some(q) => index.by_qualification[q as usize][r][p] |= 1 << n,
                None => index.by_profession[RULES[i].profession as usize][r][p] |= 1 << n,
            }
        }
        i += 1;
    }
    index
}

static INDEX: Index = build_index();

/// The numbers (positions in [`RULES`]) of the rows of one route for one procedure, in table
/// order. Routes without rows (instruction, emergency, not professional) have none.
#[inline]
pub(crate) fn rows_for(p: Procedure, route: Route) -> &'static [u8] {
    if !matches!(route, Route::Independent | Route::FunctionalIndependence) {
        return &[];
    }
    let r = route_slot(route);
    let len = INDEX.len.get(r).and_then(|l| l.get(p.index())).copied().unwrap_or(0);
    INDEX.rows.get(r).and_then(|rows| rows.get(p.index())).and_then(|row| row.get(..usize::from(len))).unwrap_or(&[])
}

/// The candidate masks of a professional holding `professions` and `qualifications`: the union
/// of the per-profession and per-qualification masks precomputed at compile time, so building a
/// professional combines a few masks instead of walking the table. Equal to
/// [`candidate_masks`] over the same holder (a unit test checks every profession and
/// qualification).
pub(crate) fn candidate_masks_of(
    professions: impl Iterator<Item = crate::types::profession::Profession>,
    qualifications: impl Iterator<Item = crate::types::profession::Qualification>,
) -> CandidateMasks {
    let mut out = [[0u32; Procedure::ALL.len()]; ROUTES];
    let masks = professions
        .filter_map(|p| INDEX.by_profession.get(p as usize))
        .chain(qualifications.filter_map(|q| INDEX.by_qualification.get(q as usize)));
    for m in masks {
        for (o, m) in out.iter_mut().zip(m) {
            for (o, m) in o.iter_mut().zip(m) {
                *o |= m;
            }
        }
    }
    out
}

/// For each of the two routes with rows and each procedure: a bitmask over [`rows_for`] of the rows
/// whose holder is among `professions`/`qualifications` (bit masks as the professional keeps
/// them): the table walk that [`candidate_masks_of`] replaces, kept as its reference.
#[cfg(test)]
pub(crate) fn candidate_masks(
    may_hold: impl Fn(crate::types::profession::Profession, Option<crate::types::profession::Qualification>) -> bool,
) -> [[u32; Procedure::ALL.len()]; ROUTES] {
    let mut masks = [[0u32; Procedure::ALL.len()]; ROUTES];
    for (slot, route) in masks.iter_mut().zip([Route::Independent, Route::FunctionalIndependence]) {
        for (mask, p) in slot.iter_mut().zip(Procedure::ALL) {
            for (bit, i) in rows_for(p, route).iter().enumerate() {
                if rule_at(*i).is_some_and(|r| may_hold(r.registration_profession(), r.qualification)) {
                    *mask |= 1 << bit;
                }
            }
        }
    }
    masks
}

/// The bitmask for `route` and `p` out of [`candidate_masks`].
#[inline]
pub(crate) fn mask_for(masks: &[[u32; Procedure::ALL.len()]; ROUTES], route: Route, p: Procedure) -> u32 {
    if !matches!(route, Route::Independent | Route::FunctionalIndependence) {
        return 0;
    }
    masks.get(route_slot(route)).and_then(|m| m.get(p.index())).copied().unwrap_or(0)
}

pub(crate) type CandidateMasks = [[u32; Procedure::ALL.len()]; ROUTES];

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

/// The row at a position in [`RULES`].
#[inline]
pub(crate) fn rule_at(i: u8) -> Option<&'static Rule> {
    RULES.get(usize::from(i))
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;
    use crate::decide;
    use crate::types::date::Period;
    use crate::types::subdomain::Subdomain;
    use crate::{DrugSet, FieldOfCare, Profession, Qualification, TechniqueSet};

    /// The precomputed masks equal the table walk for every single holder and for pairs (a
    /// nurse with each qualification; each two professions), and every qualification row sits on
    /// its qualification's base registration.
    #[test]
    fn precomputed_candidate_masks_equal_the_table_walk() {
        use crate::types::profession::{Profession, Qualification};
        use strum::IntoEnumIterator;
        for r in RULES {
            if let Some(q) = r.qualification {
                assert_eq!(r.profession, q.base_profession(), "{}", r.name);
            }
        }
        let walk = |ps: &[Profession], qs: &[Qualification]| {
            candidate_masks(|p, q| ps.contains(&p) && q.is_none_or(|q| qs.contains(&q)))
        };
        for a in Profession::iter() {
            for b in Profession::iter() {
                assert_eq!(candidate_masks_of([a, b].into_iter(), [].into_iter()), walk(&[a, b], &[]), "{a} {b}");
            }
        }
        for q in Qualification::iter() {
            let nurse = [q.base_profession()];
            assert_eq!(candidate_masks_of(nurse.into_iter(), [q].into_iter()), walk(&nurse, &[q]), "{q}");
        }
    }

    /// The table's fingerprint, pinned: a change to any row changes it, and then this value is
    /// updated on purpose (with the row's change in the changelog). The test below shows that it
    /// moves with every field of every row.
    #[test]
    fn the_fingerprint_is_pinned() {
        assert_eq!(fingerprint(), "3502bbcfc86c5c53");
        assert_eq!(fingerprint(), format!("{:016x}", fnv1a(&fingerprint_text())));
    }

    #[test]
    fn the_fingerprint_moves_with_every_field_of_every_row() {
        let base = fnv1a(&table_text(RULES));
        type Change = (&'static str, fn(&mut Rule));
        let changes: [Change; 16] = [
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
    fn the_index_holds_every_row_once_under_its_procedure() {
        let mut seen = 0;
        for p in Procedure::ALL {
            for route in [Route::Independent, Route::FunctionalIndependence] {
                for r in rows_for(p, route).iter().filter_map(|i| rule_at(*i)) {
                    assert_eq!((r.procedure, r.route), (p, route));
                    seen += 1;
                }
            }
            assert!(rows_for(p, Route::OnInstruction).is_empty());
        }
        assert_eq!(seen, RULES.len());
        assert!(rule_named("physician_surgery").is_some());
        assert!(rule_named("no_such_rule").is_none());
    }
}
