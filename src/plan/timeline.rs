//! How long an answer holds, and the answers over a span of days.
//!
//! Every input is piecewise constant in time: the law table's rows, registration statuses,
//! qualifications and competence records each start and end on a day, and nothing else in a
//! decision depends on the date (the day the table was last checked changes no answer: later
//! answers are forecasts of the same law, which a span's `forecast_from` says). So the answer can
//! change only on one of those days, and deciding on each of
//! them is exact: [`holds_until`] and [`periods`] are equal to deciding every day (a property test
//! checks it). They cost a few decisions, on request only; [`decide`] itself never pays for them.

use crate::decision::{Change, Decision, HoldsUntil, Outcome, Reason, Span};
use crate::engine::decide;
use crate::input::context::Context;
use crate::input::professional::{Professional, Registration};
use crate::law::{self, Citation, INSTRUCTOR_COMPETENCE_WAIVED_FROM, RowId, Rule};
use crate::types::date::Date;
use crate::types::procedure::Procedure;
use crate::types::route::Route;

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
}

/// What a reason contributes to a [`Signature`]: its code and the provisions it cites.
fn reason_key(r: &Reason) -> (&'static str, Citation, Option<Citation>) {
    (r.unmet.code(), r.citation, r.also)
}

/// What a required fact contributes to a [`Signature`].
fn requirement_key(r: &Reason) -> (&'static str, Citation) {
    (r.unmet.code(), r.citation)
}

/// Whether `d` gives the answer `sig` was taken of: [`signature`]`(d) == *sig`, compared in place
/// (no lists collected), since most days compared give the same answer.
fn gives(d: &Decision, sig: &Signature) -> bool {
    d.outcome() == sig.outcome
        && d.route().or(d.conditional_route()) == sig.route
        && d.basis() == sig.basis
        && d.basis_rule().map(|r| r.name) == sig.rule
        && d.reason_iter().map(|r| reason_key(&r)).eq(sig.reasons.iter().copied())
        && d.requires().iter().map(requirement_key).eq(sig.requires.iter().copied())
}

fn signature(d: &Decision) -> Signature {
    Signature {
        outcome: d.outcome(),
        route: d.route().or(d.conditional_route()),
        basis: d.basis(),
        rule: d.basis_rule().map(|r| r.name),
        reasons: d.reason_iter().map(|r| reason_key(&r)).collect(),
        requires: d.requires().iter().map(requirement_key).collect(),
    }
}

/// The days after `date` through `through` on which a row of the law table begins (`true`) or
/// ends (`false`): every row, not only one procedure's, since a denial names the designation list
/// of the holder's category, which rows of other procedures make. The same for every cell of a
/// roster, so a roster computes it once.
pub(crate) fn row_days(date: Date, through: Date) -> Vec<(Date, &'static Rule, bool)> {
    let start = ROW_DAYS.partition_point(|(d, _, _)| *d <= date);
    let end = ROW_DAYS.partition_point(|(d, _, _)| *d <= through).max(start);
    let within = ROW_DAYS.get(start..end).unwrap_or_default();
    within.iter().map(|&(day, row, begins)| (day, row.rule(), begins)).collect()
}

/// How many days [`ROW_DAYS`] lists: every row's first day, and the day after its last.
#[allow(clippy::indexing_slicing, reason = "const loop bound")]
const ROW_DAY_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < law::RULES.len() {
        n += 1;
        if let Some(until) = law::RULES[i].valid.until()
            && until.next_day().is_some()
        {
            n += 1;
        }
        i += 1;
    }
    n
};

