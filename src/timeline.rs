//! How long an answer holds, and the answers over a span of days.
//!
//! Every input is piecewise constant in time: the law table's rows, registration statuses,
//! qualifications and competence records each start and end on a day, and nothing else in a
//! decision depends on the date (but the one day the table was last checked, after which answers
//! are forecasts). So the answer can change only on one of those days, and deciding on each of
//! them is exact: [`holds_until`] and [`periods`] are equal to deciding every day (a property test
//! checks it). They cost a few decisions, on request only; [`decide`] itself never pays for them.

use serde::{Deserialize, Serialize};

use crate::context::Context;
use crate::date::Date;
use crate::decision::{Decision, Lang, Outcome};
use crate::engine::decide;
use crate::law::{self, Citation, INSTRUCTOR_COMPETENCE_WAIVED_FROM};
use crate::procedure::Procedure;
use crate::professional::Professional;
use crate::route::Route;

/// What changes on the day an answer stops holding.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(tag = "cause", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Change {
    /// A law-table row ends (its last day was the day before).
    RowEnds {
        /// The row, by its wire code.
        rule: String,
    },
    /// A law-table row begins.
    RowBegins {
        /// The row, by its wire code.
        rule: String,
    },
    /// The professional's registration status changes (a suspension starts or ends, a
    /// registration begins or is struck off, ...).
    RegistrationStatus,
    /// A competence record for the procedure starts or ends.
    Competence,
    /// A qualification (specialism, annotation, certificate) starts or ends.
    Qualification,
    /// The instructor's registration, qualification or competence changes, or the day their own
    /// competence stopped being needed (2011-07-01).
    Instructor,
    /// The day after the law table was last checked: from then on answers are forecasts.
    LegalBasis,
}

/// The day an answer stops holding, and why. (Its wire form is flat: `{ "until", "cause", ... }`;
/// serde cannot combine that with rejecting unknown fields, so this one object does not.)
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
pub struct HoldsUntil {
    /// The last day on which the same inputs give the same answer.
    pub until: Date,
    /// What changes the day after.
    #[serde(flatten)]
    pub change: Change,
}

/// One span of days with one answer.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// The first day.
    pub from: Date,
    /// The last day.
    pub until: Date,
    /// The answer on those days.
    pub outcome: Outcome,
    /// The route (or conditional route), when there is one.
    pub route: Option<Route>,
    /// The provision it rests on, when permitted or conditional.
    pub basis: Option<Citation>,
    /// What changed on `from`, for every span but the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub because: Option<Change>,
}

/// What must be equal for two days to have the same answer: everything a report says but the
/// day itself.
#[derive(PartialEq, Eq)]
struct Signature {
    outcome: Outcome,
    route: Option<Route>,
    basis: Option<Citation>,
    rule: Option<&'static str>,
    reasons: Vec<(&'static str, Citation, Option<Citation>)>,
    requires: Vec<(&'static str, Citation)>,
    forecast: bool,
}

fn signature(d: &Decision) -> Signature {
    Signature {
        outcome: d.outcome(),
        route: d.route().or(d.conditional_route()),
        basis: d.basis(),
        rule: d.basis_rule().map(|r| r.name),
        reasons: d.reason_iter().map(|r| (r.unmet.code(), r.citation, r.also)).collect(),
        requires: d.requires().iter().map(|r| (r.unmet.code(), r.citation)).collect(),
        forecast: d.is_forecast(),
    }
}

/// The days after `date` on which something the answer depends on changes, each with its kind.
fn boundaries(who: &Professional, procedure: Procedure, ctx: &Context) -> Vec<(Date, Change)> {
    let date = ctx.date();
    // Each day with the kinds of change on it; the one named for a day is the most telling: a row
    // of this procedure, then the person's own records, then other rows, then the legal basis.
    let mut out: Vec<(Date, u8, Change)> = Vec::new();
    let mut add_ranked = |day: Option<Date>, rank: u8, change: Change| {
        if let Some(day) = day.filter(|d| *d > date) {
            out.push((day, rank, change));
        }
    };
    // Every row, not only this procedure's: a denial names the designation list of the holder's
    // category, which rows of other procedures make.
    for r in law::RULES {
        let rank = if r.procedure == procedure { 0 } else { 2 };
        add_ranked(Some(r.valid.from()), rank, Change::RowBegins { rule: r.name.to_owned() });
        add_ranked(r.valid.until().and_then(Date::next_day), rank, Change::RowEnds { rule: r.name.to_owned() });
    }
    let mut add = |day: Option<Date>, change: Change| {
        let rank = if change == Change::LegalBasis { 3 } else { 1 };
        add_ranked(day, rank, change);
    };
    let mut person = |p: &Professional, registration: Change, qualification: Change, competence: Change| {
        for reg in p.registrations() {
            for s in reg.history() {
                add(Some(s.period.from()), registration.clone());
                add(s.period.until().and_then(Date::next_day), registration.clone());
            }
        }
        for q in p.qualifications() {
            add(Some(q.period.from()), qualification.clone());
            add(q.period.until().and_then(Date::next_day), qualification.clone());
        }
        for c in p.competences().iter().filter(|c| c.procedure == procedure) {
            add(Some(c.valid.from()), competence.clone());
            add(c.valid.until().and_then(Date::next_day), competence.clone());
        }
    };
    person(who, Change::RegistrationStatus, Change::Qualification, Change::Competence);
    if let Some(i) = ctx.instruction() {
        person(&i.instructor, Change::Instructor, Change::Instructor, Change::Instructor);
        add(Some(INSTRUCTOR_COMPETENCE_WAIVED_FROM), Change::Instructor);
    }
    add(law::LEGAL_BASIS_AS_OF.next_day(), Change::LegalBasis);
    out.sort_by_key(|(d, rank, _)| (*d, *rank));
    out.into_iter().map(|(d, _, c)| (d, c)).collect()
}

/// The decision on `day`, the context otherwise unchanged.
fn decide_on(who: &Professional, procedure: Procedure, ctx: &Context, day: Date) -> Option<Decision> {
    ctx.to_builder().date(day).build().ok().map(|c| decide(who, procedure, &c))
}

/// The last day on which the same inputs give the same answer as on the context's date, and what
/// changes the day after; `None` when the answer holds open-ended.
///
/// # Example
///
/// ```
/// use bevoegd::{holds_until, law, Change, Date};
///
/// // A nurse specialist in acute care, designated up to and including 2020-12-31.
/// let rule = &law::NURSE_SPECIALIST_ACUTE_CATHETERISATION;
/// let (vs, ctx) = rule.example_case()?;
/// let holds = holds_until(&vs, rule.procedure, &ctx).ok_or("open-ended")?;
/// assert_eq!(holds.until, Date::new(2020, 12, 31)?);
/// assert_eq!(holds.change, Change::RowEnds { rule: rule.name.to_owned() });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn holds_until(who: &Professional, procedure: Procedure, ctx: &Context) -> Option<HoldsUntil> {
    let now = signature(&decide(who, procedure, ctx));
    let mut last = None;
    for (day, change) in boundaries(who, procedure, ctx) {
        if last == Some(day) {
            continue; // one decision per day: the first change listed for it names it
        }
        last = Some(day);
        let then = decide_on(who, procedure, ctx, day)?;
        if signature(&then) != now {
            return Some(HoldsUntil { until: day.previous_day()?, change });
        }
    }
    None
}

/// The answers from the context's date through `through`, as spans of days with one answer each.
/// Empty when `through` is before the context's date.
///
/// # Example
///
/// ```
/// use bevoegd::{periods, law, Change, Date, Outcome};
///
/// let rule = &law::NURSE_SPECIALIST_ACUTE_CATHETERISATION;
/// let (vs, ctx) = rule.example_case()?;
/// let ctx = ctx.to_builder().date(Date::new(2020, 12, 1)?).build()?;
/// let spans = periods(&vs, rule.procedure, &ctx, Date::new(2021, 1, 31)?);
/// assert_eq!(spans.len(), 2);
/// assert_eq!((spans[0].outcome, spans[0].until), (Outcome::Permitted, Date::new(2020, 12, 31)?));
/// assert_eq!((spans[1].outcome, spans[1].from), (Outcome::Denied, Date::new(2021, 1, 1)?));
/// assert_eq!(spans[1].because, Some(Change::RowEnds { rule: rule.name.to_owned() }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn periods(who: &Professional, procedure: Procedure, ctx: &Context, through: Date) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    if through < ctx.date() {
        return out;
    }
    let span = |d: &Decision, from: Date, because: Option<Change>| Span {
        from,
        until: through,
        outcome: d.outcome(),
        route: d.route().or(d.conditional_route()),
        basis: d.basis(),
        because,
    };
    let first = decide(who, procedure, ctx);
    let mut current = signature(&first);
    out.push(span(&first, ctx.date(), None));
    let mut last = None;
    for (day, change) in boundaries(who, procedure, ctx).into_iter().filter(|(d, _)| *d <= through) {
        if last == Some(day) {
            continue;
        }
        last = Some(day);
        let Some(d) = decide_on(who, procedure, ctx, day) else { continue };
        let sig = signature(&d);
        if sig != current {
            if let (Some(prev), Some(end)) = (out.last_mut(), day.previous_day()) {
                prev.until = end;
            }
            out.push(span(&d, day, Some(change)));
            current = sig;
        }
    }
    out
}

impl Change {
    /// What changed, in words.
    pub fn describe(&self, lang: Lang) -> String {
        crate::decision::describe_change(self, lang)
    }
}