/// Every day on which a row of the law table begins (`true`) or ends (`false`, the day after its
/// last), with the row's position, sorted by day and in table order within a day (a row's
/// beginning before its end): the order [`row_days`] gives its slice in. Computed at compile
/// time, so a forecast of how long an answer holds does not walk the table.
#[allow(clippy::indexing_slicing, reason = "const loop bounds")]
static ROW_DAYS: [(Date, RowId, bool); ROW_DAY_COUNT] = {
    let mut out = [(Date::MAX, RowId::nth(0), false); ROW_DAY_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < law::RULES.len() {
        let valid = law::RULES[i].valid;
        let row = RowId::nth(i);
        out[n] = (valid.from(), row, true);
        n += 1;
        if let Some(until) = valid.until()
            && let Some(day) = until.next_day()
        {
            out[n] = (day, row, false);
            n += 1;
        }
        i += 1;
    }
    sorted_by_day(out, n)
};

/// The first `n` entries of `days` sorted by day, stably (insertion sort: an entry moves only
/// past later days), as a `const fn` so that [`ROW_DAYS`] is sorted at compile time.
#[allow(clippy::indexing_slicing, reason = "j stays within 1..n, n within the array")]
const fn sorted_by_day<T: Copy, const N: usize>(mut days: [(Date, T, bool); N], n: usize) -> [(Date, T, bool); N] {
    let mut k = 1;
    while k < n {
        let mut j = k;
        while j > 0 && days[j - 1].0.after(days[j].0) {
            let t = days[j - 1];
            days[j - 1] = days[j];
            days[j] = t;
            j -= 1;
        }
        k += 1;
    }
    days
}

/// A day's change before it is reported: a row is named only when its change is the one given.
#[derive(Clone)]
enum Boundary {
    Row { rule: &'static Rule, begins: bool },
    Other(Change),
}

impl Boundary {
    fn into_change(self) -> Change {
        match self {
            Boundary::Row { rule, begins: true } => Change::RowBegins { rule: rule.name.to_owned() },
            Boundary::Row { rule, begins: false } => Change::RowEnds { rule: rule.name.to_owned() },
            Boundary::Other(change) => change,
        }
    }
}

/// The days after `date` through `through` on which something the answer depends on changes,
/// each with its kind; `rows` is [`row_days`] over the same span.
fn boundaries(
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    through: Date,
    rows: &[(Date, &'static Rule, bool)],
) -> Vec<(Date, Boundary)> {
    let date = ctx.date();
    let within = |day: Option<Date>| day.filter(|d| *d > date && *d <= through);
    // Each day with the kinds of change on it; the one named for a day is the most telling: a row
    // of this procedure, then the person's own records, then other rows. (The day after the table
    // was last checked is no change: the answer is the same, and says where its forecast begins.)
    let mut out: Vec<(Date, u8, Boundary)> = Vec::new();
    for &(day, rule, begins) in rows {
        let rank = if rule.procedure == procedure { 0 } else { 2 };
        out.push((day, rank, Boundary::Row { rule, begins }));
    }
    let mut add = |day: Option<Date>, change: Change| {
        if let Some(day) = within(day) {
            out.push((day, 1, Boundary::Other(change)));
        }
    };
    let mut person = |p: &Professional, registration: Change, qualification: Change, competence: Change| {
        for period in p.registrations().iter().flat_map(Registration::periods) {
            add(Some(period.from()), registration.clone());
            add(period.until().and_then(Date::next_day), registration.clone());
        }
        for q in p.qualifications() {
            add(Some(q.period.from()), qualification.clone());
            add(q.period.until().and_then(Date::next_day), qualification.clone());
        }
        for t in p.training() {
            add(t.counts_from(), qualification.clone());
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
    out.sort_by_key(|(d, rank, _)| (*d, *rank));
    out.into_iter().map(|(d, _, c)| (d, c)).collect()
}

/// Whether nothing the answer depends on changes after the context's date through `through`:
/// [`boundaries`] is empty, found without collecting them.
pub(crate) fn steady(
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    through: Date,
    rows: &[(Date, &'static Rule, bool)],
) -> bool {
    stretch_steady(who, ctx, through, rows) && competence_steady(who, procedure, ctx, through)
}

/// [`steady`] for every procedure at once, their competence records aside: no row of the table
/// (`rows`, [`row_days`] over the span) and none of the person's or the instructor's other
/// records changes after the context's date through `through`.
pub(crate) fn stretch_steady(
    who: &Professional,
    ctx: &Context,
    through: Date,
    rows: &[(Date, &'static Rule, bool)],
) -> bool {
    rows.is_empty() && records_steady(who, ctx, through)
}

/// [`steady`] but for the person's competence records: none of `who`'s registrations,
/// qualifications or training, nor the instructor's records (or the instructor's competence
/// being waived), changes after the context's date through `through`. The same for every
/// procedure, so a roster asks it once per person and stretch of days.
fn records_steady(who: &Professional, ctx: &Context, through: Date) -> bool {
    let date = ctx.date();
    let within = |day: Option<Date>| day.is_some_and(|d| d > date && d <= through);
    let records = |p: &Professional| {
        p.registrations()
            .iter()
            .flat_map(Registration::periods)
            .any(|p| within(Some(p.from())) || within(p.until().and_then(Date::next_day)))
            || p.qualifications()
                .iter()
                .any(|q| within(Some(q.period.from())) || within(q.period.until().and_then(Date::next_day)))
            || p.training().iter().any(|t| within(t.counts_from()))
    };
    let instructor_changes =
        ctx.instruction().is_some_and(|i| records(&i.instructor) || within(Some(INSTRUCTOR_COMPETENCE_WAIVED_FROM)));
    !records(who) && !instructor_changes
}

/// [`steady`] for the competence records for `procedure` alone: none of `who`'s, nor the
/// instructor's, begins or ends after the context's date through `through`.
pub(crate) fn competence_steady(who: &Professional, procedure: Procedure, ctx: &Context, through: Date) -> bool {
    let date = ctx.date();
    let within = |day: Option<Date>| day.is_some_and(|d| d > date && d <= through);
    let changes = |p: &Professional| {
        p.competences()
            .iter()
            .filter(|c| c.procedure == procedure)
            .any(|c| within(Some(c.valid.from())) || within(c.valid.until().and_then(Date::next_day)))
    };
    !changes(who) && !ctx.instruction().is_some_and(|i| changes(&i.instructor))
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
    let rows = row_days(ctx.date(), Date::MAX);
    for (day, change) in boundaries(who, procedure, ctx, Date::MAX, &rows) {
        if last == Some(day) {
            continue; // one decision per day: the first change listed for it names it
        }
        last = Some(day);
        let then = decide_on(who, procedure, ctx, day)?;
        if !gives(&then, &now) {
            let until = day.previous_day()?;
            return Some(HoldsUntil {
                until,
                change: change.into_change(),
                forecast_from: law::forecast_from(ctx.date(), Some(until)),
            });
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
    periods_with(who, procedure, ctx, through, &row_days(ctx.date(), through))
}

/// [`periods`] with the law table's days in the span computed already ([`row_days`]).
pub(crate) fn periods_with(
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    through: Date,
    rows: &[(Date, &'static Rule, bool)],
) -> Vec<Span> {
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
        forecast_from: None,
    };
    let first = decide(who, procedure, ctx);
    out.push(span(&first, ctx.date(), None));
    let days = boundaries(who, procedure, ctx, through, rows);
    if days.is_empty() {
        return with_forecast(out); // nothing changes in the span: one answer, no signature to compare
    }
    let mut current = signature(&first);
    let mut last = None;
    for (day, change) in days {
        if last == Some(day) {
            continue;
        }
        last = Some(day);
        let Some(d) = decide_on(who, procedure, ctx, day) else { continue };
        if !gives(&d, &current) {
            if let (Some(prev), Some(end)) = (out.last_mut(), day.previous_day()) {
                prev.until = end;
            }
            out.push(span(&d, day, Some(change.into_change())));
            current = signature(&d);
        }
    }
    with_forecast(out)
}

/// The spans with the first day of each whose answer is a forecast: the check day of the law
/// table is not a change of the answer, so a span is not cut there; it says where its forecast
/// begins instead.
fn with_forecast(mut spans: Vec<Span>) -> Vec<Span> {
    for s in &mut spans {
        s.forecast_from = law::forecast_from(s.from, Some(s.until));
    }
    spans
}

/// Whether the instructor's own competence stops being needed after `date` through `through`:
/// a day on which whether someone may instruct can change.
pub(crate) fn waived_within(date: Date, through: Date) -> bool {
    INSTRUCTOR_COMPETENCE_WAIVED_FROM > date && INSTRUCTOR_COMPETENCE_WAIVED_FROM <= through
}

/// The spans of days from the context's date through `through` on which `who` may give the
/// instruction for `procedure` in `ctx` ([`may_instruct`](crate::engine::may_instruct)), as
/// `(first, last)` pairs in order; `rows` is [`row_days`] over the same span. Exact for the same
/// reason as [`periods`]: whether someone may instruct changes only on a day one of their records
/// or a row of the table begins or ends, or on the day their own competence stopped being needed.
pub(crate) fn instructing_periods(
    who: &Professional,
    procedure: Procedure,
    ctx: &Context,
    through: Date,
    rows: &[(Date, &'static Rule, bool)],
) -> Vec<(Date, Date)> {
    let mut out: Vec<(Date, Date)> = Vec::new();
    if through < ctx.date() {
        return out;
    }
    let waived = waived_within(ctx.date(), through);
    // Nothing changes in the span (the usual case within a roster): one question.
    if !waived && steady(who, procedure, ctx, through, rows) {
        if crate::engine::may_instruct(who, procedure, ctx) {
            out.push((ctx.date(), through));
        }
        return out;
    }
    let mut days: Vec<Date> = boundaries(who, procedure, ctx, through, rows).into_iter().map(|(d, _)| d).collect();
    if waived {
        days.push(INSTRUCTOR_COMPETENCE_WAIVED_FROM);
    }
    days.push(ctx.date());
    days.sort();
    days.dedup();
    for (i, &day) in days.iter().enumerate() {
        let may = if day == ctx.date() {
            crate::engine::may_instruct(who, procedure, ctx)
        } else {
            ctx.to_builder().date(day).build().is_ok_and(|c| crate::engine::may_instruct(who, procedure, &c))
        };
        let last = days.get(i + 1).and_then(|d| d.previous_day()).unwrap_or(through);
        match out.last_mut() {
            Some(prev) if may && prev.1.next_day() == Some(day) => prev.1 = last,
            _ if may => out.push((day, last)),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, reason = "tests fail loudly")]
    use super::*;

    /// The table walked row by row: what the compile-time list must give.
    fn walked(date: Date, through: Date) -> Vec<(Date, &'static str, bool)> {
        let within = |day: Option<Date>| day.filter(|d| *d > date && *d <= through);
        let mut out = Vec::new();
        for r in law::RULES {
            if let Some(day) = within(Some(r.valid.from())) {
                out.push((day, r.name, true));
            }
            if let Some(day) = within(r.valid.until().and_then(Date::next_day)) {
                out.push((day, r.name, false));
            }
        }
        out.sort_by_key(|(d, _, _)| *d);
        out
    }

    #[test]
    fn row_days_are_the_table_walked_and_sorted_stably() {
        let mut days: Vec<Date> = ROW_DAYS.iter().map(|(d, _, _)| *d).collect();
        days.extend([Date::MIN, Date::MAX, law::LEGAL_BASIS_AS_OF]);
        let around: Vec<Date> =
            days.iter().flat_map(|d| [d.previous_day(), Some(*d), d.next_day()]).flatten().collect();
        for &date in &around {
            for through in [date, date.next_day().unwrap_or(date), Date::MAX] {
                let got: Vec<_> = row_days(date, through).into_iter().map(|(d, r, b)| (d, r.name, b)).collect();
                assert_eq!(got, walked(date, through), "{date}..={through}");
            }
        }
        assert!(ROW_DAYS.windows(2).all(|w| !w[0].0.after(w[1].0)));
    }

    /// The sort on entries the real table does not give: the earliest day last (it must move to
    /// the front), equal days kept in order, and entries past `n` left alone.
    #[test]
    fn the_sort_moves_an_entry_to_the_front_and_keeps_equal_days_in_order() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let days = [
            (d("2020-01-01"), 0, true),
            (d("2019-01-01"), 1, true),
            (d("2020-01-01"), 2, false),
            (d("2018-01-01"), 3, true),
            (d("2010-01-01"), 4, true),
        ];
        let sorted = sorted_by_day(days, 4);
        assert_eq!(sorted.map(|(_, i, _)| i), [3, 1, 0, 2, 4]);
        assert_eq!(sorted_by_day(days, 0), days);
    }
}
